import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setServerLink } from '../../../../../src-main/sync/state';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { addActivityRow, addUser } from '../activities/fixtures';
import { addTeam, movableClock, parisInstant, writeDeals, ZONE, type DealSpec, type MovableClock } from './fixtures';

let core: TestCore;
let clock: MovableClock;
let me: string;
let other: string;

/** 1 EUR = 1.25 USD from January, 1.5 from 10 November. */
const rates = [
  { validFrom: '2026-01-01', rate: 1.25 },
  { validFrom: '2026-11-10', rate: 1.5 },
];
const usdRateOn = (day: string) => [...rates].reverse().find((rate) => rate.validFrom <= day)?.rate ?? NaN;
const toEur = (spec: DealSpec, day: string) => (spec.currency === 'EUR' ? spec.amountMinor : Math.round(spec.amountMinor / usdRateOn(day)));

function dataset(): DealSpec[] {
  const deal = (title: string, values: Partial<DealSpec>): DealSpec => ({ title, owner: me, amountMinor: 1_000_00, currency: 'EUR', createdAt: '2026-11-01T12:00', ...values });
  return [
    deal('Won EUR', { createdAt: '2026-10-01T12:00', closed: { kind: 'won', at: '2026-11-05T10:00' } }),
    deal('Won USD', { amountMinor: 300_00, currency: 'USD', closed: { kind: 'won', at: '2026-11-12T10:00' } }),
    deal('Won USD at the earlier rate', { amountMinor: 250_00, currency: 'USD', createdAt: '2026-11-02T12:00', closed: { kind: 'won', at: '2026-11-09T10:00' } }),
    deal('Lost', { amountMinor: 500_00, createdAt: '2026-10-15T12:00', closed: { kind: 'lost', at: '2026-11-06T10:00' } }),
    deal('Won on the last evening', { amountMinor: 800_00, createdAt: '2026-11-20T12:00', closed: { kind: 'won', at: '2026-11-30T23:30' } }),
    deal('Won the next day', { amountMinor: 900_00, createdAt: '2026-11-20T12:00', closed: { kind: 'won', at: '2026-12-01T00:00' } }),
    deal('Won in October', { amountMinor: 700_00, createdAt: '2026-10-01T12:00', closed: { kind: 'won', at: '2026-10-31T23:30' } }),
    deal('Won then deleted', { amountMinor: 5_000_00, closed: { kind: 'won', at: '2026-11-10T10:00' }, deleted: true }),
    deal('Open EUR', { probability: 50, expectedClose: '2026-12-15' }),
    deal('Open USD', { amountMinor: 300_00, currency: 'USD', expectedClose: '2026-12-31' }),
    deal('Open deleted', { amountMinor: 100_00, expectedClose: '2026-12-10', deleted: true }),
    deal('Open late', { amountMinor: 400_00, expectedClose: '2026-11-20' }),
    deal('Other won', { owner: other, amountMinor: 10_000_00, closed: { kind: 'won', at: '2026-11-15T10:00' } }),
    deal('Other lost', { owner: other, closed: { kind: 'lost', at: '2026-11-16T10:00' } }),
  ];
}

/** What the tiles should read, computed from the specs alone. */
function expected(specs: DealSpec[], owners: string[], from: string, to: string, today: string) {
  const start = parisInstant(`${from}T00:00`);
  const nextDay = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const end = parisInstant(`${nextDay}T00:00`);
  const mine = specs.filter((spec) => owners.includes(spec.owner) && !spec.deleted);
  const closedIn = (kind: 'won' | 'lost') =>
    mine.filter((spec) => spec.closed?.kind === kind && parisInstant(spec.closed.at) >= start && parisInstant(spec.closed.at) < end);
  const won = closedIn('won');
  const lost = closedIn('lost');
  const open = mine.filter((spec) => !spec.closed);
  const stageProbability = 25;
  const cycle = won.reduce((sum, spec) => sum + (Date.parse(parisInstant(spec.closed?.at ?? '')) - Date.parse(parisInstant(spec.createdAt))) / 86_400_000, 0);
  const closing = open.filter((spec) => spec.expectedClose?.startsWith(today.slice(0, 7)));
  return {
    won: { count: won.length, amount: won.reduce((sum, spec) => sum + toEur(spec, parisInstant(spec.closed?.at ?? '').slice(0, 10)), 0) },
    winRate: { won: won.length, lost: lost.length },
    cycle: won.length ? Math.round((cycle / won.length) * 10) / 10 : null,
    pipeline: {
      count: open.length,
      amount: open.reduce((sum, spec) => sum + toEur(spec, today), 0),
      weighted: open.reduce((sum, spec) => sum + Math.round((toEur(spec, today) * (spec.probability ?? stageProbability)) / 100), 0),
    },
    closing: { count: closing.length, amount: closing.reduce((sum, spec) => sum + toEur(spec, today), 0) },
  };
}

beforeEach(async () => {
  clock = movableClock('2026-09-01T09:00');
  core = openTestCore({ clock: { now: () => clock.ms } });
  me = core.userId;
  other = addUser(core, 'Paul Durand');
  for (const rate of rates) await call(core, 'currency.rates.save', { currency: 'USD', validFrom: rate.validFrom, rate: String(rate.rate) });
});
afterEach(() => core.dispose());

