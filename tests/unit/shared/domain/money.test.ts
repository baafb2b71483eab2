import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertMinor,
  currencyCodes,
  decimalsOf,
  divideRounded,
  isCurrencyCode,
  isValidRate,
  minorToDecimalString,
  parseAmountToMinor,
} from '../../../../src-shared/domain/money';

const currencies = fc.constantFrom(...currencyCodes);
const amounts = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
/** Rates as typed: 0.0001 to 99999 with up to 6 decimals. */
const rates = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999_999 }))
  .filter(([whole, fraction]) => whole > 0 || fraction >= 100)
  .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(6, '0')}`);

describe('currencies', () => {
  it('knows the decimals of currencies with 0, 2 and 3 of them and refuses unknown codes', () => {
    expect(decimalsOf('EUR')).toBe(2);
    expect(decimalsOf('JPY')).toBe(0);
    expect(decimalsOf('KWD')).toBe(3);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(() => decimalsOf('ABC')).toThrow(/Unknown currency/);
  });
});

describe('rounding', () => {
  it('rounds halves away from zero and is exact otherwise', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (n, d) => {
        const q = divideRounded(n, d);
        // |n/d - q| <= 1/2, i.e. |n - q*d| * 2 <= d
        const remainder = n - q * d;
        expect((remainder < 0n ? -remainder : remainder) * 2n <= d).toBe(true);
      }),
    );
  });
});

describe('conversion', () => {
  it('converts with the rate as entered (1 EUR = 1.0823 USD), both ways', () => {
    expect(convertMinor(100_00, 'EUR', 'USD', '1.0823', 'from-base')).toBe(108_23);
    expect(convertMinor(108_23, 'USD', 'EUR', '1.0823', 'to-base')).toBe(100_00);
    expect(convertMinor(100_00, 'EUR', 'JPY', '161.25', 'from-base')).toBe(16_125);
    expect(convertMinor(100_00, 'EUR', 'KWD', '0.33', 'from-base')).toBe(33_000);
    expect(convertMinor(1, 'JPY', 'EUR', '161.25', 'to-base')).toBe(1);
  });

  it('round trips within half a minor unit of the target currency, scaled by the rate', () => {
    fc.assert(
      fc.property(amounts, currencies, currencies, rates, (amount, base, other, rate) => {
        const there = convertMinor(amount, base, other, rate, 'from-base');
        const back = convertMinor(there, other, base, rate, 'to-base');
        // Each conversion is off by at most half a unit of its target; back in the base, the first
        // error is divided by the rate and scaled by the difference in decimals.
        const scale = 10 ** (decimalsOf(base) - decimalsOf(other));
        const bound = 0.5 + (0.5 * scale) / Number(rate) + 1e-9;
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(Math.ceil(bound));
      }),
    );
  });

  it('is exact for a rate of 1 between currencies with the same decimals', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(convertMinor(amount, 'EUR', 'USD', '1', 'from-base')).toBe(amount);
        expect(convertMinor(amount, 'EUR', 'USD', '1.0', 'to-base')).toBe(amount);
      }),
    );
  });

  it('refuses rates that are not plain positive decimals', () => {
    for (const rate of ['0', '-1.2', '1e3', '1,08', '', '1.', '.5', '1.12345678901']) expect(isValidRate(rate)).toBe(false);
    for (const rate of ['1', '0.5', '161.25', '0.0000000001']) expect(isValidRate(rate)).toBe(true);
    expect(() => convertMinor(100, 'EUR', 'USD', '0', 'to-base')).toThrow();
  });
});

describe('amounts as text', () => {
  it.each([
    ['1 234,50', 'EUR', 123_450],
    ['1\u202f234,5 €', 'EUR', 123_450],
    ['1,234.50', 'EUR', 123_450],
    ['1.234,50', 'EUR', 123_450],
    ['1234.5', 'USD', 123_450],
    ['12 000', 'EUR', 1_200_000],
    ['1,234', 'EUR', 123_400],
    ['1.234.567', 'EUR', 123_456_700],
    ['-45,10', 'EUR', -4_510],
    ['1 500', 'JPY', 1_500],
    ['1,234', 'KWD', 1_234],
    ['0,5', 'EUR', 50],
    ['1,234', 'JPY', 1_234],
    ['12,345', 'EUR', 1_234_500],
    ['12 000 EUR', 'EUR', 1_200_000],
  ])('"%s" in %s is %i minor units', (text, currency, minor) => {
    expect(parseAmountToMinor(text, currency)).toBe(minor);
  });

  it.each([
    ['abc', 'EUR'],
    ['12,34,567', 'EUR'],
    ['1.2.3,4,5', 'EUR'],
    ['', 'EUR'],
    ['1,5', 'JPY'],
    ['0,1234', 'KWD'],
  ])('"%s" is not an amount in %s', (text, currency) => {
    expect(parseAmountToMinor(text, currency)).toBeNull();
  });

  it('reads back every amount it writes', () => {
    fc.assert(
      fc.property(amounts, currencies, (amount, currency) => {
        expect(parseAmountToMinor(minorToDecimalString(amount, currency), currency)).toBe(amount);
      }),
    );
  });
});
