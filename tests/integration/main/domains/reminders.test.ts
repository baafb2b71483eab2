import { afterEach, describe, expect, it } from 'vitest';
import { derivedUuid } from '../../../../src-main/domains/common/derived-id';
import { call, callError, openTestCore, type TestCore } from '../../../helpers/core';
import { addActivity, controlledTime, DAY, HOUR, iso, MINUTE } from '../jobs/reminders/fixtures';

const T0 = Date.parse('2027-06-14T08:00:00.000Z');

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

function setUp() {
  const time = controlledTime(T0 - 2 * DAY);
  const core = openTestCore({ clock: time.clock });
  cores.push(core);
  return { time, core };
}

type AckRow = { id: string; user_id: string; activity_id: string; occurrence_key: string; remind_at: string; state: string; snoozed_until: string | null };
const acks = (core: TestCore) => core.db.prepare('SELECT id, user_id, activity_id, occurrence_key, remind_at, state, snoozed_until FROM reminder_acks').all() as AckRow[];

describe('reminders.pending, reminders.dismiss, reminders.snooze', () => {
  it('lists the reminders due and missed, once per occurrence, oldest first, with the record they are about', async () => {
    const { time, core } = setUp();
    const company = await call(core, 'companies.create', { name: 'Dupont SA' });
    const contact = await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Martin' });
    const missed = addActivity(core, { subject: 'Comité', startsAt: T0 - 3 * HOUR, reminders: [60, 15], companyId: company.id, contactId: contact.id });
    const due = addActivity(core, { subject: 'Visite', kind: 'visit', startsAt: T0 + 10 * MINUTE, reminders: [10], location: 'Lyon' });
    addActivity(core, { subject: 'Later', startsAt: T0 + 2 * HOUR, reminders: [15] });
    time.set(T0);

    const pending = await call(core, 'reminders.pending', {});
    expect(pending).toEqual([
      {
        activityId: missed,
        occurrenceKey: null,
        kind: 'meeting',
        subject: 'Comité',
        startsAt: iso(T0 - 3 * HOUR),
        allDay: false,
        remindAt: iso(T0 - 3 * HOUR - 15 * MINUTE),
        location: null,
        contact: { id: contact.id, name: 'Hélène Martin' },
        company: { id: company.id, name: 'Dupont SA' },
        deal: null,
        missed: true,
      },
      expect.objectContaining({ activityId: due, kind: 'visit', remindAt: iso(T0), location: 'Lyon', missed: false }),
    ]);
  });

  it('dismiss records the answer through the write path, under one id per user and occurrence, and the reminder is no longer pending', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, { startsAt: T0 + 15 * MINUTE, reminders: [60, 15] });
    time.set(T0);
    expect((await call(core, 'reminders.pending', {})).map((reminder) => reminder.remindAt)).toEqual([iso(T0)]);

    await call(core, 'reminders.dismiss', { activityId: id, occurrenceKey: null });
    expect(await call(core, 'reminders.pending', {})).toEqual([]);
    const ackId = derivedUuid(`reminder-ack:${core.userId}:${id}:`);
    expect(acks(core)).toEqual([{ id: ackId, user_id: core.userId, activity_id: id, occurrence_key: '', remind_at: iso(T0), state: 'dismissed', snoozed_until: null }]);
    // Logged for sync like every user write.
    const logged = core.db.prepare("SELECT changes FROM change_log WHERE tbl = 'reminder_acks' AND row_id = ?").pluck().all(ackId) as string[];
    expect(logged.map((text) => JSON.parse(text) as Record<string, unknown>)).toEqual([expect.objectContaining({ state: 'dismissed', remind_at: iso(T0) })]);

    // Dismissing again updates the same row.
    time.advance(MINUTE);
    await call(core, 'reminders.dismiss', { activityId: id, occurrenceKey: null });
    expect(acks(core)).toHaveLength(1);
  });

  it('snooze hides the reminder until the snooze ends, then it is pending again', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, { startsAt: T0 + HOUR, reminders: [15] });
    time.set(T0 + 45 * MINUTE);
    await call(core, 'reminders.snooze', { activityId: id, occurrenceKey: null, minutes: 15 });
    expect(acks(core)).toEqual([expect.objectContaining({ state: 'snoozed', remind_at: iso(T0 + 45 * MINUTE), snoozed_until: iso(T0 + HOUR) })]);
    time.advance(15 * MINUTE - 1);
    expect(await call(core, 'reminders.pending', {})).toEqual([]);
    time.advance(1);
    expect(await call(core, 'reminders.pending', {})).toEqual([expect.objectContaining({ activityId: id, remindAt: iso(T0 + HOUR), missed: false })]);
    // Dismissed after the snooze: gone for good.
    await call(core, 'reminders.dismiss', { activityId: id, occurrenceKey: null });
    time.advance(HOUR);
    expect(await call(core, 'reminders.pending', {})).toEqual([]);
    expect(acks(core)).toEqual([expect.objectContaining({ state: 'dismissed', snoozed_until: null })]);
  });

  it('answers one occurrence of a series, not the others', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, {
      startsAt: T0 - DAY,
      timeZone: 'Europe/Paris',
      recurrence: { rule: { frequency: 'daily', count: 5 } },
      reminders: [30],
    });
    time.set(T0 - 45 * MINUTE);
    // Yesterday's occurrence was missed; today's rings at 09:30 in Paris (07:30 UTC), not yet.
    expect((await call(core, 'reminders.pending', {})).map((reminder) => reminder.occurrenceKey)).toEqual(['20270613T100000']);
    await call(core, 'reminders.dismiss', { activityId: id, occurrenceKey: '20270613T100000' });
    expect(acks(core)).toEqual([expect.objectContaining({ occurrence_key: '20270613T100000', remind_at: '2027-06-13T07:30:00.000Z' })]);
    time.set(T0);
    expect((await call(core, 'reminders.pending', {})).map((reminder) => [reminder.occurrenceKey, reminder.remindAt])).toEqual([
      ['20270614T100000', '2027-06-14T07:30:00.000Z'],
    ]);
  });

  it('reminds of an edited occurrence under its own subject and place', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, {
      subject: 'Point quotidien',
      location: 'Salle A',
      startsAt: T0 - DAY,
      timeZone: 'Europe/Paris',
      recurrence: { rule: { frequency: 'daily', count: 5 } },
      reminders: [30],
    });
    await call(core, 'activities.editOccurrence', { id, occurrenceKey: '20270614T100000', change: { subject: 'Point avec Hélène', location: 'Visio' } });
    time.set(T0);
    expect((await call(core, 'reminders.pending', {})).map((reminder) => [reminder.occurrenceKey, reminder.subject, reminder.location])).toEqual([
      ['20270613T100000', 'Point quotidien', 'Salle A'],
      ['20270614T100000', 'Point avec Hélène', 'Visio'],
    ]);
  });

  it('refuses an unknown activity and a snooze out of range, writing nothing', async () => {
    const { core } = setUp();
    const unknown = await callError(core, 'reminders.dismiss', { activityId: '0190aaaa-0000-7000-8000-000000000009', occurrenceKey: null });
    expect(unknown.code).toBe('not_found');
    const id = addActivity(core, { startsAt: T0, reminders: [15] });
    const invalid = await callError(core, 'reminders.snooze', { activityId: id, occurrenceKey: null, minutes: 0 });
    expect(invalid.code).toBe('validation');
    expect(acks(core)).toEqual([]);
  });
});
