import { afterEach, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { addActivity, changeActivity, controlledTime, DAY, HOUR, iso, MINUTE, startScheduler } from './fixtures';

/** Monday 22 March 2027, 07:00 in Paris (winter time); clocks change on Sunday the 28th. */
const T0 = Date.parse('2027-03-22T06:00:00.000Z');

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

function setUp(startMs = T0) {
  const time = controlledTime(startMs);
  const core = openTestCore({ clock: time.clock });
  cores.push(core);
  return { time, core };
}

describe('the reminder scheduler', () => {
  it('rings a reminder at its time, once, with what the user needs to see', () => {
    const { time, core } = setUp();
    const id = addActivity(core, { subject: 'Rendez-vous Dupont', startsAt: T0 + HOUR, reminders: [15], location: 'Lyon' });
    const { shown, scheduler } = startScheduler(core, time);
    expect(shown).toEqual([]);
    // One timer, never longer than the cap.
    expect(time.pendingTimers()).toBe(1);
    expect(scheduler.armedFor()).toBeLessThanOrEqual(T0 + 5 * MINUTE);

    time.advance(45 * MINUTE - 1);
    expect(shown).toEqual([]);
    time.advance(1);
    expect(shown).toEqual([
      {
        activityId: id,
        occurrenceKey: null,
        kind: 'meeting',
        subject: 'Rendez-vous Dupont',
        startsAt: iso(T0 + HOUR),
        allDay: false,
        remindAt: iso(T0 + 45 * MINUTE),
        location: 'Lyon',
        contact: null,
        company: null,
        deal: null,
        missed: false,
        shownAt: T0 + 45 * MINUTE,
      },
    ]);
    time.advance(3 * HOUR);
    scheduler.rearm();
    expect(shown).toHaveLength(1);
    expect(time.pendingTimers()).toBe(1);
  });

  it('rings each of several reminders of one activity at its own time', () => {
    const { time, core } = setUp();
    addActivity(core, { startsAt: T0 + 2 * HOUR, reminders: [15, 60, 24 * 60] });
    const { shown } = startScheduler(core, time);
    time.advance(3 * HOUR);
    // The one-day reminder was due before the meeting was written, while it was still ahead: it rings at once.
    expect(shown.map((reminder) => [reminder.remindAt, reminder.shownAt])).toEqual([
      [iso(T0 + 2 * HOUR - DAY), T0],
      [iso(T0 + HOUR), T0 + HOUR],
      [iso(T0 + 105 * MINUTE), T0 + 105 * MINUTE],
    ]);
    expect(shown.every((reminder) => !reminder.missed)).toBe(true);
  });

  it('rings each occurrence of a weekly series at the same Paris wall clock across the change to summer time', () => {
    const { time, core } = setUp();
    const id = addActivity(core, {
      startsAt: Date.parse('2027-03-22T08:00:00.000Z'), // 09:00 in Paris (UTC+1)
      timeZone: 'Europe/Paris',
      recurrence: { rule: { frequency: 'weekly', byDay: [{ weekday: 'MO' }], count: 3 } },
      reminders: [10],
    });
    // A timer of up to a day: the next ring is armed for exactly, weeks are not looked at every five minutes.
    const { shown } = startScheduler(core, time, { maxTimerMs: DAY });
    time.advance(21 * DAY);
    expect(shown.map((reminder) => [reminder.occurrenceKey, reminder.remindAt, reminder.startsAt])).toEqual([
      ['20270322T090000', '2027-03-22T07:50:00.000Z', '2027-03-22T08:00:00.000Z'],
      // Summer time from the 28th: 09:00 in Paris is 07:00 UTC.
      ['20270329T090000', '2027-03-29T06:50:00.000Z', '2027-03-29T07:00:00.000Z'],
      ['20270405T090000', '2027-04-05T06:50:00.000Z', '2027-04-05T07:00:00.000Z'],
    ]);
    expect(shown.map((reminder) => reminder.shownAt)).toEqual(shown.map((reminder) => Date.parse(reminder.remindAt)));
    expect(new Set(shown.map((reminder) => reminder.activityId))).toEqual(new Set([id]));
  });

  it('rings an all-day activity at 09:00 in the user’s zone on its day, less its reminder', () => {
    const { time, core } = setUp();
    addActivity(core, { kind: 'task', allDay: { startDate: '2027-03-24', endDate: '2027-03-25' }, reminders: [60] });
    const { shown } = startScheduler(core, time);
    time.advance(3 * DAY);
    expect(shown.map((reminder) => [reminder.remindAt, reminder.startsAt, reminder.allDay])).toEqual([['2027-03-24T07:00:00.000Z', '2027-03-24T00:00:00.000Z', true]]);
  });

  it('reports reminders due while the computer slept as missed when it wakes, once', () => {
    const { time, core } = setUp();
    addActivity(core, { subject: 'Visite atelier', startsAt: T0 + 30 * MINUTE, reminders: [10] });
    addActivity(core, { subject: 'Appel Martin', kind: 'call', startsAt: T0 + 3 * HOUR, reminders: [0] });
    const { shown, scheduler } = startScheduler(core, time);
    time.advance(MINUTE);
    time.sleep(2 * HOUR);
    expect(shown.map((reminder) => [reminder.subject, reminder.missed, reminder.shownAt])).toEqual([['Visite atelier', true, T0 + 2 * HOUR + MINUTE]]);
    // The desktop also re-arms on resume: nothing rings twice.
    scheduler.rearm();
    expect(shown).toHaveLength(1);
    // After waking, reminders ring on time again, not missed.
    time.advance(2 * HOUR);
    expect(shown.map((reminder) => [reminder.subject, reminder.missed, reminder.shownAt])).toEqual([
      ['Visite atelier', true, T0 + 2 * HOUR + MINUTE],
      ['Appel Martin', false, T0 + 3 * HOUR],
    ]);
  });

  it('sees a wake through rearm() before the late timer fires', () => {
    const { time, core } = setUp();
    addActivity(core, { startsAt: T0 + 30 * MINUTE, reminders: [10] });
    const { shown, scheduler } = startScheduler(core, time);
    time.set(T0 + 3 * HOUR);
    scheduler.rearm();
    expect(shown.map((reminder) => reminder.missed)).toEqual([true]);
  });

  it('shows at start what was missed while the app was closed (last seven days, one per occurrence, not answered)', async () => {
    const { time, core } = setUp(T0 - 10 * DAY);
    const missed = addActivity(core, { subject: 'Réunion missed', startsAt: T0 - HOUR, reminders: [60, 15] });
    addActivity(core, { subject: 'Too old', startsAt: T0 - 8 * DAY, reminders: [15] });
    const answered = addActivity(core, { subject: 'Answered', startsAt: T0 - 2 * HOUR, reminders: [15] });
    time.set(T0 - 2 * HOUR);
    await call(core, 'reminders.dismiss', { activityId: answered, occurrenceKey: null });
    // Logged afterwards: its reminder time had passed before it was written, and it is over.
    time.set(T0 - 10 * MINUTE);
    addActivity(core, { subject: 'Logged afterwards', startsAt: T0 - 30 * MINUTE, reminders: [15] });
    time.set(T0);

    const { shown } = startScheduler(core, time);
    expect(shown.map((reminder) => [reminder.activityId, reminder.remindAt, reminder.missed, reminder.shownAt])).toEqual([[missed, iso(T0 - 75 * MINUTE), true, T0]]);
    time.advance(DAY);
    expect(shown).toHaveLength(1);
  });

  it('rings a snoozed reminder again when the snooze ends', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, { startsAt: T0 + HOUR, reminders: [15] });
    const { shown } = startScheduler(core, time);
    time.advance(45 * MINUTE);
    expect(shown).toHaveLength(1);
    await call(core, 'reminders.snooze', { activityId: id, occurrenceKey: null, minutes: 5 });
    time.advance(5 * MINUTE - 1);
    expect(shown).toHaveLength(1);
    time.advance(1);
    expect(shown.map((reminder) => [reminder.remindAt, reminder.shownAt, reminder.missed])).toEqual([
      [iso(T0 + 45 * MINUTE), T0 + 45 * MINUTE, false],
      [iso(T0 + 50 * MINUTE), T0 + 50 * MINUTE, false],
    ]);
    time.advance(DAY);
    expect(shown).toHaveLength(2);
  });

  it('never rings a dismissed reminder again, but rings again when the activity moves later', async () => {
    const { time, core } = setUp();
    const id = addActivity(core, { startsAt: T0 + HOUR, reminders: [15] });
    const { shown, scheduler } = startScheduler(core, time);
    time.advance(45 * MINUTE);
    await call(core, 'reminders.dismiss', { activityId: id, occurrenceKey: null });
    time.advance(HOUR);
    scheduler.rearm();
    expect(shown).toHaveLength(1);

    changeActivity(core, id, { starts_at: iso(T0 + 4 * HOUR), ends_at: iso(T0 + 5 * HOUR) });
    time.advance(2 * HOUR);
    expect(shown.map((reminder) => [reminder.remindAt, reminder.shownAt])).toEqual([
      [iso(T0 + 45 * MINUTE), T0 + 45 * MINUTE],
      [iso(T0 + 3 * HOUR + 45 * MINUTE), T0 + 3 * HOUR + 45 * MINUTE],
    ]);
  });

  it('rings a moved activity at its new time, not its old one', () => {
    const { time, core } = setUp();
    const id = addActivity(core, { startsAt: T0 + HOUR, reminders: [15] });
    const { shown } = startScheduler(core, time);
    time.advance(10 * MINUTE);
    changeActivity(core, id, { starts_at: iso(T0 + 2 * HOUR), ends_at: iso(T0 + 3 * HOUR) });
    time.advance(50 * MINUTE);
    expect(shown).toEqual([]);
    time.advance(HOUR);
    expect(shown.map((reminder) => [reminder.startsAt, reminder.shownAt])).toEqual([[iso(T0 + 2 * HOUR), T0 + 105 * MINUTE]]);
  });

  it('keeps the coming reminders of other activities when one is written, and rings a new one planned at short notice at once', () => {
    const { time, core } = setUp();
    addActivity(core, { subject: 'First', startsAt: T0 + HOUR, reminders: [15] });
    const other = addActivity(core, { subject: 'Other', startsAt: T0 + 3 * HOUR, reminders: [0] });
    const { shown } = startScheduler(core, time);
    time.advance(10 * MINUTE);
    changeActivity(core, other, { subject: 'Other, renamed' });
    addActivity(core, { subject: 'Short notice', startsAt: T0 + 20 * MINUTE, reminders: [30] });
    time.advance(3 * HOUR);
    expect(shown.map((reminder) => [reminder.subject, reminder.shownAt])).toEqual([
      ['Short notice', T0 + 10 * MINUTE],
      ['First', T0 + 45 * MINUTE],
      ['Other, renamed', T0 + 3 * HOUR],
    ]);
  });

  it('rings a reminder that came due just as another activity was written, before its timer ran', () => {
    const { time, core } = setUp();
    addActivity(core, { subject: 'Due', startsAt: T0 + HOUR, reminders: [15] });
    const other = addActivity(core, { subject: 'Other', startsAt: T0 + 5 * HOUR, reminders: [15] });
    const { shown } = startScheduler(core, time, { maxTimerMs: 2 * HOUR });
    time.set(T0 + 45 * MINUTE);
    changeActivity(core, other, { location: 'Nantes' });
    expect(shown.map((reminder) => [reminder.subject, reminder.shownAt])).toEqual([['Due', T0 + 45 * MINUTE]]);
  });

  it('does not ring deleted activities, done tasks, notes, or other people’s activities it does not attend', () => {
    const { time, core } = setUp();
    const deleted = addActivity(core, { subject: 'Deleted', startsAt: T0 + HOUR, reminders: [15] });
    const task = addActivity(core, { kind: 'task', subject: 'Done task', startsAt: T0 + HOUR, reminders: [15] });
    addActivity(core, { kind: 'note', subject: 'A note', startsAt: T0 + HOUR, reminders: [15] });
    addActivity(core, { subject: 'Someone else’s', ownerId: '0190aaaa-0000-7000-8000-000000000001', startsAt: T0 + HOUR, reminders: [15] });
    addActivity(core, {
      subject: 'Someone else’s, which I attend',
      ownerId: '0190aaaa-0000-7000-8000-000000000001',
      attendees: [{ kind: 'user', id: core.userId }],
      startsAt: T0 + HOUR,
      reminders: [15],
    });
    addActivity(core, { subject: 'No reminder', startsAt: T0 + HOUR, reminders: [] });
    const { shown } = startScheduler(core, time);
    changeActivity(core, deleted, { deleted: 1 });
    changeActivity(core, task, { done_at: iso(T0 + MINUTE) });
    time.advance(2 * HOUR);
    expect(shown.map((reminder) => reminder.subject)).toEqual(['Someone else’s, which I attend']);
  });

  it('keeps its one timer short however far the next reminder is, and stops cleanly', () => {
    const { time, core } = setUp();
    addActivity(core, { startsAt: T0 + 40 * DAY, reminders: [0] });
    const { shown, scheduler } = startScheduler(core, time);
    expect(scheduler.armedFor()).toBe(T0 + 5 * MINUTE);
    time.advance(5 * MINUTE);
    expect(scheduler.armedFor()).toBe(T0 + 10 * MINUTE);
    // Weeks later (the timer kept looking every five minutes; here the clock is simply set).
    time.set(T0 + 40 * DAY - 2 * MINUTE);
    scheduler.rearm();
    expect(shown).toEqual([]);
    expect(scheduler.armedFor()).toBe(T0 + 40 * DAY);
    time.advance(2 * MINUTE);
    expect(shown.map((reminder) => [reminder.shownAt, reminder.missed])).toEqual([[T0 + 40 * DAY, false]]);
    scheduler.stop();
    expect(time.pendingTimers()).toBe(0);
    addActivity(core, { startsAt: time.clock.now() + HOUR, reminders: [0] });
    expect(time.pendingTimers()).toBe(0);
  });
});
