import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { derivedUuid } from '../../../../../src-main/domains/common/derived-id';
import { setServerLink } from '../../../../../src-main/sync/state';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { addActivityRow, addUser } from '../activities/fixtures';
import { addTeam, movableClock, parisInstant, writeDeals, ZONE, type MovableClock } from '../dashboard/fixtures';

let core: TestCore;
let clock: MovableClock;
let me: string;
let other: string;

beforeEach(async () => {
  clock = movableClock('2026-01-02T09:00');
  core = openTestCore({ clock: { now: () => clock.ms } });
  me = core.userId;
  other = addUser(core, 'Paul Durand');
  await call(core, 'currency.rates.save', { currency: 'USD', validFrom: '2026-01-01', rate: '2' });
});
afterEach(() => core.dispose());

const target = (subjectId: string, period: string, value: number, metric: 'won_amount' | 'won_deals' | 'activities' = 'won_amount') => ({
  subjectKind: 'user' as const,
  subjectId,
  period,
  metric,
  value,
});

describe('sales targets', () => {
  it('are upserted by salesperson, period and metric, in the base currency, and removed', async () => {
    const saved = await call(core, 'targets.save', { targets: [target(me, '2026-03', 5_000_00), target(me, '2026-Q2', 12)] });
    expect(saved).toMatchObject([
      { id: derivedUuid(`target:user:${me}:2026-03:won_amount`), period: '2026-03', value: 5_000_00, currency: 'EUR' },
      { period: '2026-Q2', value: 12, currency: 'EUR' },
    ]);
    await call(core, 'targets.save', { targets: [target(me, '2026-03', 6_000_00)] });
    const year = await call(core, 'targets.list', { year: 2026, metric: 'won_amount', timeZone: ZONE });
    expect(year.periods).toHaveLength(12);
    expect(year.targets).toMatchObject([{ subjectId: me, period: '2026-03', value: 6_000_00 }]);
    expect(core.db.prepare('SELECT count(*) FROM targets').pluck().get()).toBe(2);

    const quarters = await call(core, 'targets.list', { year: 2026, metric: 'won_amount', granularity: 'quarter', timeZone: ZONE });
    expect(quarters.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarters.targets).toMatchObject([{ period: '2026-Q2', value: 12 }]);

    expect(await call(core, 'targets.delete', { targets: [{ subjectKind: 'user', subjectId: me, period: '2026-03', metric: 'won_amount' }] })).toEqual({ deleted: 1 });
    expect((await call(core, 'targets.list', { year: 2026, metric: 'won_amount', timeZone: ZONE })).targets).toEqual([]);
    // Set again, the same row comes back.
    const again = await call(core, 'targets.save', { targets: [target(me, '2026-03', 1_00)] });
    expect(again[0]?.id).toBe(derivedUuid(`target:user:${me}:2026-03:won_amount`));
    expect(core.db.prepare('SELECT count(*) FROM targets').pluck().get()).toBe(2);
  });

  it('shows what each salesperson and team reached beside the targets', async () => {
    await writeDeals(core, clock, [
      { title: 'A', owner: me, amountMinor: 1_000_00, currency: 'EUR', createdAt: '2026-01-05T10:00', closed: { kind: 'won', at: '2026-01-31T23:30' } },
      { title: 'B', owner: me, amountMinor: 600_00, currency: 'USD', createdAt: '2026-01-05T10:00', closed: { kind: 'won', at: '2026-02-03T10:00' } },
      { title: 'C', owner: other, amountMinor: 2_000_00, currency: 'EUR', createdAt: '2026-01-05T10:00', closed: { kind: 'won', at: '2026-02-10T10:00' } },
      { title: 'D', owner: me, amountMinor: 9_000_00, currency: 'EUR', createdAt: '2026-01-05T10:00', closed: { kind: 'lost', at: '2026-02-10T10:00' } },
      { title: 'E', owner: me, amountMinor: 9_000_00, currency: 'EUR', createdAt: '2026-01-05T10:00', closed: { kind: 'won', at: '2026-02-11T10:00' }, deleted: true },
    ]);
    const team = addTeam(core, 'Lyon', [me, other]);
    addActivityRow(core, { kind: 'call', subject: 'Appel', owner_id: other, all_day: 0, starts_at: parisInstant('2026-03-31T23:00'), time_zone: ZONE });
    addActivityRow(core, { kind: 'task', subject: 'Ouverte', owner_id: other, all_day: 0, starts_at: parisInstant('2026-03-10T10:00'), time_zone: ZONE });
    addActivityRow(core, { kind: 'visit', subject: 'Salon', owner_id: other, all_day: 1, start_date: '2026-04-01', end_date: '2026-04-02' });

    const amounts = await call(core, 'targets.list', { year: 2026, metric: 'won_amount', timeZone: ZONE });
    const actual = (subjectKind: string, subjectId: string, period: string) =>
      amounts.actuals.find((row) => row.subjectKind === subjectKind && row.subjectId === subjectId && row.period === period)?.value;
    expect(actual('user', me, '2026-01')).toBe(1_000_00);
    expect(actual('user', me, '2026-02')).toBe(300_00);
    expect(actual('user', other, '2026-02')).toBe(2_000_00);
    expect(actual('team', team, '2026-02')).toBe(2_300_00);
    expect(actual('user', me, '2026-03')).toBeUndefined();

    const deals = await call(core, 'targets.list', { year: 2026, metric: 'won_deals', granularity: 'quarter', timeZone: ZONE });
    expect(deals.actuals).toEqual(
      expect.arrayContaining([
        { subjectKind: 'user', subjectId: me, period: '2026-Q1', value: 2 },
        { subjectKind: 'team', subjectId: team, period: '2026-Q1', value: 3 },
      ]),
    );
    const activities = await call(core, 'targets.list', { year: 2026, metric: 'activities', timeZone: ZONE });
    expect(activities.actuals.filter((row) => row.subjectKind === 'user')).toEqual([
      { subjectKind: 'user', subjectId: other, period: '2026-03', value: 1 },
      { subjectKind: 'user', subjectId: other, period: '2026-04', value: 1 },
    ]);
  });

  it('are written only by managers and administrators on a device linked to an office server', async () => {
    const link = { url: 'http://127.0.0.1:1', accountId: me, displayName: 'Léa', email: 'lea@bureau.fr', deviceName: 'PC' };
    setServerLink(core, { ...link, role: 'salesperson' });
    const refused = await callError(core, 'targets.save', { targets: [target(me, '2026-03', 5_000_00)] });
    expect(refused).toMatchObject({ code: 'forbidden', message: expect.stringContaining('targets') });
    expect((await callError(core, 'targets.delete', { targets: [{ subjectKind: 'user', subjectId: me, period: '2026-03', metric: 'won_amount' }] })).code).toBe('forbidden');
    expect(core.db.prepare('SELECT count(*) FROM targets').pluck().get()).toBe(0);
    // Reading is for everyone.
    expect((await call(core, 'targets.list', { year: 2026, metric: 'won_amount' })).targets).toEqual([]);
    setServerLink(core, { ...link, role: 'manager' });
    expect(await call(core, 'targets.save', { targets: [target(other, '2026-03', 5_000_00)] })).toHaveLength(1);
  });

  it('refuses negative or fractional values, unknown periods and unknown salespeople', async () => {
    const error = async (value: object) => (await callError(core, 'targets.save', { targets: [value] })).code;
    expect(await error(target(me, '2026-03', -1))).toBe('validation');
    expect(await error(target(me, '2026-03', 1.5))).toBe('validation');
    expect(await error(target(me, '2026-13', 1))).toBe('validation');
    expect(await error(target(me, '2026-Q5', 1))).toBe('validation');
    expect(await error({ ...target(me, '2026-03', 1), metric: 'revenue' })).toBe('validation');
    expect(await error(target('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '2026-03', 1))).toBe('not_found');
    expect((await callError(core, 'targets.list', { year: 1999, metric: 'won_amount' })).code).toBe('validation');
  });
});
