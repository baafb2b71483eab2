import { describe, expect, it } from 'vitest';
import { moneyText, numberText, parseMoneyText, parseNumberText } from '../../../../src-renderer/components/segments/value-text';

describe('numbers and amounts of segment conditions as typed', () => {
  it('reads numbers in French and English writing, and refuses anything else as NaN', () => {
    expect(parseNumberText('12,5')).toBe(12.5);
    expect(parseNumberText('12.5')).toBe(12.5);
    expect(parseNumberText('10 000')).toBe(10000);
    expect(parseNumberText('-3')).toBe(-3);
    for (const text of ['', 'douze', '1,2,3', '12 %']) expect(parseNumberText(text)).toBeNaN();
    expect(numberText('fr', 12.5)).toBe('12,5');
    expect(numberText('en', 12.5)).toBe('12.5');
    expect(numberText('fr', Number.NaN)).toBe('');
  });

  it('reads amounts into minor units of their currency, and writes them back to be typed again', () => {
    expect(parseMoneyText('10 000', 'EUR')).toBe(1_000_000);
    expect(parseMoneyText('10 000,50 €', 'EUR')).toBe(1_000_050);
    expect(parseMoneyText('10,000.50', 'USD')).toBe(1_000_050);
    expect(parseMoneyText('1500', 'JPY')).toBe(1500);
    // A separator followed by three digits groups thousands.
    expect(parseMoneyText('10,505', 'EUR')).toBe(1_050_500);
    for (const text of ['', 'dix mille', '1.2.3', '10,555 5']) expect(parseMoneyText(text, 'EUR')).toBeNaN();
    expect(moneyText('fr', 1_000_050, 'EUR')).toBe('10000,50');
    expect(moneyText('en', 1_000_050, 'EUR')).toBe('10000.50');
    expect(moneyText('fr', Number.NaN, 'EUR')).toBe('');
  });
});
