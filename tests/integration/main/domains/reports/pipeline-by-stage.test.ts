import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../helpers/core';
import { buildDataset, NOW, openEur, run, sum, type Dataset, type DealFact } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

const round1 = (value: number) => Math.round(value * 10) / 10;

function expected(deals: DealFact[]) {
  const kept = deals.filter((deal) => !deal.deleted && deal.pipeline === 'main' && deal.outcome === 'open' && (deal.expectedClose === null || deal.expectedClose <= '2026-02-28'));
  return ['q', 'd', 'p', 'n'].map((key) => {
    const own = kept.filter((deal) => deal.stages.at(-1)?.key === key);
    const ages = own.map((deal) => (Date.parse(NOW) - Date.parse(deal.stages.at(-1)?.at ?? NOW)) / 86_400_000);
    return {
      stage: key,
      count: own.length,
      amount: sum(own.map((deal) => openEur(deal.amountMinor, deal.currency))),
      weighted: sum(own.map((deal) => openEur(Math.round((deal.amountMinor * (deal.probability ?? data.stageProbability[key] ?? 0)) / 100), deal.currency))),
      averageAge: own.length ? round1(sum(ages) / own.length) : null,
    };
  });
}

describe('pipeline by stage', () => {
  it('sums the open deals of the first pipeline by stage: expected by the period’s end, overdue or undated; weighted; at today’s rate; age in stage', async () => {
    const report = await run(data, 'pipeline-by-stage');
    const [pipeline] = await call(data.core, 'pipelines.list', {});
    const names = new Map(pipeline?.stages.map((stage) => [stage.id, stage.name]));
    const rows = expected(data.deals).map((row) => ({ ...row, stage: names.get(data.stages[row.stage] ?? '') }));
    expect(report.rows.map((row) => row.cells)).toEqual(rows);
    // O2 (2,000 USD at 40 %) at today's rate 1.25; O4 expected in May and O6 deleted are out; O7 is in the other pipeline.
    expect(report.rows[2]?.cells).toMatchObject({ count: 1, amount: 160_000, weighted: 64_000 });
    expect(report.totals?.count).toBe(4);
    expect(report.rows[0]?.link).toEqual({ list: 'deals', filters: { pipelineId: data.pipelines.main, stageIds: [data.stages.q], status: 'open' } });
    expect(report.chart.kind).toBe('bar');
  });

  it('reads the chosen pipeline and salespeople', async () => {
    const other = await run(data, 'pipeline-by-stage', { pipelineId: data.pipelines.other });
    expect(other.rows.map((row) => row.cells)).toEqual([{ stage: 'Contact', count: 1, amount: 120_000, weighted: 24_000, averageAge: expect.any(Number) }]);
    const alice = await run(data, 'pipeline-by-stage', { ownerIds: [data.users.alice] });
    expect(alice.rows.map((row) => row.cells.count)).toEqual(expected(data.deals.filter((deal) => deal.owner === data.users.alice)).map((row) => row.count));
  });
});
