import { DEFAULT_CURRENCY } from '../../../src-shared/domain/money';
import { prepared } from '../../db/handles';
import { insertRecord, type WriteTx } from '../../db/write-path';
import { derivedUuid } from '../../domains/common/derived-id';
import type { Rng } from './rng';
import { isoDate, isoInstant } from './text';

/** The app's id of a rate: one per currency and day (as currency/service.ts makes it), so entering it again corrects it. */
export const exchangeRateId = (currency: string, validFrom: string) => derivedUuid(`rate/${currency}/${validFrom}`);

/** The currencies of the seeded deals and quotes, and what 1 EUR was worth in them when the span starts. */
const startingRates: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.855 };
/** How far a rate may drift from one month to the next, and the band it stays in. */
const drift: Record<string, { step: number; min: number; max: number }> = {
  USD: { step: 0.03, min: 0.98, max: 1.2 },
  GBP: { step: 0.012, min: 0.82, max: 0.9 },
};

function monthStarts(startMs: number, endMs: number): string[] {
  const start = new Date(startMs);
  const months: string[] = [];
  for (let offset = 0, ms = startMs; ms <= endMs; offset++) {
    ms = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, 1);
    if (ms <= endMs) months.push(isoDate(ms));
  }
  return months;
}

/**
 * Monthly rates of EUR, USD and GBP over the span, "1 <base> = rate <currency>" as entered in
 * Settings, for every currency but the base. A rate someone already entered for that month stays.
 * Returns how many were written.
 */
export function seedExchangeRates(tx: WriteTx, rng: Rng, span: { startMs: number; endMs: number }, base: string): number {
  const eurRates = { ...startingRates };
  const exists = prepared(tx.db, 'SELECT 1 FROM exchange_rates WHERE id = ?');
  let written = 0;
  for (const validFrom of monthStarts(span.startMs, span.endMs)) {
    for (const [currency, band] of Object.entries(drift)) {
      const next = (eurRates[currency] ?? 1) + (rng.next() - 0.5) * band.step;
      eurRates[currency] = Math.min(band.max, Math.max(band.min, next));
    }
    const baseInEur = eurRates[base] ?? (base === DEFAULT_CURRENCY ? 1 : undefined);
    if (baseInEur === undefined) continue;
    for (const [currency, perEur] of Object.entries(eurRates)) {
      if (currency === base) continue;
      const id = exchangeRateId(currency, validFrom);
      if (exists.get(id)) continue;
      const rate = (perEur / baseInEur).toFixed(4);
      insertRecord(tx, 'exchange_rates', id, { created_at: isoInstant(Date.parse(`${validFrom}T08:00:00.000Z`)), currency, valid_from: validFrom, rate });
      written++;
    }
  }
  return written;
}
