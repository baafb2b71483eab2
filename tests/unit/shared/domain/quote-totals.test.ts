import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, parseAmountToMinor } from '../../../../src-shared/domain/money';
import { lineTotalMinor, quoteTotals, type TotalsLine } from '../../../../src-shared/domain/quote-totals';

const vatRates = fc.constantFrom(2000, 1000, 550, 210, 0, 850, 1700);
const discounts = fc.oneof(fc.constant(0), fc.constant(10_000), fc.integer({ min: 0, max: 10_000 }));

/** Prices typed in a currency's major unit ("1 234,567" KWD, "1 500" JPY), read into its minor units. */
const pricedIn = (currency: string) =>
  fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 10 ** decimalsOf(currency) - 1 })).map(([whole, fraction]) => {
    const decimals = decimalsOf(currency);
    const text = decimals === 0 ? String(whole) : `${whole},${String(fraction).padStart(decimals, '0')}`;
    return parseAmountToMinor(text, currency) ?? -1;
  });

const linesIn = (currency: string) =>
  fc.array(
    fc.record({
      quantityMilli: fc.oneof(fc.integer({ min: 0, max: 1_000 }).map((units) => units * 1_000), fc.integer({ min: 0, max: 1_000_000 })),
      unitPriceMinor: pricedIn(currency),
      discountBp: discounts,
      vatRateBp: vatRates,
    }),
    { maxLength: 40 },
  );

const currencies = fc.constantFrom('EUR', 'JPY', 'KWD');
const quotes = currencies.chain((currency) => fc.record({ currency: fc.constant(currency), lines: linesIn(currency), globalDiscountBp: discounts }));

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** |total − exact| ≤ ½ minor unit, where exact = quantity × price × (1 − discount), in minor units. */
function isRoundedToMinor(line: TotalsLine, total: number): boolean {
  const numerator = BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor) * BigInt(10_000 - line.discountBp);
  const denominator = 10_000_000n;
  const error = BigInt(total) * denominator - numerator;
  return (error < 0n ? -error : error) * 2n <= denominator;
}

describe('quote totals', () => {
  it('add up: lines to the lines total, VAT bases to the total excl. tax, excl. + VAT to incl.', () => {
    fc.assert(
      fc.property(quotes, ({ lines, globalDiscountBp }) => {
        const totals = quoteTotals(lines, globalDiscountBp);
        expect(sum(totals.lineTotals)).toBe(totals.linesExclMinor);
        expect(totals.linesExclMinor - totals.globalDiscountMinor).toBe(totals.totalExclMinor);
        expect(sum(totals.vatSummary.map((row) => row.baseMinor))).toBe(totals.totalExclMinor);
        expect(sum(totals.vatSummary.map((row) => row.vatMinor))).toBe(totals.vatMinor);
        expect(totals.totalInclMinor).toBe(totals.totalExclMinor + totals.vatMinor);
        expect(totals.vatSummary.map((row) => row.rateBp)).toEqual([...new Set(lines.map((line) => line.vatRateBp))].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it('round each line once, half away from zero, to the currency’s minor unit (0, 2 or 3 decimals)', () => {
    fc.assert(
      fc.property(quotes, ({ lines }) => {
        lines.forEach((line) => expect(isRoundedToMinor(line, lineTotalMinor(line)), JSON.stringify(line)).toBe(true));
      }),
      { numRuns: 300 },
    );
    // 2.5 × ¥333 = ¥832.5 → ¥833; 1.5 × 1.234 KWD = 1.851 KWD exactly; 0.5 × 0.01 € = 0.005 € → 0.01 €.
    expect(lineTotalMinor({ quantityMilli: 2_500, unitPriceMinor: 333, discountBp: 0, vatRateBp: 1000 })).toBe(833);
    expect(lineTotalMinor({ quantityMilli: 1_500, unitPriceMinor: 1_234, discountBp: 0, vatRateBp: 0 })).toBe(1_851);
    expect(lineTotalMinor({ quantityMilli: 500, unitPriceMinor: 1, discountBp: 0, vatRateBp: 2000 })).toBe(1);
  });

  it('compute VAT per rate on the base after the global discount, as French invoices do', () => {
    const totals = quoteTotals(
      [
        { quantityMilli: 3_000, unitPriceMinor: 12_345, discountBp: 1_000, vatRateBp: 2000 },
        { quantityMilli: 1_000, unitPriceMinor: 9_999, discountBp: 0, vatRateBp: 550 },
        { quantityMilli: 2_000, unitPriceMinor: 50_00, discountBp: 0, vatRateBp: 2000 },
      ],
      500,
    );
    // 3 × 123.45 − 10 % = 333.315 → 333.32; 99.99; 100.00
    expect(totals.lineTotals).toEqual([33_332, 9_999, 10_000]);
    // 20 %: 433.32 − 5 % (21.666 → 21.67) = 411.65, VAT 82.33; 5.5 %: 99.99 − 5 % (4.9995 → 5.00) = 94.99, VAT 5.22445 → 5.22
    expect(totals.vatSummary).toEqual([
      { rateBp: 2000, baseMinor: 41_165, vatMinor: 8_233 },
      { rateBp: 550, baseMinor: 9_499, vatMinor: 522 },
    ]);
    expect(totals).toMatchObject({ linesExclMinor: 53_331, globalDiscountMinor: 2_667, totalExclMinor: 50_664, vatMinor: 8_755, totalInclMinor: 59_419 });
  });

  it('give nothing to pay with 100 % discounts and the plain sum with none', () => {
    fc.assert(
      fc.property(quotes, ({ lines }) => {
        const full = quoteTotals(lines, 10_000);
        expect(full).toMatchObject({ totalExclMinor: 0, vatMinor: 0, totalInclMinor: 0, globalDiscountMinor: full.linesExclMinor });
        const none = quoteTotals(lines, 0);
        expect(none.globalDiscountMinor).toBe(0);
        expect(none.totalExclMinor).toBe(none.linesExclMinor);
        const freeLines = lines.map((line) => ({ ...line, discountBp: 10_000 }));
        expect(quoteTotals(freeLines, 0).lineTotals.every((total) => total === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
    const undiscounted = { quantityMilli: 4_000, unitPriceMinor: 2_50, discountBp: 0, vatRateBp: 2000 };
    expect(lineTotalMinor(undiscounted)).toBe(10_00);
  });

  it('refuse what cannot be on a quote: negative quantities, discounts over 100 %, fractions of a cent, totals beyond safe integers', () => {
    const line = { quantityMilli: 1_000, unitPriceMinor: 100, discountBp: 0, vatRateBp: 2000 };
    expect(() => lineTotalMinor({ ...line, quantityMilli: -1 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ ...line, discountBp: 10_001 })).toThrow(RangeError);
    expect(() => lineTotalMinor({ ...line, unitPriceMinor: 1.5 })).toThrow(RangeError);
    expect(() => quoteTotals([line], 10_001)).toThrow(RangeError);
    expect(() => quoteTotals([{ ...line, vatRateBp: -1 }], 0)).toThrow(RangeError);
    expect(() => quoteTotals([{ ...line, quantityMilli: 1_000_000_000, unitPriceMinor: Number.MAX_SAFE_INTEGER }], 0)).toThrow(/too large/);
  });
});
