import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { sumInBase } from '../../../../../src-main/domains/currency/rates';
import { DEFAULT_PIPELINE_ID } from '../../../../../src-main/domains/pipelines/defaults';
import { dealCreateInput } from '../../../../../src-shared/contract/inputs/sales';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

type DealDb = {
  id: string;
  title: string;
  stage_id: string;
  company_id: string | null;
  owner_id: string;
  amount_minor: number;
  currency: string;
  probability: number | null;
  expected_close: string | null;
  source: string | null;
  next_step: string | null;
  lost_reason_id: string | null;
  notes: string | null;
  stage_entered_at: string;
  closed_at: string | null;
  created_at: string;
};
type Entry = { deal_id: string; stage_id: string; entered_at: string; user_id: string };

const today = () => new Date().toISOString().slice(0, 10);

let core: TestCore;
let deals: DealDb[];
let kinds: Map<string, string>;

beforeAll(() => {
  core = openTestCore();
  seedDataset(core, { size: 'demo', seed: 7 });
  deals = core.db.prepare('SELECT * FROM deals ORDER BY rowid').all() as DealDb[];
  kinds = new Map((core.db.prepare('SELECT id, kind FROM pipeline_stages').all() as { id: string; kind: string }[]).map((row) => [row.id, row.kind]));
});
afterAll(() => core.dispose());

const count = (sql: string, ...params: unknown[]) => core.db.prepare(sql).pluck().get(...params) as number;

