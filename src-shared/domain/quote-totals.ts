import { divideRounded } from './money';

/*
 * A quote's totals, computed on integers: amounts in minor units, quantities in thousandths,
 * discounts and VAT rates in basis points (10000 = 100 %). Rounding, half away from zero, happens
 * in three places only, as on French invoices:
 *   1. each line: quantity × unit price less its own discount, rounded once to the minor unit;
 *   2. the global discount, per VAT rate: each rate's base is the sum of its lines less the
 *      discount on that sum, rounded once;
 *   3. the VAT of each rate, on that discounted base, rounded once.
 * Every total is then an exact sum of these rounded figures, so the printed numbers always add up:
 * lines → lines total; bases → total excl. tax; excl. + VAT = incl. tax.
 */

export const FULL_BP = 10_000;
const MILLI = 1_000n;

export type TotalsLine = { quantityMilli: number; unitPriceMinor: number; discountBp: number; vatRateBp: number };

export type VatSummaryRow = { rateBp: number; baseMinor: number; vatMinor: number };

export type QuoteTotals = {
  /** Each line's total excl. tax after its own discount, in line order. */
  lineTotals: number[];
  /** Sum of the line totals, before the global discount. */
  linesExclMinor: number;
  globalDiscountBp: number;
  globalDiscountMinor: number;
  totalExclMinor: number;
  vatMinor: number;
  totalInclMinor: number;
  /** One row per VAT rate used, highest rate first. */
  vatSummary: VatSummaryRow[];
};

function requireInteger(value: number, min: number, max: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`${what} must be an integer from ${min} to ${max}`);
  return BigInt(value);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError('the quote total is too large');
  return Number(value);
}

/** Quantity × unit price less the line discount, rounded once to the minor unit. */
export function lineTotalMinor(line: TotalsLine): number {
  const quantity = requireInteger(line.quantityMilli, 0, Number.MAX_SAFE_INTEGER, 'a quantity');
  const price = requireInteger(line.unitPriceMinor, 0, Number.MAX_SAFE_INTEGER, 'a unit price');
  const kept = BigInt(FULL_BP) - requireInteger(line.discountBp, 0, FULL_BP, 'a discount');
  return toSafeNumber(divideRounded(quantity * price * kept, MILLI * BigInt(FULL_BP)));
}

export function quoteTotals(lines: readonly TotalsLine[], globalDiscountBp: number): QuoteTotals {
  const globalDiscount = requireInteger(globalDiscountBp, 0, FULL_BP, 'a global discount');
  const lineTotals = lines.map(lineTotalMinor);
  const byRate = new Map<number, bigint>();
  lines.forEach((line, index) => {
    requireInteger(line.vatRateBp, 0, FULL_BP, 'a VAT rate');
    byRate.set(line.vatRateBp, (byRate.get(line.vatRateBp) ?? 0n) + BigInt(lineTotals[index] ?? 0));
  });
  let discount = 0n;
  let excl = 0n;
  let vat = 0n;
  const vatSummary: VatSummaryRow[] = [];
  for (const [rateBp, linesSum] of [...byRate].sort(([a], [b]) => b - a)) {
    const rateDiscount = divideRounded(linesSum * globalDiscount, BigInt(FULL_BP));
    const base = linesSum - rateDiscount;
    const rateVat = divideRounded(base * BigInt(rateBp), BigInt(FULL_BP));
    discount += rateDiscount;
    excl += base;
    vat += rateVat;
    vatSummary.push({ rateBp, baseMinor: toSafeNumber(base), vatMinor: toSafeNumber(rateVat) });
  }
  return {
    lineTotals,
    linesExclMinor: toSafeNumber(excl + discount),
    globalDiscountBp,
    globalDiscountMinor: toSafeNumber(discount),
    totalExclMinor: toSafeNumber(excl),
    vatMinor: toSafeNumber(vat),
    totalInclMinor: toSafeNumber(excl + vat),
    vatSummary,
  };
}
