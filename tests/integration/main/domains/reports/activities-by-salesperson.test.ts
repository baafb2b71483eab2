import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { updateRecord } from '../../../../../src-main/db/write-path';
import { addActivity, buildDataset, citySegment, parisDay, run, type Dataset } from './dataset';

let data: Dataset;
/** Each activity with the Paris days it happens on (a series: each occurrence's); `once` for a short series, counted on its first day only. */
type Fact = { owner: string; kind: string; days: string[]; company?: string; deleted?: boolean };
const facts: Fact[] = [];

const timed = (start: string) => ({ all_day: 0, starts_at: start, ends_at: start, time_zone: 'Europe/Paris' });
const allDay = (date: string, next: string) => ({ all_day: 1, start_date: date, end_date: next });

beforeAll(async () => {
  data = await buildDataset();
  const { alice, bruno, chloe, me } = data.users;
  const add = (fact: Fact, values: Record<string, string | number | null>) => {
    const id = addActivity(data, { owner_id: fact.owner, kind: fact.kind, company_id: fact.company ?? null, ...values });
    facts.push(fact);
    return id;
  };
  add({ owner: alice, kind: 'call', days: ['2026-01-15'], company: data.companies.lyon }, timed('2026-01-15T10:00:00.000Z'));
  // All-day visits: on the first day (in), the day before it and the day after the last (out).
  add({ owner: bruno, kind: 'visit', days: ['2026-01-01'] }, allDay('2026-01-01', '2026-01-02'));
  add({ owner: bruno, kind: 'visit', days: ['2025-12-31'] }, allDay('2025-12-31', '2026-01-01'));
  add({ owner: bruno, kind: 'visit', days: ['2026-03-01'] }, allDay('2026-03-01', '2026-03-02'));
  // Tasks due at 23:30 on the last day (in) and at midnight after it (out), in Paris; a done task.
  add({ owner: alice, kind: 'task', days: ['2026-02-28'] }, timed('2026-02-28T22:30:00.000Z'));
  add({ owner: alice, kind: 'task', days: ['2026-03-01'] }, timed('2026-02-28T23:00:00.000Z'));
  add({ owner: chloe, kind: 'task', days: ['2026-01-20'] }, { ...timed('2026-01-20T08:00:00.000Z'), done_at: '2026-01-20T09:00:00.000Z' });
  // A note without a date, written on 10 February: dated by its creation.
  add({ owner: chloe, kind: 'note', days: ['2026-02-10'], company: data.companies.lyon }, { created_at: '2026-02-10T15:00:00.000Z' });
  // A deleted meeting.
  const deleted = add({ owner: me, kind: 'meeting', days: ['2026-02-01'], deleted: true }, timed('2026-02-01T09:00:00.000Z'));
  write(data.core, (tx) => updateRecord(tx, 'activities', deleted, { deleted: 1 }));
  // A weekly meeting since Monday 3 November 2025, 10:00 in Paris, without end: each Monday of the period.
  const mondays: string[] = [];
  for (let ms = Date.parse('2025-11-03T09:00:00.000Z'); ms < Date.parse('2026-04-01T00:00:00.000Z'); ms += 7 * 86_400_000) mondays.push(parisDay(new Date(ms).toISOString()));
  add({ owner: alice, kind: 'meeting', days: mondays }, { ...timed('2025-11-03T09:00:00.000Z'), recurrence: JSON.stringify({ rule: { frequency: 'weekly' } }) });
  // A three-day series (a month or less): counted once, on its first day.
  add({ owner: bruno, kind: 'email', days: ['2026-01-10'] }, { ...timed('2026-01-10T08:00:00.000Z'), recurrence: JSON.stringify({ rule: { frequency: 'daily', count: 3 } }) });
}, 60_000);
afterAll(() => data.dispose());

const KINDS = ['task', 'call', 'meeting', 'visit', 'note', 'email'];

function expected(kept: Fact[]) {
  const inPeriod = (day: string) => day >= '2026-01-01' && day <= '2026-02-28';
  const owners = [...new Set(kept.filter((fact) => !fact.deleted).map((fact) => fact.owner))];
  return owners
    .map((owner) => {
      const cells: Record<string, string | number> = { salesperson: data.names[owner] ?? '' };
      let total = 0;
      for (const kind of KINDS) {
        const n = kept.filter((fact) => !fact.deleted && fact.owner === owner && fact.kind === kind).reduce((sum, fact) => sum + fact.days.filter(inPeriod).length, 0);
        cells[kind] = n;
        total += n;
      }
      cells.total = total;
      return cells;
    })
    .filter((cells) => Number(cells.total) > 0)
    .sort((a, b) => Number(b.total) - Number(a.total) || String(a.salesperson).localeCompare(String(b.salesperson)));
}

describe('activities by salesperson', () => {
  it('counts the activities dated in the period per owner and kind: all-day ones by their day, series by occurrence, deleted ones never', async () => {
    const report = await run(data, 'activities-by-salesperson');
    expect(report.rows.map((row) => row.cells)).toEqual(expected(facts));
    const alice = report.rows.find((row) => row.cells.salesperson === 'Alice Martin');
    // Eight Mondays from 5 January to 23 February.
    expect(alice?.cells.meeting).toBe(8);
    expect(alice?.cells.task).toBe(1);
    const bruno = report.rows.find((row) => row.cells.salesperson === 'Bruno Petit');
    expect(bruno?.cells).toMatchObject({ visit: 1, email: 1 });
    expect(alice?.link).toEqual({ list: 'activities', filters: { ownerIds: [data.users.alice], from: '2026-01-01', to: '2026-02-28' } });
    expect(report.chart).toEqual({ kind: 'stacked-bar', category: 'salesperson', series: KINDS });
    expect(report.totals?.total).toBe(report.rows.reduce((sum, row) => sum + Number(row.cells.total), 0));
  });

  it('keeps the chosen salespeople and the activities of the segment’s records', async () => {
    const team = await run(data, 'activities-by-salesperson', { teamId: data.team });
    expect(team.rows.map((row) => row.cells)).toEqual(expected(facts.filter((fact) => [data.users.alice, data.users.bruno].includes(fact.owner))));
    const lyon = await run(data, 'activities-by-salesperson', { segmentId: await citySegment(data, 'Lyon') });
    expect(lyon.rows.map((row) => row.cells)).toEqual(expected(facts.filter((fact) => fact.company === data.companies.lyon)));
    expect(lyon.rows).toHaveLength(2);
  });
});
