import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { TOP_COMPANIES } from '../../../../../src-main/domains/reports/sales-by-company';
import { buildDataset, citySegment, closedEur, closedInPeriod, run, sum, type Dataset } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

describe('sales by company', () => {
  it('sums the deals won in the period per company, the largest first', async () => {
    const report = await run(data, 'sales-by-company');
    const won = closedInPeriod(data.deals, 'won');
    const companies = [...new Set(won.map((deal) => deal.company))].filter((id): id is string => id !== null);
    const rows = companies
      .map((id) => {
        const own = won.filter((deal) => deal.company === id);
        return { company: data.companyNames[id], count: own.length, amount: sum(own.map(closedEur)) };
      })
      .sort((a, b) => b.amount - a.amount);
    expect(report.rows.map((row) => row.cells)).toEqual(rows);
    expect(report.rows[0]?.link).toEqual({ list: 'deals', filters: { companyId: data.companies.lyon, status: 'won', closeFrom: '2026-01-01', closeTo: '2026-02-28' } });
    const lyon = await run(data, 'sales-by-company', { segmentId: await citySegment(data, 'Lyon') });
    expect(lyon.rows.map((row) => row.cells.company)).toEqual(['Lyon Industrie']);
  });

  it('shows the 50 largest, then the other companies on one row', async () => {
    const won = data.stages.won ?? '';
    write(data.core, (tx) => {
      for (let i = 0; i < TOP_COMPANIES + 3; i++) {
        const company = `c-${i}`;
        insertRecord(tx, 'companies', company, { name: `Client ${i}`, owner_id: data.users.me });
        insertRecord(tx, 'deals', `d-${i}`, {
          title: `Vente ${i}`,
          pipeline_id: data.pipelines.main,
          stage_id: won,
          company_id: company,
          owner_id: data.users.me,
          amount_minor: 10_000 + i,
          currency: 'EUR',
          closed_at: '2026-02-02T10:00:00.000Z',
        });
      }
    });
    const report = await run(data, 'sales-by-company');
    expect(report.rows).toHaveLength(TOP_COMPANIES + 1);
    // 53 companies added beside the dataset's 3 (which sold far more): the six smallest added (100.00…100.05 €) make the last row.
    expect(report.rows.at(-1)?.cells).toEqual({ company: 'reports.rows.otherCompanies', count: 6, amount: 10_000 + 10_001 + 10_002 + 10_003 + 10_004 + 10_005 });
    expect(report.rows[TOP_COMPANIES - 1]?.cells.amount).toBe(10_006);
    expect(report.rows.at(-1)?.translated).toEqual(['company']);
  });
});
