import { decimalsOf, divideRounded, isValidRate } from './money';

/*
 * Converting between two currencies with the office's dated rates, which are all quoted against
 * the base currency ("1 EUR = 1.0823 USD"). When neither currency is the base, the amount goes
 * through it in one exact step (amount × rate of the target ÷ rate of the source, on BigInt),
 * rounded half away from zero once, rather than rounded twice.
 */

/** A rate against the base currency; null for the base currency itself (1). */
export type RateAgainstBase = string | null;

function asFraction(rate: RateAgainstBase): { units: bigint; scale: bigint } {
  if (rate === null) return { units: 1n, scale: 1n };
  if (!isValidRate(rate)) throw new Error(`Not a usable rate: ${rate}`);
  const [whole = '0', fraction = ''] = rate.split('.');
  return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

export function convertAcross(amountMinor: number, from: string, fromRate: RateAgainstBase, to: string, toRate: RateAgainstBase): number {
  const source = asFraction(fromRate);
  const target = asFraction(toRate);
  const fromFactor = 10n ** BigInt(decimalsOf(from));
  const toFactor = 10n ** BigInt(decimalsOf(to));
  // amount / fromFactor ÷ (source.units / source.scale) × (target.units / target.scale) × toFactor
  const numerator = BigInt(amountMinor) * source.scale * target.units * toFactor;
  const denominator = fromFactor * source.units * target.scale;
  return Number(divideRounded(numerator, denominator));
}
