import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, citySegment, closedEur, closedInPeriod, run, sum, type Dataset, type DealFact } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

/** The rows the report should show, computed from the facts. */
function expected(deals: DealFact[]) {
  const won = closedInPeriod(deals, 'won');
  const lost = closedInPeriod(deals, 'lost');
  const closed = won.length + lost.length;
  const rows = [{ outcome: 'reports.rows.won', count: won.length, amount: sum(won.map(closedEur)), share: closed ? won.length / closed : null }];
  for (const reason of data.reasons) {
    const own = lost.filter((deal) => deal.lostReason === reason.id);
    if (own.length) rows.push({ outcome: reason.label, count: own.length, amount: sum(own.map(closedEur)), share: own.length / closed });
  }
  const none = lost.filter((deal) => deal.lostReason === null);
  if (none.length) rows.push({ outcome: 'reports.rows.noReason', count: none.length, amount: sum(none.map(closedEur)), share: none.length / closed });
  return rows;
}

describe('won and lost', () => {
  it('counts the deals closed in the period (23:30 on the last day in, midnight after out), by outcome and lost reason, converted at their close day’s rate', async () => {
    const report = await run(data, 'won-lost');
    expect(report.rows.map((row) => row.cells)).toEqual(expected(data.deals));
    expect(report.rows[0]?.translated).toEqual(['outcome']);
    // D7 (won 23:30 on 28 February in Paris) is in, D8 (midnight) and D12 (23:59:59 on 31 December) are out, D9 deleted.
    const wonTitles = closedInPeriod(data.deals, 'won').map((deal) => deal.title).sort();
    expect(wonTitles).toEqual(['D1', 'D10', 'D11', 'D13', 'D2', 'D3', 'D7']);
    expect(report.rows[0]?.cells.count).toBe(7);
    // D2: 10,000 USD on 25 January at 2 → 5,000 EUR; D3: 4,000 USD on 10 February at 1.25 → 3,200 EUR; D11 in GBP has no rate.
    expect(report.rows[0]?.cells.amount).toBe(1_000_000 + 500_000 + 320_000 + 700_000 + 600_000 + 150_000);
    expect(report.notes).toContain('reports.notes.noRate');
    expect(report.currency).toBe('EUR');
    expect(report.totals?.count).toBe(10);
    expect(report.chart).toEqual({ kind: 'pie', category: 'outcome', series: ['count'] });
    expect(report.rows[0]?.link).toEqual({ list: 'deals', filters: { status: 'won', closeFrom: '2026-01-01', closeTo: '2026-02-28' } });
  });

  it('keeps the chosen salespeople, team, pipeline and segment', async () => {
    const alice = await run(data, 'won-lost', { ownerIds: [data.users.alice] });
    expect(alice.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => deal.owner === data.users.alice)));

    const team = await run(data, 'won-lost', { teamId: data.team });
    expect(team.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => [data.users.alice, data.users.bruno].includes(deal.owner))));

    const main = await run(data, 'won-lost', { pipelineId: data.pipelines.main });
    expect(main.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => deal.pipeline === 'main')));
    expect(main.rows[0]?.cells.count).toBe(6);

    const lyon = await citySegment(data, 'Lyon');
    const inLyon = await run(data, 'won-lost', { segmentId: lyon });
    expect(inLyon.rows.map((row) => row.cells)).toEqual(expected(data.deals.filter((deal) => deal.company === data.companies.lyon)));
    expect(inLyon.notes).not.toContain('reports.notes.noRate');
  });
});
