import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, type TestCore } from '../../../../helpers/core';
import { activityState, coreAt, paris, ZONE } from './fixtures';

let core: TestCore;
beforeEach(() => {
  core = coreAt('2027-02-20T09:00:00.000Z').core;
});
afterEach(() => core.dispose());

const busyRow = (id: string) =>
  core.db.prepare('SELECT owner_id, all_day, starts_at, ends_at, start_date, end_date, time_zone, recurrence, deleted FROM busy_slots WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;

describe('busy slots of private activities', () => {
  it('follow the activity in the same transaction: made, moved, removed when shared or deleted, back when private again or restored', async () => {
    const meeting = await call(core, 'activities.create', { kind: 'meeting', subject: 'Médecin', scope: 'private', timing: paris('2027-03-02T08:30', 45) });
    expect(busyRow(meeting.id)).toEqual({
      owner_id: core.userId,
      all_day: 0,
      starts_at: '2027-03-02T07:30:00.000Z',
      ends_at: '2027-03-02T08:15:00.000Z',
      start_date: null,
      end_date: null,
      time_zone: ZONE,
      recurrence: null,
      deleted: 0,
    });
    const txns = core.db.prepare('SELECT DISTINCT txn FROM change_log WHERE row_id = ?').pluck().all(meeting.id);
    expect(txns).toHaveLength(1);
    // Only the time goes to the busy slot: never the subject, the notes, the place or the links.
    const logged = core.db.prepare("SELECT changes FROM change_log WHERE tbl = 'busy_slots' AND row_id = ?").pluck().get(meeting.id) as string;
    expect(Object.keys(JSON.parse(logged) as object).sort()).toEqual(['all_day', 'created_at', 'deleted', 'ends_at', 'owner_id', 'starts_at', 'time_zone']);

    await call(core, 'activities.update', { id: meeting.id, patch: { timing: { allDay: true, startDate: '2027-03-03', endDate: '2027-03-04' } } });
    expect(busyRow(meeting.id)).toMatchObject({ all_day: 1, starts_at: null, start_date: '2027-03-03', end_date: '2027-03-04', deleted: 0 });
    await call(core, 'activities.update', { id: meeting.id, patch: { scope: null } });
    expect(busyRow(meeting.id)?.deleted).toBe(1);
    await call(core, 'activities.update', { id: meeting.id, patch: { scope: 'private', location: 'Cabinet' } });
    expect(busyRow(meeting.id)?.deleted).toBe(0);
    await call(core, 'activities.delete', { ids: [meeting.id] });
    expect(busyRow(meeting.id)?.deleted).toBe(1);
    await call(core, 'activities.restore', { ids: [meeting.id] });
    expect(busyRow(meeting.id)).toMatchObject({ deleted: 0, start_date: '2027-03-03' });
  });

  it('exist only for what sits in the agenda at a time', async () => {
    const note = await call(core, 'activities.create', { kind: 'note', subject: 'Perso', scope: 'private' });
    const task = await call(core, 'activities.create', { kind: 'task', subject: 'Perso', scope: 'private' });
    const shared = await call(core, 'activities.create', { kind: 'meeting', subject: 'Équipe', timing: paris('2027-03-02T10:00') });
    expect([busyRow(note.id), busyRow(task.id), busyRow(shared.id)]).toEqual([undefined, undefined, undefined]);
    await call(core, 'activities.update', { id: task.id, patch: { timing: paris('2027-03-05T15:00', 0) } });
    expect(busyRow(task.id)).toMatchObject({ starts_at: '2027-03-05T14:00:00.000Z', deleted: 0 });
    await call(core, 'activities.update', { id: task.id, patch: { timing: null } });
    expect(busyRow(task.id)?.deleted).toBe(1);
  });
});

describe('single occurrences of a series', () => {
  const weekly = { rule: { frequency: 'weekly' as const, byDay: [{ weekday: 'MO' as const }], count: 6 }, exceptions: ['20270308T090000'] };
  const occurrencesOf = async (id: string) =>
    (await call(core, 'agenda.range', { from: '2027-02-28T00:00:00Z', to: '2027-04-30T00:00:00Z', timeZone: ZONE }))
      .filter((event) => event.activityId === id)
      .map((event) => [event.occurrenceKey, event.start]);

  it('moves or cancels one occurrence, keeps the exceptions, and a second edit replaces the first', async () => {
    const series = await call(core, 'activities.create', { kind: 'meeting', subject: 'Point hebdo', scope: 'private', timing: paris('2027-03-01T09:00', 30), recurrence: weekly });
    expect(await occurrencesOf(series.id)).toEqual([
      ['20270301T090000', '2027-03-01T08:00:00.000Z'],
      ['20270315T090000', '2027-03-15T08:00:00.000Z'],
      ['20270322T090000', '2027-03-22T08:00:00.000Z'],
      ['20270329T090000', '2027-03-29T07:00:00.000Z'],
      ['20270405T090000', '2027-04-05T07:00:00.000Z'],
    ]);
    const moved = await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { timing: paris('2027-03-16T14:00', 30) } });
    expect(moved.recurrence).toEqual({ ...weekly, overrides: [{ key: '20270315T090000', timing: paris('2027-03-16T14:00', 30) }] });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270322T090000', change: { cancelled: true } });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { timing: paris('2027-03-17T11:00', 30) } });
    expect(await occurrencesOf(series.id)).toEqual([
      ['20270301T090000', '2027-03-01T08:00:00.000Z'],
      ['20270315T090000', '2027-03-17T10:00:00.000Z'],
      ['20270329T090000', '2027-03-29T07:00:00.000Z'],
      ['20270405T090000', '2027-04-05T07:00:00.000Z'],
    ]);
    const stored = await call(core, 'activities.get', { id: series.id });
    expect(stored.recurrence?.exceptions).toEqual(['20270308T090000']);
    expect(stored.recurrence?.overrides).toEqual([
      { key: '20270315T090000', timing: paris('2027-03-17T11:00', 30) },
      { key: '20270322T090000', cancelled: true },
    ]);
    // The private series' busy slot repeats the same way.
    expect(JSON.parse(String(busyRow(series.id)?.recurrence))).toEqual(stored.recurrence);
  });

  it('refuses a key that is not an occurrence of the series, and a single activity, writing nothing', async () => {
    const series = await call(core, 'activities.create', { kind: 'meeting', subject: 'Point hebdo', timing: paris('2027-03-01T09:00', 30), recurrence: weekly });
    const single = await call(core, 'activities.create', { kind: 'meeting', subject: 'Unique', timing: paris('2027-03-01T09:00', 30) });
    const before = activityState(core);
    const refused = async (id: string, occurrenceKey: string) => {
      const error = await callError(core, 'activities.editOccurrence', { id, occurrenceKey, change: { cancelled: true } });
      return error.issues?.map((issue) => [issue.path, issue.code]);
    };
    // A Tuesday, another time of day, an exception, past the sixth occurrence, an all-day key on a timed series.
    for (const key of ['20270302T090000', '20270301T100000', '20270308T090000', '20270412T090000', '20270301']) {
      expect(await refused(series.id, key), key).toEqual([['occurrenceKey', 'not_found']]);
    }
    expect(await refused(single.id, '20270301T090000')).toEqual([['occurrenceKey', 'invalid_value']]);
    expect((await callError(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '2027-03-01', change: { cancelled: true } })).code).toBe('validation');
    expect(activityState(core)).toEqual(before);
  });

  it('gives one occurrence its own subject and place: the agenda and Today show them there only, later edits build on them, restore undoes them', async () => {
    const series = await call(core, 'activities.create', { kind: 'meeting', subject: 'Point hebdo', location: 'Salle A', timing: paris('2027-03-01T09:00', 30), recurrence: weekly });
    const edited = await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { subject: ' Revue budget ', location: 'Salle B' } });
    // The occurrence keeps the time the series planned; the subject is trimmed.
    expect(edited.recurrence?.overrides).toEqual([{ key: '20270315T090000', timing: paris('2027-03-15T09:00', 30), subject: 'Revue budget', location: 'Salle B' }]);
    expect(edited.subject).toBe('Point hebdo');
    const shown = async () =>
      (await call(core, 'agenda.range', { from: '2027-02-28T00:00:00Z', to: '2027-04-30T00:00:00Z', timeZone: ZONE }))
        .filter((event) => event.activityId === series.id)
        .map((event) => [event.occurrenceKey, event.start, event.subject, event.location]);
    expect(await shown()).toEqual([
      ['20270301T090000', '2027-03-01T08:00:00.000Z', 'Point hebdo', 'Salle A'],
      ['20270315T090000', '2027-03-15T08:00:00.000Z', 'Revue budget', 'Salle B'],
      ['20270322T090000', '2027-03-22T08:00:00.000Z', 'Point hebdo', 'Salle A'],
      ['20270329T090000', '2027-03-29T07:00:00.000Z', 'Point hebdo', 'Salle A'],
      ['20270405T090000', '2027-04-05T07:00:00.000Z', 'Point hebdo', 'Salle A'],
    ]);
    // Dragged afterwards: it keeps its own subject and place. A location emptied: none for it alone.
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { timing: paris('2027-03-16T14:00', 30) } });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270322T090000', change: { location: '' } });
    expect((await shown()).slice(1, 3)).toEqual([
      ['20270315T090000', '2027-03-16T13:00:00.000Z', 'Revue budget', 'Salle B'],
      ['20270322T090000', '2027-03-22T08:00:00.000Z', 'Point hebdo', null],
    ]);
    // The series' own subject again: the occurrence follows the series for it, and keeps its move.
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { subject: 'Point hebdo', location: 'Salle A' } });
    expect((await call(core, 'activities.get', { id: series.id })).recurrence?.overrides?.[0]).toEqual({ key: '20270315T090000', timing: paris('2027-03-16T14:00', 30) });
    // Restored: as the series has it, the edit gone; restoring again writes nothing.
    const restored = await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { restore: true } });
    expect(restored.recurrence?.overrides).toEqual([{ key: '20270322T090000', timing: paris('2027-03-22T09:00', 30), location: null }]);
    const before = activityState(core);
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { restore: true } });
    expect(activityState(core)).toEqual(before);
    expect((await shown())[1]).toEqual(['20270315T090000', '2027-03-15T08:00:00.000Z', 'Point hebdo', 'Salle A']);
  });

  it('shows today’s edited occurrence under its own subject on Today', async () => {
    const daily = await call(core, 'activities.create', {
      kind: 'meeting',
      subject: 'Stand-up',
      timing: paris('2027-02-19T09:30', 15),
      recurrence: { rule: { frequency: 'daily' } },
    });
    await call(core, 'activities.editOccurrence', { id: daily.id, occurrenceKey: '20270220T093000', change: { subject: 'Stand-up avec la direction' } });
    const today = await call(core, 'today.get', { timeZone: ZONE });
    expect(today.meetings.map((event) => [event.occurrenceKey, event.subject])).toEqual([['20270220T093000', 'Stand-up avec la direction']]);
  });

  it('refuses an empty subject, an unknown occurrence, and a change that says nothing or too much, writing nothing', async () => {
    const series = await call(core, 'activities.create', { kind: 'meeting', subject: 'Point hebdo', timing: paris('2027-03-01T09:00', 30), recurrence: weekly });
    const before = activityState(core);
    const issues = async (occurrenceKey: string, change: Record<string, unknown>) => {
      const error = await callError(core, 'activities.editOccurrence', { id: series.id, occurrenceKey, change } as never);
      return [error.code, error.issues?.map((issue) => issue.path)];
    };
    expect(await issues('20270315T090000', { subject: '   ' })).toEqual(['validation', ['change.subject']]);
    expect(await issues('20270316T090000', { subject: 'Revue' })).toEqual(['validation', ['occurrenceKey']]);
    expect(await issues('20270315T090000', {})).toEqual(['validation', ['change']]);
    expect(await issues('20270315T090000', { cancelled: true, subject: 'Revue' })).toEqual(['validation', ['change']]);
    expect(await issues('20270315T090000', { subject: 'x'.repeat(301) })).toEqual(['validation', ['change.subject']]);
    expect(activityState(core)).toEqual(before);
  });

  it('never lets a private occurrence’s own subject or place reach its busy slot', async () => {
    const series = await call(core, 'activities.create', { kind: 'meeting', subject: 'Médecin', scope: 'private', timing: paris('2027-03-01T09:00', 30), recurrence: weekly });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270315T090000', change: { subject: 'Dentiste', location: 'Cabinet Dr Martin', timing: paris('2027-03-15T11:00', 30) } });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270322T090000', change: { cancelled: true } });
    const slot = String(busyRow(series.id)?.recurrence);
    expect(slot).not.toContain('Dentiste');
    expect(slot).not.toContain('Cabinet');
    expect(JSON.parse(slot)).toEqual({
      ...weekly,
      overrides: [
        { key: '20270315T090000', timing: paris('2027-03-15T11:00', 30) },
        { key: '20270322T090000', cancelled: true },
      ],
    });
    const logged = core.db.prepare("SELECT changes FROM change_log WHERE tbl = 'busy_slots' AND row_id = ?").pluck().all(series.id) as string[];
    expect(logged.join('\n')).not.toContain('Dentiste');
  });

  it('works on all-day series by date', async () => {
    const series = await call(core, 'activities.create', {
      kind: 'visit',
      subject: 'Tournée Bretagne',
      timing: { allDay: true, startDate: '2027-03-01', endDate: '2027-03-03' },
      recurrence: { rule: { frequency: 'monthly', count: 3 } },
    });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270401', change: { timing: { allDay: true, startDate: '2027-04-05', endDate: '2027-04-06' } } });
    expect((await occurrencesOf(series.id)).map(([key, start]) => [key, start])).toEqual([
      ['20270301', '2027-03-01T00:00:00.000Z'],
      ['20270401', '2027-04-05T00:00:00.000Z'],
    ]);
    expect((await callError(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270402', change: { cancelled: true } })).issues?.[0]?.code).toBe('not_found');
  });
});
