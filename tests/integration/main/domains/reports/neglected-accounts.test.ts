import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { updateRecord } from '../../../../../src-main/db/write-path';
import { call } from '../../../../helpers/core';
import { addActivity, buildDataset, NOW, openEur, rowAt, run, sum, type Dataset } from './dataset';

let data: Dataset;
let quiet: string;
beforeAll(async () => {
  data = await buildDataset();
  const at = (instant: string) => ({ all_day: 0, starts_at: instant, ends_at: instant, time_zone: 'Europe/Paris' });
  // Lyon: a call nine days ago. Brest: a visit in January. Paris: only a deleted meeting, last week.
  addActivity(data, { owner_id: data.users.alice, kind: 'call', company_id: data.companies.lyon, ...at('2026-03-01T09:00:00.000Z') });
  addActivity(data, { owner_id: data.users.bruno, kind: 'visit', company_id: data.companies.brest, ...at('2026-01-15T09:00:00.000Z') });
  const gone = addActivity(data, { owner_id: data.users.chloe, kind: 'meeting', company_id: data.companies.paris, ...at('2026-03-05T09:00:00.000Z') });
  write(data.core, (tx) => updateRecord(tx, 'activities', gone, { deleted: 1 }));
  // A company of Bruno's, created in October (as sync brings it), with no deal and no activity.
  quiet = rowAt(data.core, 'companies', { name: 'Calme Plat', owner_id: data.users.bruno, created_at: '2025-10-01T08:00:00.000Z' });
}, 60_000);
afterAll(() => data.dispose());

const openOf = (company: string) =>
  sum(data.deals.filter((deal) => !deal.deleted && deal.outcome === 'open' && deal.company === company).map((deal) => openEur(deal.amountMinor, deal.currency)));

describe('neglected accounts', () => {
  it('lists the companies with open deals and no live activity for 30 days, never contacted first', async () => {
    const report = await run(data, 'neglected-accounts');
    expect(report.rows.map((row) => row.cells)).toEqual([
      { company: 'Paris Conseil', owner: data.names[data.users.me], lastActivity: null, daysSince: null, openAmount: openOf(data.companies.paris) },
      {
        company: 'Brest Marine',
        owner: data.names[data.users.me],
        lastActivity: '2026-01-15',
        daysSince: Math.floor((Date.parse(NOW) - Date.parse('2026-01-15T09:00:00.000Z')) / 86_400_000),
        openAmount: openOf(data.companies.brest),
      },
    ]);
    expect(report.rows[0]?.link).toEqual({ list: 'companies', filters: { ids: [data.companies.paris] } });
    expect(report.chart.series).toEqual(['daysSince']);
  });

  it('adds the chosen salespeople’s own companies, and follows the Today screen’s number of days', async () => {
    const bruno = await run(data, 'neglected-accounts', { ownerIds: [data.users.bruno] });
    // Brest has Bruno's open deal O2; Calme Plat is his; Paris has Bruno's O7.
    expect(bruno.rows.map((row) => row.cells.company).sort()).toEqual(['Brest Marine', 'Calme Plat', 'Paris Conseil']);
    expect(bruno.rows.find((row) => row.link?.list === 'companies' && row.link.filters.ids?.[0] === quiet)?.cells.openAmount).toBe(0);
    await call(data.core, 'profile.update', { neglectedDays: 60 });
    const sixty = await run(data, 'neglected-accounts');
    expect(sixty.rows.map((row) => row.cells.company)).toEqual(['Paris Conseil']);
  });
});
