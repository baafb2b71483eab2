/**
 * Money conditions across currencies: "amount > 10 000 €" holds for a deal in dollars worth more
 * than 10 000 € at the day's rates. The threshold is converted into each currency the office
 * has a rate for (exactly, through the base currency, see cross-rate.ts) and compared with the
 * deal's own amount in minor units; deals in a currency without a rate are left out, as in the
 * forecast's totals.
 */
import { convertAcross } from '../../../src-shared/domain/cross-rate';
import { isCurrencyCode } from '../../../src-shared/domain/money';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency, rateOn } from '../currency/rates';

/** The amounts (minor units of `currency`) in each currency they can be compared in. */
export type Thresholds = { currency: string; amounts: number[] }[];

export function thresholdsIn(db: ReadDb, currency: string, amounts: readonly number[], day: string): Thresholds {
  const base = baseCurrency(db);
  const rateOf = (code: string): string | null | undefined => (code === base ? null : rateOn(db, code, day)?.rate);
  const fromRate = rateOf(currency);
  if (fromRate === undefined) return [{ currency, amounts: [...amounts] }];
  const known = prepared(db, 'SELECT DISTINCT currency FROM exchange_rates WHERE deleted = 0 AND valid_from <= ? ORDER BY currency').pluck().all(day) as string[];
  const result: Thresholds = [{ currency, amounts: [...amounts] }];
  for (const other of [...new Set([base, ...known])]) {
    if (other === currency || !isCurrencyCode(other)) continue;
    const toRate = rateOf(other);
    if (toRate === undefined) continue;
    result.push({ currency: other, amounts: amounts.map((amount) => convertAcross(amount, currency, fromRate, other, toRate)) });
  }
  return result;
}
