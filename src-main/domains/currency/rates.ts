import { convertMinor, DEFAULT_CURRENCY, isCurrencyCode } from '../../../src-shared/domain/money';
import type { Converted } from '../../../src-shared/domain/sales';
import { getMeta } from '../../core/meta';
import { prepared, type ReadDb } from '../../db/handles';

/** The office's base currency (an office setting, synced), else this device's, else EUR. */
export function baseCurrency(db: ReadDb): string {
  const office = prepared(db, "SELECT value FROM office_settings WHERE id = 'base_currency' AND deleted = 0").pluck().get() as string | undefined;
  const chosen = office ?? getMeta(db, 'settings.baseCurrency');
  return chosen && isCurrencyCode(chosen) ? chosen : DEFAULT_CURRENCY;
}

export type RateUsed = { currency: string; rate: string; validFrom: string };

/** The rate of a currency on a date: the latest entered on or before it. */
export function rateOn(db: ReadDb, currency: string, date: string): RateUsed | undefined {
  const row = prepared(
    db,
    'SELECT currency, rate, valid_from FROM exchange_rates WHERE currency = ? AND deleted = 0 AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1',
  ).get(currency, date) as { currency: string; rate: string; valid_from: string } | undefined;
  return row ? { currency: row.currency, rate: row.rate, validFrom: row.valid_from } : undefined;
}

/**
 * Sums amounts of several currencies in the base currency at a date, saying which rates it
 * used; amounts whose currency has no rate yet are left out and their currency listed as missing.
 */
export function sumInBase(db: ReadDb, amounts: readonly { currency: string; amountMinor: number }[], date: string): Converted {
  const base = baseCurrency(db);
  const byCurrency = new Map<string, number>();
  for (const { currency, amountMinor } of amounts) byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amountMinor);
  let total = 0;
  const ratesUsed: RateUsed[] = [];
  const missing: string[] = [];
  for (const [currency, amountMinor] of [...byCurrency].sort(([a], [b]) => a.localeCompare(b))) {
    if (currency === base) {
      total += amountMinor;
      continue;
    }
    const rate = isCurrencyCode(currency) ? rateOn(db, currency, date) : undefined;
    if (!rate) {
      missing.push(currency);
      continue;
    }
    ratesUsed.push(rate);
    total += convertMinor(amountMinor, currency, base, rate.rate, 'to-base');
  }
  return { amountMinor: total, currency: base, ratesUsed, missing };
}
