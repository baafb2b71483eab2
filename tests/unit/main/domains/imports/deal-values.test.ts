import { describe, expect, it } from 'vitest';
import { convertDealCell } from '../../../../../src-main/domains/imports/deal-cells';
import { amountOfText, decimalToMinor, parseAmountCell, parseCurrency, parseDealStatus, parseProbability } from '../../../../../src-main/domains/imports/deal-values';

describe('reading a deal’s amount', () => {
  it('reads French and English amounts, with their currency when written', () => {
    expect(parseAmountCell('12 500,50 €')).toEqual({ decimal: '12500.50', currency: 'EUR' });
    expect(parseAmountCell('12\u202f500,50\u00a0€')).toEqual({ decimal: '12500.50', currency: 'EUR' });
    expect(parseAmountCell('1.234,50 EUR')).toEqual({ decimal: '1234.50', currency: 'EUR' });
    expect(parseAmountCell('EUR 1234.5')).toEqual({ decimal: '1234.5', currency: 'EUR' });
    expect(parseAmountCell('$1,200')).toEqual({ decimal: '1200', currency: 'USD' });
    expect(parseAmountCell('3 000 $')).toEqual({ decimal: '3000', currency: 'USD' });
    expect(parseAmountCell('250 CHF')).toEqual({ decimal: '250', currency: 'CHF' });
    expect(parseAmountCell('1 000 euros')).toEqual({ decimal: '1000', currency: 'EUR' });
    expect(parseAmountCell('12500.5')).toEqual({ decimal: '12500.5', currency: null });
    expect(parseAmountCell('0')).toEqual({ decimal: '0', currency: null });
  });

  it('refuses what is not a positive amount in a known currency', () => {
    expect(parseAmountCell('abc')).toBeNull();
    expect(parseAmountCell('-500 €')).toBeNull();
    expect(parseAmountCell('500 XYZ')).toBeNull();
    expect(parseAmountCell('€ 500 €')).toBeNull();
    expect(parseAmountCell('12,5,0')).toBeNull();
  });

  it('counts minor units of the currency, refusing more decimals than it has', () => {
    expect(decimalToMinor('12500.50', 'EUR')).toBe(1_250_050);
    expect(decimalToMinor('12500.5', 'EUR')).toBe(1_250_050);
    expect(decimalToMinor('12500', 'EUR')).toBe(1_250_000);
    expect(decimalToMinor('1500', 'JPY')).toBe(1_500);
    expect(decimalToMinor('1500.00', 'JPY')).toBe(1_500);
    expect(decimalToMinor('1500.5', 'JPY')).toBeNull();
    expect(decimalToMinor('1.005', 'EUR')).toBeNull();
    expect(decimalToMinor('99999999999999999', 'EUR')).toBeNull();
  });

  it('keeps the amount and its currency between reading and checking', () => {
    expect(convertDealCell('amount', '12 500,50 €')).toEqual({ value: '12500.50 EUR' });
    expect(amountOfText('12500.50 EUR')).toEqual({ decimal: '12500.50', currency: 'EUR' });
    expect(convertDealCell('amount', '300')).toEqual({ value: '300' });
    expect(amountOfText('300')).toEqual({ decimal: '300', currency: null });
    expect(convertDealCell('amount', 'beaucoup')).toEqual({ code: 'invalid_amount' });
  });
});

describe('reading a currency', () => {
  it('knows codes, signs and words in both languages', () => {
    expect(parseCurrency('EUR')).toBe('EUR');
    expect(parseCurrency(' usd ')).toBe('USD');
    expect(parseCurrency('€')).toBe('EUR');
    expect(parseCurrency('Euros')).toBe('EUR');
    expect(parseCurrency('£')).toBe('GBP');
    expect(parseCurrency('Livres sterling')).toBe('GBP');
    expect(parseCurrency('Franc suisse')).toBe('CHF');
    expect(parseCurrency('dollars')).toBe('USD');
    expect(parseCurrency('yen')).toBe('JPY');
    expect(parseCurrency('XYZ')).toBeNull();
    expect(parseCurrency('sous')).toBeNull();
    expect(convertDealCell('currency', 'sous')).toEqual({ code: 'invalid_currency' });
  });
});

describe('reading a deal’s status', () => {
  it('reads French and English words, accents and case aside', () => {
    expect(parseDealStatus('Gagnée')).toBe('won');
    expect(parseDealStatus('SIGNÉ')).toBe('won');
    expect(parseDealStatus('Closed Won')).toBe('won');
    expect(parseDealStatus('perdue')).toBe('lost');
    expect(parseDealStatus('Abandonné')).toBe('lost');
    expect(parseDealStatus('Lost')).toBe('lost');
    expect(parseDealStatus('En cours')).toBe('open');
    expect(parseDealStatus('Ouverte')).toBe('open');
    expect(parseDealStatus('open')).toBe('open');
    expect(parseDealStatus('peut-être')).toBeNull();
    expect(convertDealCell('dealStatus', 'Gagné')).toEqual({ value: 'won' });
    expect(convertDealCell('dealStatus', 'bof')).toEqual({ code: 'invalid_choice' });
  });
});

describe('reading a probability', () => {
  it('reads whole percents, percents with a sign, and Excel’s fractions', () => {
    expect(parseProbability('30')).toBe(30);
    expect(parseProbability('30 %')).toBe(30);
    expect(parseProbability('30%')).toBe(30);
    expect(parseProbability('0,3')).toBe(30);
    expect(parseProbability('0.35')).toBe(35);
    expect(parseProbability('1')).toBe(100);
    expect(parseProbability('1 %')).toBe(1);
    expect(parseProbability('0')).toBe(0);
    expect(parseProbability('100')).toBe(100);
    expect(parseProbability('12,5 %')).toBe(13);
  });

  it('refuses what is not 0–100 %', () => {
    expect(parseProbability('150')).toBeNull();
    expect(parseProbability('-10 %')).toBeNull();
    expect(parseProbability('haute')).toBeNull();
    expect(convertDealCell('probability', '150 %')).toEqual({ code: 'invalid_probability' });
    expect(convertDealCell('probability', '0,3')).toEqual({ value: '30' });
  });
});
