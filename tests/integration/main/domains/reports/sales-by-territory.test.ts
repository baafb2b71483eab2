import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, closedEur, closedInPeriod, rowAt, run, sum, type Dataset } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

describe('sales by territory', () => {
  it('sums the deals won in the period by their owner’s territory, then those of salespeople in none', async () => {
    const report = await run(data, 'sales-by-territory');
    const won = closedInPeriod(data.deals, 'won');
    const of = (owners: string[]) => {
      const own = won.filter((deal) => owners.includes(deal.owner));
      return { count: own.length, amount: sum(own.map(closedEur)) };
    };
    expect(report.rows.map((row) => row.cells)).toEqual([
      { territory: 'Rhône', ...of([data.users.alice]) },
      { territory: 'Bretagne', ...of([data.users.bruno]) },
      { territory: 'reports.rows.noTerritory', ...of([data.users.me, data.users.chloe]) },
    ]);
    expect(report.rows[2]?.translated).toEqual(['territory']);
    expect(report.totals).toEqual({ count: won.length, amount: sum(won.map(closedEur)) });
    expect(report.notes).not.toContain('reports.notes.severalTerritories');
  });

  it('counts a salesperson of two territories in both, the total once, and says so', async () => {
    rowAt(data.core, 'territory_members', { territory_id: data.territories.bretagne, user_id: data.users.alice });
    const report = await run(data, 'sales-by-territory');
    const bretagne = report.rows.find((row) => row.cells.territory === 'Bretagne');
    const won = closedInPeriod(data.deals, 'won');
    expect(bretagne?.cells.count).toBe(won.filter((deal) => [data.users.alice, data.users.bruno].includes(deal.owner)).length);
    expect(report.totals?.count).toBe(won.length);
    expect(report.notes).toContain('reports.notes.severalTerritories');
  });
});