describe('seedDataset: deals of the demo dataset', () => {
  it('puts 60 deals in the default pipeline, over every stage, mostly in euros', () => {
    expect(deals).toHaveLength(60);
    expect(new Set(deals.map((deal) => deal.stage_id)).size).toBeGreaterThanOrEqual(5);
    expect(deals.every((deal) => core.db.prepare('SELECT pipeline_id FROM deals WHERE id = ?').pluck().get(deal.id) === DEFAULT_PIPELINE_ID)).toBe(true);
    const outcomes = deals.map((deal) => kinds.get(deal.stage_id));
    for (const kind of ['open', 'won', 'lost']) expect(outcomes).toContain(kind);
    expect(deals.filter((deal) => deal.currency === 'EUR').length / deals.length).toBeGreaterThan(0.6);
    expect(deals.every((deal) => ['EUR', 'USD', 'GBP'].includes(deal.currency))).toBe(true);
    expect(deals.every((deal) => Number.isSafeInteger(deal.amount_minor) && deal.amount_minor > 0)).toBe(true);
    // Dates over the three years before the reference date, closes a little beyond it.
    const years = new Set(deals.map((deal) => deal.created_at.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);
  });

  it('gives each deal the stage history its moves would have left, closed deals a close date and lost ones a reason', () => {
    const entries = core.db.prepare('SELECT deal_id, stage_id, entered_at, user_id FROM deal_stage_entries ORDER BY entered_at, id').all() as Entry[];
    for (const deal of deals) {
      const own = entries.filter((entry) => entry.deal_id === deal.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own[0]?.entered_at).toBe(deal.created_at);
      expect(own.at(-1)).toMatchObject({ stage_id: deal.stage_id, entered_at: deal.stage_entered_at, user_id: deal.owner_id });
      const kind = kinds.get(deal.stage_id);
      expect(deal.closed_at).toBe(kind === 'open' ? null : deal.stage_entered_at);
      expect(deal.lost_reason_id !== null).toBe(kind === 'lost');
      if (kind !== 'open') expect(deal.next_step).toBeNull();
      // Stages are entered in the pipeline's order; won and lost end it.
      const kindsSeen = own.map((entry) => kinds.get(entry.stage_id));
      expect(kindsSeen.slice(0, -1).every((seen) => seen === 'open')).toBe(true);
    }
  });

  it('makes deals the deal form accepts, with contacts of the deal’s company in a role', () => {
    for (const deal of deals) {
      const parsed = dealCreateInput.safeParse({
        title: deal.title,
        companyId: deal.company_id,
        ownerId: deal.owner_id,
        amountMinor: deal.amount_minor,
        currency: deal.currency,
        probability: deal.probability,
        expectedClose: deal.expected_close,
        source: deal.source ?? undefined,
        nextStep: deal.next_step ?? undefined,
        notes: deal.notes ?? undefined,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const links = core.db.prepare('SELECT deal_id, contact_id, role FROM deal_contacts').all() as { deal_id: string; contact_id: string; role: string | null }[];
    expect(links.length).toBeGreaterThan(30);
    expect(links.some((link) => link.role === 'Décideur')).toBe(true);
    for (const link of links) {
      const companyId = deals.find((deal) => deal.id === link.deal_id)?.company_id;
      expect(count('SELECT count(*) FROM contact_companies WHERE contact_id = ? AND company_id = ? AND deleted = 0', link.contact_id, companyId)).toBe(1);
    }
  });

  it('logs every row it wrote in the change log, as the app’s write path does', () => {
    for (const table of ['deals', 'deal_contacts', 'deal_stage_entries', 'quotes']) {
      expect(count(`SELECT count(DISTINCT row_id) FROM change_log WHERE tbl = '${table}'`)).toBe(count(`SELECT count(*) FROM ${table}`));
      expect(count(`SELECT count(*) FROM row_versions WHERE tbl = '${table}'`)).toBe(count(`SELECT count(*) FROM ${table}`));
    }
  });

  it('adds up on the board: every deal counted once, each column’s totals those of its cards', async () => {
    const board = await call(core, 'deals.board', { pipelineId: DEFAULT_PIPELINE_ID });
    expect(board.columns.reduce((sum, column) => sum + column.count, 0)).toBe(60);
    for (const column of board.columns) {
      expect(column.deals).toHaveLength(column.count);
      const amounts = column.deals.map((card) => ({ currency: card.currency, amountMinor: card.amountMinor }));
      expect(column.total).toEqual(sumInBase(core.read, amounts, today()));
      // Weighted per currency, then converted: the board's rule.
      const byCurrency = new Map<string, number>();
      for (const card of column.deals) byCurrency.set(card.currency, (byCurrency.get(card.currency) ?? 0) + card.amountMinor * card.probability);
      const weighted = [...byCurrency].map(([currency, percent]) => ({ currency, amountMinor: Math.round(percent / 100) }));
      expect(column.weighted).toEqual(sumInBase(core.read, weighted, today()));
      // Rates were seeded for every currency of the deals: nothing is left out of the totals.
      expect(column.total.missing).toEqual([]);
    }
    expect(board.columns.flatMap((column) => column.total.ratesUsed).length).toBeGreaterThan(0);
    const all = deals.map((deal) => ({ currency: deal.currency, amountMinor: deal.amount_minor }));
    expect(board.columns.reduce((sum, column) => sum + column.total.amountMinor, 0)).toBeGreaterThanOrEqual(sumInBase(core.read, all, today()).amountMinor - 6);
  });

  it('shows each column’s first cards in order — dated by close date, then undated — while its totals count every deal', async () => {
    const full = await call(core, 'deals.board', { pipelineId: DEFAULT_PIPELINE_ID });
    const short = await call(core, 'deals.board', { pipelineId: DEFAULT_PIPELINE_ID, limit: 3 });
    // SQLite's order: byte order of the text, not the locale's.
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const titleKey = (id: string) => core.db.prepare('SELECT title_key FROM deals WHERE id = ?').pluck().get(id) as string;
    const byKey = (a: DealDb, b: DealDb) =>
      (a.expected_close === null ? 1 : 0) - (b.expected_close === null ? 1 : 0) ||
      cmp(a.expected_close ?? '', b.expected_close ?? '') ||
      cmp(titleKey(a.id), titleKey(b.id)) ||
      cmp(a.id, b.id);
    short.columns.forEach((column, index) => {
      const expected = deals.filter((deal) => deal.stage_id === column.stage.id).sort(byKey);
      expect(column.deals.map((card) => card.id)).toEqual(expected.slice(0, 3).map((deal) => deal.id));
      expect(column.count).toBe(expected.length);
      expect(column.total).toEqual(full.columns[index]?.total);
      expect(column.weighted).toEqual(full.columns[index]?.weighted);
    });
    expect(short.columns.some((column) => column.count > 3)).toBe(true);
  });

  it('is listed by deals.list and forecast by deals.forecast', async () => {
    const page = await call(core, 'deals.list', { offset: 0, limit: 100, withTotal: true });
    expect(page.total).toBe(60);
    const open = deals.filter((deal) => kinds.get(deal.stage_id) === 'open');
    expect((await call(core, 'deals.list', { offset: 0, limit: 100, withTotal: true, filters: { status: 'open' } })).total).toBe(open.length);
    // From this month on (earlier close dates are "overdue"): every open deal is in one bucket.
    const forecast = await call(core, 'deals.forecast', { from: today().slice(0, 7), months: 36 });
    const counted = forecast.months.reduce((sum, month) => sum + month.count, 0) + forecast.overdue.count + forecast.undated.count;
    expect(counted).toBe(open.length);
    expect(forecast.undated.count).toBe(open.filter((deal) => deal.expected_close === null).length);
    expect(forecast.overdue.count).toBe(open.filter((deal) => deal.expected_close !== null && deal.expected_close.slice(0, 7) < today().slice(0, 7)).length);
    expect(forecast.months.reduce((sum, month) => sum + month.weighted.amountMinor, 0)).toBeGreaterThan(0);
  });

  it('writes join rows with the app’s own ids: a seeded deal contact and deal tag can be removed in the app', async () => {
    const link = core.db.prepare('SELECT deal_id, contact_id FROM deal_contacts LIMIT 1').get() as { deal_id: string; contact_id: string };
    const detail = await call(core, 'deals.contacts.remove', { dealId: link.deal_id, contactId: link.contact_id });
    expect(detail.contacts.map((contact) => contact.contactId)).not.toContain(link.contact_id);
    const tagged = core.db.prepare("SELECT record_id, tag_id FROM record_tags WHERE entity = 'deal' LIMIT 1").get() as { record_id: string; tag_id: string };
    expect(tagged).toBeDefined();
    expect(await call(core, 'tags.unassign', { entity: 'deal', recordIds: [tagged.record_id], tagId: tagged.tag_id })).toEqual({ changed: 1 });
    expect((await call(core, 'deals.get', { id: tagged.record_id })).tags.map((tag) => tag.id)).not.toContain(tagged.tag_id);
  });
});

describe('seedDataset: deals are deterministic', () => {
  const tables = ['deals', 'deal_contacts', 'deal_stage_entries', 'record_tags', 'quotes', 'products', 'price_lists', 'price_list_items', 'price_list_companies', 'exchange_rates'];

  /** Comparable rows: the write time and the local user (made per database) aside, and quote numbers without the device's series. */
  function rows(seeded: TestCore): Record<string, unknown[]> {
    return Object.fromEntries(
      tables.map((table) => {
        const all = seeded.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
        return [
          table,
          all.map(({ updated_at: _updatedAt, ...row }) =>
            Object.fromEntries(
              Object.entries(row).map(([key, value]) => {
                if (value === seeded.userId) return [key, '<local user>'];
                if (key === 'series' || key === 'number') return [key, String(value).replace(String(row.series), '<series>')];
                return [key, value];
              }),
            ),
          ),
        ];
      }),
    );
  }

  it('gives the same deals, quotes and catalogue for the same seed whatever the batch size, others for another seed', () => {
    const cores = [openTestCore(), openTestCore(), openTestCore()];
    try {
      const [first, second, third] = cores as [TestCore, TestCore, TestCore];
      seedDataset(first, { size: 'demo', seed: 1234 });
      seedDataset(second, { size: 'demo', seed: 1234, batchSize: 7 });
      seedDataset(third, { size: 'demo', seed: 1235 });
      const expected = rows(first);
      expect(expected.deals).toHaveLength(60);
      expect(expected.quotes?.length).toBeGreaterThan(0);
      expect(rows(second)).toEqual(expected);
      expect(rows(third).deals).not.toEqual(expected.deals);
    } finally {
      for (const opened of cores) opened.dispose();
    }
  });
});
