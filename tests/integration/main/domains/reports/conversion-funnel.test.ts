import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, PERIOD_END, PERIOD_START, run, type Dataset, type DealFact } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

const RANK: Record<string, number> = { q: 1, d: 2, p: 3, n: 4, won: 5, lost: 0 };

function expected(deals: DealFact[]) {
  const created = deals.filter((deal) => !deal.deleted && deal.pipeline === 'main' && deal.createdAt >= PERIOD_START && deal.createdAt < PERIOD_END);
  const furthest = created.map((deal) => Math.max(...deal.stages.map((stage) => RANK[stage.key] ?? 0)));
  const counts = [1, 2, 3, 4].map((step) => furthest.filter((reached) => reached >= step).length);
  counts.push(created.filter((deal) => deal.stages.some((stage) => stage.key === 'won')).length);
  return counts.map((count, index) => ({ count, conversion: index === 0 ? null : (counts[index - 1] ?? 0) > 0 ? count / (counts[index - 1] ?? 1) : null }));
}

describe('conversion funnel', () => {
  it('counts the deals created in the period that reached each stage or a later one, then won; a deal moved back counts once per stage', async () => {
    const report = await run(data, 'conversion-funnel');
    expect(report.rows.map((row) => ({ count: row.cells.count, conversion: row.cells.conversion }))).toEqual(expected(data.deals));
    expect(report.rows.map((row) => row.cells.stage)).toEqual(['Qualification', 'Découverte', 'Proposition', 'Négociation', 'reports.rows.won']);
    expect(report.rows[4]?.translated).toEqual(['stage']);
    // D5 went to negotiation and back to discovery: it counts once in each of the first four steps.
    const withoutD5 = expected(data.deals.filter((deal) => deal.title !== 'D5'));
    expect(report.rows.slice(0, 4).map((row) => row.cells.count)).toEqual(withoutD5.slice(0, 4).map((step) => step.count + 1));
    expect(report.chart.kind).toBe('funnel');
  });

  it('keeps the chosen salespeople', async () => {
    const report = await run(data, 'conversion-funnel', { ownerIds: [data.users.chloe] });
    expect(report.rows.map((row) => row.cells.count)).toEqual(expected(data.deals.filter((deal) => deal.owner === data.users.chloe)).map((step) => step.count));
  });
});
