import { describe, expect, it } from 'vitest';
import { activityCreateInput, activityUpdateInput } from '../../../../src-shared/contract/inputs/activities';
import type { Activity } from '../../../../src-shared/domain/activities';
import {
  activityCreateInputOf,
  activityDraftFrom,
  activityUpdateInputOf,
  emptyActivityDraft,
  validateActivityDraft,
  type ActivityDraft,
} from '../../../../src-renderer/lib/activity-draft';
import { activityIssueKey, mapActivityIssues } from '../../../../src-renderer/lib/activity-issues';
import { movedStart } from '../../../../src-renderer/lib/activity-timing-fields';

const zone = 'Europe/Paris';
const owner = '0190a000-0000-7000-8000-000000000001';
const now = new Date('2027-03-24T15:12:00Z');

function draft(patch: Partial<ActivityDraft>, kind: ActivityDraft['kind'] = 'meeting'): ActivityDraft {
  return { ...emptyActivityDraft({ kind }, { ownerId: owner, timeZone: zone, now }), subject: 'Point trimestriel', ...patch };
}

const paths = (value: ActivityDraft, mode: 'create' | 'edit' = 'create') => validateActivityDraft(value, mode).map((issue) => `${issue.path}:${issue.code}`);

function activity(patch: Partial<Activity>): Activity {
  return {
    id: '0190a000-0000-7000-8000-0000000000aa',
    kind: 'meeting',
    subject: 'Salon',
    notes: null,
    owner: { id: owner, displayName: 'Léa' },
    scope: null,
    contact: null,
    company: null,
    deal: null,
    timing: null,
    recurrence: null,
    location: null,
    attendees: [],
    priority: null,
    doneAt: null,
    direction: null,
    durationMinutes: null,
    outcome: null,
    reminders: [],
    followUpOf: null,
    icalUid: null,
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-01T00:00:00Z',
    deleted: false,
    ...patch,
  };
}

describe('a new activity’s draft', () => {
  it('starts a meeting at the next full hour for an hour, with a reminder a quarter of an hour before', () => {
    const meeting = emptyActivityDraft({ kind: 'meeting' }, { ownerId: owner, timeZone: zone, now });
    expect(meeting).toMatchObject({ allDay: false, startDate: '2027-03-24', startTime: '17:00', endDate: '2027-03-24', endTime: '18:00', timeZone: zone, reminders: [15] });
  });

  it('is due today for a task, and happened now for a call', () => {
    expect(emptyActivityDraft({ kind: 'task' }, { ownerId: owner, timeZone: zone, now })).toMatchObject({ startDate: '2027-03-24', startTime: '', reminders: [] });
    expect(emptyActivityDraft({ kind: 'call' }, { ownerId: owner, timeZone: zone, now })).toMatchObject({ startDate: '2027-03-24', startTime: '16:10' });
  });

  it('takes the timing it was opened with (a slot selected in the agenda)', () => {
    const opened = emptyActivityDraft({ kind: 'meeting', timing: { allDay: true, startDate: '2027-04-05', endDate: '2027-04-08' } }, { ownerId: owner, timeZone: zone, now });
    expect(opened).toMatchObject({ allDay: true, startDate: '2027-04-05', endDate: '2027-04-07' });
    expect(activityCreateInputOf({ ...opened, subject: 'Salon' }).timing).toEqual({ allDay: true, startDate: '2027-04-05', endDate: '2027-04-08' });
  });
});

describe('the input a draft becomes', () => {
  it('reads the typed wall clock in the activity’s zone, on either side of a daylight-saving change', () => {
    const winter = activityCreateInputOf(draft({ startDate: '2027-03-27', startTime: '10:00', endDate: '2027-03-27', endTime: '11:30' }));
    expect(winter.timing).toEqual({ allDay: false, start: '2027-03-27T09:00:00.000Z', end: '2027-03-27T10:30:00.000Z', timeZone: zone });
    const summer = activityCreateInputOf(draft({ startDate: '2027-03-28', startTime: '10:00', endDate: '2027-03-28', endTime: '11:30' }));
    expect(summer.timing).toMatchObject({ start: '2027-03-28T08:00:00.000Z', end: '2027-03-28T09:30:00.000Z' });
  });

  it('sends only the fields its kind has, and the contract accepts them', () => {
    const meeting = activityCreateInputOf(draft({ location: 'Lyon', attendees: [{ kind: 'user', id: owner, name: 'Léa' }] }));
    expect(Object.keys(meeting).sort()).toEqual(['attendees', 'companyId', 'contactId', 'dealId', 'kind', 'location', 'notes', 'ownerId', 'recurrence', 'reminders', 'scope', 'subject', 'timing']);
    expect(meeting.attendees).toEqual([{ kind: 'user', id: owner }]);
    expect(activityCreateInput.safeParse(meeting).success).toBe(true);

    const task = activityCreateInputOf(draft({ startDate: '2027-03-26', startTime: '', priority: 'high', done: true, location: 'ignored' }, 'task'));
    expect(task).toMatchObject({ kind: 'task', done: true, priority: 'high', timing: { allDay: true, startDate: '2027-03-26', endDate: '2027-03-27' } });
    expect(task).not.toHaveProperty('location');
    expect(activityCreateInput.safeParse(task).success).toBe(true);

    const undated = activityCreateInputOf(draft({ startDate: '', reminders: [15] }, 'task'));
    expect(undated).toMatchObject({ timing: null, reminders: [] });

    const call = activityCreateInputOf(draft({ startDate: '2027-03-24', startTime: '14:00', duration: '25', outcome: 'interested', direction: 'inbound' }, 'call'));
    expect(call).toMatchObject({ durationMinutes: 25, outcome: 'interested', direction: 'inbound', timing: { start: '2027-03-24T13:00:00.000Z', end: '2027-03-24T13:25:00.000Z' } });
    expect(call).not.toHaveProperty('recurrence');

    const note = activityCreateInputOf(draft({}, 'note'));
    expect(Object.keys(note).sort()).toEqual(['companyId', 'contactId', 'dealId', 'kind', 'notes', 'ownerId', 'scope', 'subject', 'timing']);
  });

  it('shares with the office by default, and keeps a private one private', () => {
    expect(activityCreateInputOf(draft({})).scope).toBeNull();
    const update = activityUpdateInputOf('0190a000-0000-7000-8000-0000000000aa', draft({ scope: 'private' }));
    expect(update.patch.scope).toBe('private');
    expect(activityUpdateInput.safeParse(update).success).toBe(true);
  });
});