describe('the dashboard', () => {
  it('adds up the period, the pipeline and this month against an independent computation', async () => {
    const specs = dataset();
    await writeDeals(core, clock, specs);
    clock.at('2026-12-01T10:00');
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const dashboard = await call(core, 'dashboard.get', { period: november, timeZone: ZONE });
    const want = expected(specs, [me], november.from, november.to, '2026-12-01');

    expect(dashboard).toMatchObject({ currency: 'EUR', today: '2026-12-01', subject: { kind: 'self', ownerIds: [me] }, missingRates: [] });
    const { tiles } = dashboard;
    expect(want.won).toEqual({ count: 4, amount: 2_200_00 });
    expect(tiles.won).toMatchObject({ ...want.won, targetAmount: null, amountAttainment: null });
    expect(tiles.winRate).toMatchObject({ ...want.winRate, rate: 4 / 5 });
    expect(tiles.cycle.averageDays).toBe(want.cycle);
    expect(tiles.pipeline).toMatchObject(want.pipeline);
    expect(tiles.closingThisMonth).toMatchObject({ month: '2026-12', ...want.closing });
    expect(want.closing.count).toBe(2);

    // Each tile names the list behind it.
    expect(tiles.won.link).toEqual({ list: 'deals', filters: { ownerIds: [me], status: 'won', closeFrom: '2026-11-01', closeTo: '2026-11-30' } });
    expect(tiles.winRate.lostLink).toEqual({ list: 'deals', filters: { ownerIds: [me], status: 'lost', closeFrom: '2026-11-01', closeTo: '2026-11-30' } });
    expect(tiles.pipeline.link).toEqual({ list: 'deals', filters: { ownerIds: [me], status: 'open' } });
    expect(tiles.closingThisMonth.link).toEqual({ list: 'deals', filters: { ownerIds: [me], status: 'open', closeFrom: '2026-12-01', closeTo: '2026-12-31' } });

    // The list a tile opens holds the deals the tile counts (the list reads days in this computer's zone, as the dashboard does by default).
    const here = (await call(core, 'dashboard.get', { period: november })).tiles;
    const listed = async (link: typeof here.won.link) => {
      if (link.list !== 'deals') throw new Error('not a deals link');
      return (await call(core, 'deals.list', { filters: link.filters, sort: { field: 'title', dir: 'asc' } })).total;
    };
    expect(await listed(here.won.link)).toBe(here.won.count);
    expect(await listed(here.winRate.lostLink)).toBe(here.winRate.lost);
    expect(await listed(here.pipeline.link)).toBe(here.pipeline.count);
    expect(await listed(here.closingThisMonth.link)).toBe(here.closingThisMonth.count);
  });

  it('takes the period edges in the user’s zone', async () => {
    const specs = dataset();
    await writeDeals(core, clock, specs);
    clock.at('2026-12-01T10:00');
    const lastDay = await call(core, 'dashboard.get', { period: { from: '2026-11-30', to: '2026-11-30' }, timeZone: ZONE });
    expect(lastDay.tiles.won).toMatchObject({ count: 1, amount: 800_00 });
    const firstOfDecember = await call(core, 'dashboard.get', { period: { from: '2026-12-01', to: '2026-12-01' }, timeZone: ZONE });
    expect(firstOfDecember.tiles.won).toMatchObject({ count: 1, amount: 900_00 });
    // In New York the deal won at 23:30 in Paris on 30 November was won at 17:30 that day; the one won at midnight, at 18:00.
    const newYork = await call(core, 'dashboard.get', { period: { from: '2026-11-30', to: '2026-11-30' }, timeZone: 'America/New_York' });
    expect(newYork.tiles.won).toMatchObject({ count: 2, amount: 1_700_00 });
  });

  it('sets the targets of the period against what was won, prorating months by the days covered', async () => {
    await writeDeals(core, clock, dataset());
    clock.at('2026-12-01T10:00');
    await call(core, 'targets.save', {
      targets: [
        { subjectKind: 'user', subjectId: me, period: '2026-11', metric: 'won_amount', value: 2_000_00 },
        { subjectKind: 'user', subjectId: me, period: '2026-Q4', metric: 'won_deals', value: 9 },
        { subjectKind: 'user', subjectId: other, period: '2026-11', metric: 'won_amount', value: 50_000_00 },
      ],
    });
    const november = await call(core, 'dashboard.get', { period: { from: '2026-11-01', to: '2026-11-30' }, timeZone: ZONE });
    expect(november.tiles.won).toMatchObject({ amount: 2_200_00, targetAmount: 2_000_00, amountAttainment: 1.1, count: 4, targetCount: 3, countAttainment: 4 / 3 });
    const secondHalf = await call(core, 'dashboard.get', { period: { from: '2026-11-16', to: '2026-11-30' }, timeZone: ZONE });
    expect(secondHalf.tiles.won).toMatchObject({ amount: 800_00, targetAmount: 1_000_00, amountAttainment: 0.8, targetCount: 2 });
  });

  it('counts this week’s activities by kind and the overdue tasks', async () => {
    clock.at('2026-11-18T09:00');
    const timed = (local: string) => ({ allDay: false as const, start: parisInstant(local), end: parisInstant(local), timeZone: ZONE });
    const task = async (subject: string, timing: object, done = false) => {
      const created = await call(core, 'activities.create', { kind: 'task', subject, timing: timing as never });
      if (done) await call(core, 'activities.complete', { id: created.id, done: true });
      return created.id;
    };
    await call(core, 'activities.create', { kind: 'call', subject: 'Appel Martin', timing: timed('2026-12-01T09:00') });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Réunion de la semaine passée', timing: timed('2026-11-29T10:00') });
    await call(core, 'activities.create', { kind: 'visit', subject: 'Salon', timing: { allDay: true, startDate: '2026-12-06', endDate: '2026-12-07' } });
    await task('Devis envoyé', timed('2026-12-02T09:00'), true);
    await task('Relance en retard', timed('2026-11-20T10:00'));
    await task('Journée en retard', { allDay: true, startDate: '2026-11-30', endDate: '2026-12-01' });
    await task('Pour aujourd’hui', timed('2026-12-01T14:00'));
    const deleted = await task('Supprimée', timed('2026-11-19T10:00'));
    await call(core, 'activities.delete', { ids: [deleted] });
    addActivityRow(core, { kind: 'task', subject: 'Tâche de Paul', owner_id: other, all_day: 0, starts_at: parisInstant('2026-11-20T10:00'), time_zone: ZONE });
    clock.at('2026-12-01T10:00');
    await call(core, 'activities.create', { kind: 'note', subject: 'Note du jour' });

    const { tiles } = await call(core, 'dashboard.get', { timeZone: ZONE });
    const counts = Object.fromEntries(tiles.activities.byKind.map((kind) => [kind.kind, kind.count]));
    expect(counts).toEqual({ task: 1, call: 1, meeting: 0, visit: 1, note: 1, email: 0 });
    expect(tiles.activities).toMatchObject({ fromDay: '2026-11-30', toDay: '2026-12-06', total: 4 });
    expect(tiles.activities.link).toEqual({ list: 'activities', filters: { ownerIds: [me], from: '2026-11-30', to: '2026-12-06' } });
    expect(tiles.overdueTasks.count).toBe(2);
    expect(tiles.overdueTasks.link).toEqual({ list: 'activities', filters: { ownerIds: [me], kinds: ['task'], overdue: true, to: '2026-11-30' } });
    // The default period is this month.
    const december = await call(core, 'dashboard.get', { timeZone: ZONE });
    expect(december.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });

    const office = await call(core, 'dashboard.get', { office: true, timeZone: ZONE });
    expect(office.tiles.overdueTasks.count).toBe(3);
    expect(office.tiles.overdueTasks.link).toEqual({ list: 'activities', filters: { kinds: ['task'], overdue: true, to: '2026-11-30' } });
  });

  it('shows a team the figures of its members', async () => {
    await writeDeals(core, clock, dataset());
    clock.at('2026-12-01T10:00');
    const team = addTeam(core, 'Lyon', [other]);
    const { tiles, subject } = await call(core, 'dashboard.get', { teamId: team, period: { from: '2026-11-01', to: '2026-11-30' }, timeZone: ZONE });
    expect(subject).toEqual({ kind: 'team', ownerIds: [other], teamId: team });
    expect(tiles.won).toMatchObject({ count: 1, amount: 10_000_00 });
    expect(tiles.winRate).toMatchObject({ won: 1, lost: 1, rate: 0.5 });
  });

  it('lets a salesperson linked to an office server see only their own dashboard', async () => {
    const link = { url: 'http://127.0.0.1:1', accountId: me, displayName: 'Léa', email: 'lea@bureau.fr', deviceName: 'PC' };
    setServerLink(core, { ...link, role: 'salesperson' });
    expect((await call(core, 'dashboard.get', { timeZone: ZONE })).subject.kind).toBe('self');
    expect((await call(core, 'dashboard.get', { ownerIds: [me], timeZone: ZONE })).subject.kind).toBe('self');
    for (const input of [{ ownerIds: [other] }, { office: true }, { ownerIds: [me, other] }]) {
      const refused = await callError(core, 'dashboard.get', { ...input, timeZone: ZONE });
      expect(refused.code).toBe('forbidden');
    }
    setServerLink(core, { ...link, role: 'manager' });
    expect((await call(core, 'dashboard.get', { ownerIds: [other], timeZone: ZONE })).subject).toEqual({ kind: 'users', ownerIds: [other], teamId: null });
  });

  it('refuses a period ending before it starts, an unknown team and a bad zone', async () => {
    expect((await callError(core, 'dashboard.get', { period: { from: '2026-11-30', to: '2026-11-01' } })).code).toBe('validation');
    expect((await callError(core, 'dashboard.get', { teamId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).code).toBe('not_found');
    expect((await callError(core, 'dashboard.get', { timeZone: 'Mars/Olympus' })).code).toBe('validation');
  });
});
