import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { quoteLineInput } from '../../../../../src-shared/contract/inputs/quotes';
import type { QuoteLine } from '../../../../../src-shared/domain/quotes';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

type QuoteDb = {
  id: string;
  deal_id: string;
  company_id: string | null;
  number: string;
  series: string;
  sequence: number;
  version: number;
  superseded_by: string | null;
  status: string;
  issue_date: string;
  valid_until: string;
  currency: string;
  lines: string;
  sent_at: string | null;
  decided_at: string | null;
};

let core: TestCore;
let quotes: QuoteDb[];

beforeAll(() => {
  core = openTestCore();
  // Another seed added to the same database: two runs' quotes share the device's one series.
  seedDataset(core, { size: 'demo', seed: 21 });
  seedDataset(core, { size: 'demo', seed: 22 });
  quotes = core.db.prepare('SELECT * FROM quotes ORDER BY sequence, version').all() as QuoteDb[];
});
afterAll(() => core.dispose());

const dealKind = (dealId: string) =>
  core.db.prepare('SELECT s.kind FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.id = ?').pluck().get(dealId) as string;

describe('seedDataset: quotes made from the seeded deals', () => {
  it('numbers them in this device’s series without a gap, the counter and its mark caught up', () => {
    expect(quotes.length).toBeGreaterThan(10);
    const numbers = [...new Set(quotes.map((quote) => quote.number))];
    const sequences = [...new Set(quotes.map((quote) => quote.sequence))];
    expect(sequences).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(new Set(quotes.map((quote) => quote.series)).size).toBe(1);
    for (const quote of quotes) {
      expect(quote.number).toBe(`D-${quotes.find((other) => other.number === quote.number && other.version === 1)?.issue_date.slice(0, 4)}-${quote.series}-${String(quote.sequence).padStart(4, '0')}`);
    }
    const series = core.db.prepare('SELECT code, last_number FROM quote_series').get() as { code: string; last_number: number };
    expect(series).toEqual({ code: quotes[0]?.series, last_number: numbers.length });
  });

  it('gives the next quote made in the app the next number, also after restoring a backup made before the seed', async () => {
    const fresh = openTestCore();
    try {
      const deal = await call(fresh, 'deals.create', { title: 'Avant la démo', amountMinor: 10_000 });
      const backup = await call(fresh, 'backups.create', {});
      seedDataset(fresh, { size: 'demo', seed: 23 });
      const given = fresh.db.prepare('SELECT max(sequence) FROM quotes').pluck().get() as number;
      expect(given).toBeGreaterThan(0);
      expect((await call(fresh, 'quotes.create', { dealId: deal.id })).number.slice(-4)).toBe(String(given + 1).padStart(4, '0'));
      // The restored database has forgotten the seeded quotes; the mark beside it has not.
      await call(fresh, 'backups.restore', { file: backup.file });
      expect(fresh.db.prepare('SELECT count(*) FROM quotes').pluck().get()).toBe(0);
      expect((await call(fresh, 'quotes.create', { dealId: deal.id })).number.slice(-4)).toBe(String(given + 2).padStart(4, '0'));
    } finally {
      fresh.dispose();
    }
  });

  it('prices catalogue lines as the app does: from the company’s list, else the general one, at the quote’s date', async () => {
    let checked = 0;
    for (const quote of quotes.filter((candidate) => candidate.version === 1)) {
      for (const line of JSON.parse(quote.lines) as QuoteLine[]) {
        const { priceSource: _source, productId, ...typed } = line;
        expect(quoteLineInput.safeParse({ ...typed, productId }).error?.issues ?? []).toEqual([]);
        if (!productId) continue;
        const resolved = await call(core, 'prices.resolve', {
          productId,
          companyId: quote.company_id,
          currency: quote.currency,
          quantityMilli: line.quantityMilli,
          date: quote.issue_date,
        });
        expect(resolved).toMatchObject({ found: true, unitPriceMinor: line.unitPriceMinor, source: line.priceSource });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('follows the deal: accepted when it was won, declined or left to expire when lost; revised versions superseded', async () => {
    for (const quote of quotes) {
      if (quote.superseded_by) {
        const next = quotes.find((other) => other.id === quote.superseded_by);
        expect(next).toMatchObject({ number: quote.number, version: quote.version + 1 });
        expect(quote.status).toBe('sent');
        continue;
      }
      const kind = dealKind(quote.deal_id);
      const expected = kind === 'won' ? ['accepted'] : kind === 'lost' ? ['declined', 'sent'] : ['draft', 'sent'];
      expect(expected).toContain(quote.status);
      if (quote.status === 'accepted' || quote.status === 'declined') {
        // Answered while still valid, after it was sent.
        expect(String(quote.decided_at).slice(0, 10) <= quote.valid_until).toBe(true);
        expect(String(quote.sent_at) <= String(quote.decided_at)).toBe(true);
      }
      const detail = await call(core, 'quotes.get', { id: quote.id });
      const deal = await call(core, 'deals.get', { id: quote.deal_id });
      // The deal's amount is its latest quote's total excl. VAT, in its currency.
      expect(deal).toMatchObject({ amountMinor: detail.totals.totalExclMinor, currency: detail.currency });
    }
    expect(quotes.some((quote) => quote.status === 'accepted')).toBe(true);
  });
});
