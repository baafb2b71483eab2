import { describe, expect, it } from 'vitest';
import { vatChoiceOf, vatChoices, vatRateBpOf } from '../../../../../src-renderer/screens/Catalogue/vat-rates';

describe('the VAT rate select', () => {
  it('offers the French rates, then another rate', () => {
    expect(vatChoices).toEqual(['2000', '1000', '550', '210', '0', 'other']);
  });

  it('shows a French rate as itself and any other rate as "other"', () => {
    expect(vatChoiceOf(550)).toBe('550');
    expect(vatChoiceOf(0)).toBe('0');
    expect(vatChoiceOf(850)).toBe('other');
  });

  it('sends the chosen rate, or the one typed (-1 when it cannot be read)', () => {
    expect(vatRateBpOf('210', 'ignored')).toBe(210);
    expect(vatRateBpOf('other', '19,6')).toBe(1960);
    expect(vatRateBpOf('other', '7.7 %')).toBe(770);
    expect(vatRateBpOf('other', '5,555')).toBe(-1);
    expect(vatRateBpOf('other', '')).toBe(-1);
  });
});
