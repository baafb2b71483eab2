import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';

/** 15 November 2026, noon UTC: "this month" is 2026-11. */
const NOW = Date.UTC(2026, 10, 15, 12);
let core: TestCore;
beforeEach(() => {
  core = openTestCore({ clock: { now: () => NOW } });
});
afterEach(() => core.dispose());

async function stages() {
  const [pipeline] = await call(core, 'pipelines.list', {});
  if (!pipeline) throw new Error('no default pipeline');
  const byKind = (kind: string) => pipeline.stages.find((stage) => stage.kind === kind)?.id ?? '';
  return { open: pipeline.stages.filter((stage) => stage.kind === 'open'), won: byKind('won'), lost: byKind('lost') };
}

describe('the deals table', () => {
  it('filters by status, company, contact and title, sorts by amount, and pages with a total', async () => {
    const company = await call(core, 'companies.create', { name: 'Boulangerie Martin' });
    const contact = await call(core, 'contacts.create', { firstName: 'Léa', lastName: 'Martin' });
    const { won } = await stages();
    const a = await call(core, 'deals.create', { title: 'Fours Lyon', amountMinor: 3_000_00, companyId: company.id });
    await call(core, 'deals.create', { title: 'Fours Paris', amountMinor: 9_000_00, contacts: [{ contactId: contact.id, role: 'Décideuse' }] });
    await call(core, 'deals.create', { title: 'Pétrin', amountMinor: 1_000_00, companyId: company.id });
    await call(core, 'deals.move', { id: a.id, stageId: won });

    const all = await call(core, 'deals.list', { sort: { field: 'amount', dir: 'desc' } });
    expect(all.total).toBe(3);
    expect(all.rows.map((row) => row.title)).toEqual(['Fours Paris', 'Fours Lyon', 'Pétrin']);
    expect(all.rows[1]).toMatchObject({ stageKind: 'won', stageName: 'Gagné', companyName: 'Boulangerie Martin' });
    expect(all.rows[1]?.closedAt).toBe(new Date(NOW).toISOString());

    const titles = async (filters: object) => (await call(core, 'deals.list', { filters, sort: { field: 'title', dir: 'asc' } })).rows.map((row) => row.title);
    expect(await titles({ status: 'open' })).toEqual(['Fours Paris', 'Pétrin']);
    expect(await titles({ status: 'won' })).toEqual(['Fours Lyon']);
    expect(await titles({ companyId: company.id })).toEqual(['Fours Lyon', 'Pétrin']);
    expect(await titles({ contactId: contact.id })).toEqual(['Fours Paris']);
    expect(await titles({ q: 'fours' })).toEqual(['Fours Lyon', 'Fours Paris']);
    expect(await titles({ q: 'petr' })).toEqual(['Pétrin']);

    const page = await call(core, 'deals.list', { offset: 1, limit: 1, sort: { field: 'amount', dir: 'asc' } });
    expect(page).toMatchObject({ total: 3, rows: [{ title: 'Fours Lyon' }] });

    await call(core, 'deals.delete', { ids: [a.id] });
    expect(await titles({})).toEqual(['Fours Paris', 'Pétrin']);
    expect(await titles({ deleted: true })).toEqual(['Fours Lyon']);
  });
});

describe('the weighted forecast', () => {
  it('sums open deals by expected close month in the base currency, keeping late and undated deals apart', async () => {
    const { open, won } = await stages();
    await call(core, 'currency.rates.save', { currency: 'USD', validFrom: '2026-01-01', rate: '1,25' });
    await call(core, 'deals.create', { title: 'Nov', amountMinor: 1_000_00, expectedClose: '2026-11-30' });
    await call(core, 'deals.create', { title: 'Dec 50%', amountMinor: 2_000_00, probability: 50, expectedClose: '2026-12-01' });
    await call(core, 'deals.create', { title: 'Dec USD', amountMinor: 2_500_00, currency: 'USD', stageId: open[2]?.id, expectedClose: '2026-12-31' });
    await call(core, 'deals.create', { title: 'Dec CHF', amountMinor: 1_00, currency: 'CHF', expectedClose: '2026-12-15' });
    await call(core, 'deals.create', { title: 'Late', amountMinor: 500_00, expectedClose: '2026-10-31' });
    await call(core, 'deals.create', { title: 'Undated', amountMinor: 700_00 });
    const signed = await call(core, 'deals.create', { title: 'Won in Dec', amountMinor: 99_000_00, expectedClose: '2026-12-10' });
    await call(core, 'deals.move', { id: signed.id, stageId: won });

    const forecast = await call(core, 'deals.forecast', { from: '2026-11', months: 3 });
    expect(forecast.baseCurrency).toBe('EUR');
    expect(forecast.months.map((month) => [month.month, month.count, month.total.amountMinor, month.weighted.amountMinor])).toEqual([
      ['2026-11', 1, 1_000_00, 100_00],
      // 2,000 + 2,500 USD at 1.25 = 2,000 EUR (at Proposition, 50 %); CHF has no rate.
      ['2026-12', 3, 4_000_00, 2_000_00],
      ['2027-01', 0, 0, 0],
    ]);
    expect(forecast.months[1]?.total.missing).toEqual(['CHF']);
    expect(forecast.months[1]?.weighted.ratesUsed).toEqual([{ currency: 'USD', rate: '1.25', validFrom: '2026-01-01' }]);
    expect([forecast.overdue.count, forecast.overdue.total.amountMinor]).toEqual([1, 500_00]);
    expect([forecast.undated.count, forecast.undated.weighted.amountMinor]).toEqual([1, 70_00]);
  });
});