describe('what is wrong with a draft, on the dialog’s fields', () => {
  it('names the subject, a missing date and an end before the start', () => {
    expect(paths(draft({}))).toEqual([]);
    expect(paths(draft({ subject: '  ' }))).toContain('subject:required');
    expect(paths(draft({ startDate: '' }))).toContain('start:required');
    const backwards = paths(draft({ startDate: '2027-03-24', startTime: '15:00', endDate: '2027-03-24', endTime: '14:00' }));
    expect(backwards).toContain('end:invalid_value');
    expect(activityIssueKey('end', 'invalid_value')).toBe('agenda.activity.errors.endBeforeStart');
    expect(paths(draft({ allDay: true, startDate: '2027-03-24', endDate: '2027-03-20' }))).toContain('end:invalid_value');
  });

  it('names a repeat without its end date, a duration that is not minutes', () => {
    const repeat = { ...draft({}).repeat, frequency: 'weekly' as const, end: 'until' as const, until: '' };
    expect(paths(draft({ repeat }))).toContain('recurrence:required');
    expect(paths(draft({ startDate: '2027-03-24', startTime: '10:00', duration: 'dix' }, 'call'))).toContain('durationMinutes:too_short');
  });

  it('puts the core’s issues on the fields they are about', () => {
    const issues = mapActivityIssues([
      { path: 'patch.timing.end', code: 'invalid_value', message: '' },
      { path: 'timing', code: 'required', message: '' },
      { path: 'contactId', code: 'not_found', message: '' },
      { path: 'attendees.1.id', code: 'not_found', message: '' },
      { path: 'recurrence.rule.interval', code: 'invalid_value', message: '' },
      { path: 'reminders', code: 'invalid_value', message: '' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['end', 'start', 'contact', 'attendees', 'recurrence', 'reminders']);
  });
});

describe('an activity read into the dialog and saved back', () => {
  it('shows an all-day event’s last day, and sends the same dates back', () => {
    const read = activityDraftFrom(activity({ timing: { allDay: true, startDate: '2027-01-04', endDate: '2027-01-07' } }), zone);
    expect(read).toMatchObject({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-06' });
    expect(activityUpdateInputOf('x', read).patch.timing).toEqual({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-07' });
  });

  it('keeps a meeting planned in another zone on that zone’s clock', () => {
    const read = activityDraftFrom(activity({ timing: { allDay: false, start: '2027-03-24T14:00:00.000Z', end: '2027-03-24T15:00:00.000Z', timeZone: 'America/New_York' } }), zone);
    expect(read).toMatchObject({ startTime: '10:00', endTime: '11:00', timeZone: 'America/New_York' });
    expect(activityUpdateInputOf('x', read).patch.timing).toEqual({ allDay: false, start: '2027-03-24T14:00:00.000Z', end: '2027-03-24T15:00:00.000Z', timeZone: 'America/New_York' });
  });

  it('keeps a series’ moved and cancelled occurrences when it is saved', () => {
    const overrides = [{ key: '20270331T100000', cancelled: true as const }];
    const read = activityDraftFrom(
      activity({ timing: { allDay: false, start: '2027-03-24T09:00:00.000Z', end: '2027-03-24T10:00:00.000Z', timeZone: zone }, recurrence: { rule: { frequency: 'weekly' }, exceptions: ['20270407T100000'], overrides } }),
      zone,
    );
    expect(read.repeat.frequency).toBe('weekly');
    expect(activityUpdateInputOf('x', read).patch.recurrence).toEqual({ rule: { frequency: 'weekly' }, exceptions: ['20270407T100000'], overrides });
  });

  it('moves a meeting’s end with its start, keeping its length', () => {
    const meeting = draft({ startDate: '2027-03-24', startTime: '10:00', endDate: '2027-03-24', endTime: '11:30' });
    expect(movedStart(meeting, { startTime: '16:00' })).toMatchObject({ startTime: '16:00', endDate: '2027-03-24', endTime: '17:30' });
    expect(movedStart(meeting, { startDate: '2027-03-31' })).toMatchObject({ startDate: '2027-03-31', endDate: '2027-03-31', endTime: '11:30' });
  });

  it('keeps the length while a start time is typed key by key, in the ways people type times', () => {
    let typing = draft({ startDate: '2027-03-24', startTime: '10:00', endDate: '2027-03-24', endTime: '11:30' });
    for (const startTime of ['1', '14', '14:', '14:3', '14:30']) typing = { ...typing, startTime, ...movedStart(typing, { startTime }) };
    expect([typing.startTime, typing.endTime]).toEqual(['14:30', '16:00']);
    const typed = activityCreateInputOf({ ...typing, startTime: '9h05', endTime: '1030' });
    expect(typed.timing).toMatchObject({ start: '2027-03-24T08:05:00.000Z', end: '2027-03-24T09:30:00.000Z' });
    expect(paths({ ...typing, startTime: '25:00' })).toContain('start:invalid_date');
  });
});
