import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActivity, addTarget, buildDataset, closedEur, closedInPeriod, openEur, run, sum, type Dataset } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
  const { alice, bruno } = data.users;
  addTarget(data, 'user', alice, '2026-01', 'won_amount', 1_000_000, 'EUR');
  addTarget(data, 'user', alice, '2026-02', 'won_amount', 1_000_000, 'EUR');
  // A quarter target where the months have their own: the months count.
  addTarget(data, 'user', alice, '2026-Q1', 'won_amount', 9_000_000, 'EUR');
  addTarget(data, 'user', alice, '2026-Q1', 'won_deals', 6);
  addTarget(data, 'user', bruno, '2026-01', 'activities', 10);
  addTarget(data, 'user', bruno, '2026-02', 'won_deals', 3);
  addTarget(data, 'team', data.team, '2026-01', 'won_amount', 3_000_000, 'EUR');
  addTarget(data, 'team', data.team, '2026-02', 'won_amount', 1_000_000, 'USD');
  for (const day of ['2026-01-12', '2026-01-13']) addActivity(data, { owner_id: bruno, kind: 'call', all_day: 0, starts_at: `${day}T10:00:00.000Z`, ends_at: `${day}T10:00:00.000Z`, time_zone: 'Europe/Paris' });
}, 60_000);
afterAll(() => data.dispose());

const wonBy = (owners: string[]) => closedInPeriod(data.deals, 'won').filter((deal) => owners.includes(deal.owner));

describe('targets against actuals', () => {
  it('sets each salesperson’s targets for the months within the period against what they won and did', async () => {
    const report = await run(data, 'targets-vs-actuals', { ownerIds: [data.users.alice, data.users.bruno] });
    const alice = report.rows.find((row) => row.cells.salesperson === 'Alice Martin')?.cells;
    const aliceWon = wonBy([data.users.alice]);
    expect(alice).toEqual({
      salesperson: 'Alice Martin',
      amountTarget: 2_000_000,
      amountActual: sum(aliceWon.map(closedEur)),
      amountAttainment: sum(aliceWon.map(closedEur)) / 2_000_000,
      // The quarter target is not counted: January–February covers part of the quarter.
      dealsTarget: 0,
      dealsActual: aliceWon.length,
      dealsAttainment: null,
      activitiesTarget: 0,
      activitiesActual: 0,
      activitiesAttainment: null,
    });
    const bruno = report.rows.find((row) => row.cells.salesperson === 'Bruno Petit')?.cells;
    expect(bruno).toMatchObject({ activitiesTarget: 10, activitiesActual: 2, activitiesAttainment: 0.2, dealsTarget: 3, dealsActual: wonBy([data.users.bruno]).length });
    expect(report.notes).toContain('reports.notes.partialTargets');
    expect(report.totals).toMatchObject({ amountTarget: 2_000_000, dealsTarget: 3, activitiesTarget: 10 });
  });

  it('counts a whole quarter’s target, and adds the chosen team’s row (its targets converted at today’s rate, its members’ actuals)', async () => {
    const quarter = await run(data, 'targets-vs-actuals', { period: { from: '2026-01-01', to: '2026-03-31' }, ownerIds: [data.users.alice] });
    expect(quarter.rows[0]?.cells).toMatchObject({ amountTarget: 2_000_000, dealsTarget: 6 });
    expect(quarter.notes).not.toContain('reports.notes.partialTargets');

    const team = await run(data, 'targets-vs-actuals', { teamId: data.team });
    const teamRow = team.rows.at(-1)?.cells;
    const members = wonBy([data.users.alice, data.users.bruno]);
    expect(teamRow).toMatchObject({ salesperson: 'Nord', amountTarget: 3_000_000 + openEur(1_000_000, 'USD'), amountActual: sum(members.map(closedEur)), dealsActual: members.length, activitiesActual: 2 });
    expect(team.rows.map((row) => row.cells.salesperson)).toEqual(['Alice Martin', 'Bruno Petit', 'Nord']);
  });
});