describe('currencies', () => {
  it('keeps one rate per currency and day, refuses a rate for the base currency or a bad number, and changes the base', async () => {
    await call(core, 'currency.rates.save', { currency: 'usd', validFrom: '2026-01-01', rate: '1.08' });
    const corrected = await call(core, 'currency.rates.save', { currency: 'USD', validFrom: '2026-01-01', rate: '1.0823' });
    expect(corrected.rates).toEqual([expect.objectContaining({ currency: 'USD', validFrom: '2026-01-01', rate: '1.0823' })]);

    const before = snapshotTables(core);
    expect((await callError(core, 'currency.rates.save', { currency: 'EUR', validFrom: '2026-01-01', rate: '1' })).issues?.[0]?.path).toBe('currency');
    expect((await callError(core, 'currency.rates.save', { currency: 'USD', validFrom: '2026-01-01', rate: '0' })).issues?.[0]?.path).toBe('rate');
    expect((await callError(core, 'currency.rates.save', { currency: 'USD', validFrom: '2026-01-01', rate: '-1' })).issues?.[0]?.path).toBe('rate');
    expect((await callError(core, 'currency.rates.save', { currency: 'XYZ', validFrom: '2026-01-01', rate: '1' })).issues?.[0]?.path).toBe('currency');
    expect((await callError(core, 'currency.setBase', { currency: 'EURO' })).issues?.[0]?.path).toBe('currency');
    expect(snapshotTables(core)).toEqual(before);

    const changed = await call(core, 'currency.setBase', { currency: 'CHF' });
    expect(changed.baseCurrency).toBe('CHF');
    expect((await call(core, 'deals.board', {})).baseCurrency).toBe('CHF');
    const rateId = corrected.rates[0]?.id ?? '';
    expect((await call(core, 'currency.rates.delete', { id: rateId })).rates).toEqual([]);
  });
});

describe('lost reasons', () => {
  it('are renamed, reordered, added and removed as a list; a deal keeps the label of a removed reason', async () => {
    const { lost } = await stages();
    const reasons = await call(core, 'lostReasons.list', {});
    const [first, second] = reasons;
    if (!first || !second) throw new Error('default reasons missing');
    const deal = await call(core, 'deals.create', { title: 'Perdu', amountMinor: 1 });
    await call(core, 'deals.move', { id: deal.id, stageId: lost, lostReasonId: first.id });
    const saved = await call(core, 'lostReasons.save', { reasons: [{ id: second.id, label: 'Trop cher' }, { label: 'Projet abandonné' }] });
    expect(saved.map((reason) => reason.label)).toEqual(['Trop cher', 'Projet abandonné']);
    expect((await call(core, 'deals.get', { id: deal.id })).lostReason).toBe(first.label);
    expect((await callError(core, 'lostReasons.save', { reasons: [{ label: '' }] })).issues?.[0]?.path).toBe('reasons.0.label');
  });
});

describe('a deal’s history', () => {
  it('reads stage moves, company, contacts and tags in the user’s words', async () => {
    const { open } = await stages();
    const company = await call(core, 'companies.create', { name: 'Acme' });
    const contact = await call(core, 'contacts.create', { firstName: 'Léa', lastName: 'Roux' });
    const deal = await call(core, 'deals.create', { title: 'Audit', amountMinor: 100_00 });
    await call(core, 'deals.update', { id: deal.id, patch: { companyId: company.id, amountMinor: 250_00 } });
    await call(core, 'deals.move', { id: deal.id, stageId: open[1]?.id ?? '' });
    await call(core, 'deals.contacts.add', { dealId: deal.id, contactId: contact.id, role: 'Acheteuse' });
    const history = await call(core, 'history.list', { entity: 'deal', id: deal.id });
    const find = (field: string) => history.find((entry) => entry.field === field);
    expect(find('stageId')).toMatchObject({ before: 'Qualification', after: 'Découverte' });
    expect(find('companyId')).toMatchObject({ after: 'Acme' });
    expect(find('amountMinor')).toMatchObject({ before: 100_00, after: 250_00 });
    expect(history.filter((entry) => entry.field === 'contacts').map((entry) => entry.after)).toEqual(['+ Léa Roux']);
  });
});
