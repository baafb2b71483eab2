import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, closedEur, closedInPeriod, run, sum, type Dataset, type DealFact } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

const round1 = (value: number) => Math.round(value * 10) / 10;

function expected(deals: DealFact[]) {
  const won = closedInPeriod(deals, 'won');
  const lost = closedInPeriod(deals, 'lost');
  const owners = [...new Set([...won, ...lost].map((deal) => deal.owner))];
  return owners
    .map((owner) => {
      const w = won.filter((deal) => deal.owner === owner);
      const l = lost.filter((deal) => deal.owner === owner).length;
      const cycles = w.map((deal) => (Date.parse(deal.closedAt ?? '') - Date.parse(deal.createdAt)) / 86_400_000);
      return {
        salesperson: data.names[owner],
        won: w.length,
        lost: l,
        winRate: w.length + l ? w.length / (w.length + l) : null,
        wonAmount: sum(w.map(closedEur)),
        averageCycle: w.length ? round1(sum(cycles) / w.length) : null,
      };
    })
    .sort((a, b) => b.wonAmount - a.wonAmount || b.won - a.won || String(a.salesperson).localeCompare(String(b.salesperson)));
}

describe('win rate by salesperson', () => {
  it('gives each salesperson’s won, lost, win rate, amount won and average cycle over the period', async () => {
    const report = await run(data, 'win-rate-by-salesperson');
    expect(report.rows.map((row) => row.cells)).toEqual(expected(data.deals));
    const alice = report.rows.find((row) => row.cells.salesperson === 'Alice Martin');
    expect(alice?.cells).toMatchObject({ won: 4, lost: 0, winRate: 1 });
    const bruno = report.rows.find((row) => row.cells.salesperson === 'Bruno Petit');
    expect(bruno?.cells).toMatchObject({ won: 2, lost: 1, winRate: 2 / 3 });
    expect(bruno?.link).toEqual({ list: 'deals', filters: { ownerIds: [data.users.bruno] } });
    expect(report.totals).toMatchObject({ won: 7, lost: 3, winRate: 0.7 });
  });

  it('keeps the team’s members only', async () => {
    const report = await run(data, 'win-rate-by-salesperson', { teamId: data.team });
    expect(report.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => [data.users.alice, data.users.bruno].includes(deal.owner))));
    expect(report.rows[0]?.link).toEqual({ list: 'deals', filters: { ownerIds: [data.users.alice] } });
  });
});
