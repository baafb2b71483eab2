import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, closedEur, closedInPeriod, openEur, parisMonth, run, sum, type Dataset, type DealFact } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

const probabilityOf = (deal: DealFact) => deal.probability ?? data.stageProbability[deal.stages.at(-1)?.key ?? ''] ?? 0;

function expected(deals: DealFact[]) {
  return ['2026-01', '2026-02'].map((month) => {
    const open = deals.filter((deal) => !deal.deleted && deal.outcome === 'open' && deal.expectedClose?.slice(0, 7) === month);
    const won = closedInPeriod(deals, 'won').filter((deal) => parisMonth(deal.closedAt ?? '') === month);
    return {
      month,
      count: open.length,
      amount: sum(open.map((deal) => openEur(deal.amountMinor, deal.currency))),
      weighted: sum(open.map((deal) => openEur(Math.round((deal.amountMinor * probabilityOf(deal)) / 100), deal.currency))),
      won: sum(won.map(closedEur)),
    };
  });
}

describe('forecast by month', () => {
  it('puts the open deals in their expected month (weighted, today’s rate) beside what was won that month in Paris time', async () => {
    const report = await run(data, 'forecast-by-month');
    expect(report.rows.map((row) => row.cells)).toEqual(expected(data.deals));
    // D7, won at 23:30 on 28 February in Paris (22:30 UTC), is February's.
    expect(report.rows[1]?.cells.won).toBe(320_000 + 700_000 + 600_000 + 150_000);
    expect(report.chart).toEqual({ kind: 'line', category: 'month', series: ['weighted', 'won'] });
    expect(report.rows[0]?.link).toEqual({ list: 'deals', filters: { status: 'open', closeFrom: '2026-01-01', closeTo: '2026-01-31' } });
  });

  it('keeps the chosen pipeline', async () => {
    const report = await run(data, 'forecast-by-month', { pipelineId: data.pipelines.main });
    expect(report.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => deal.pipeline === 'main')));
  });

  it('covers every month the period touches, part months included', async () => {
    const report = await run(data, 'forecast-by-month', { period: { from: '2025-12-15', to: '2026-01-10' } });
    expect(report.rows.map((row) => row.cells.month)).toEqual(['2025-12', '2026-01']);
  });
});
