import { describe, expect, it } from 'vitest';
import { activityUpdateInput } from '../../../../src-shared/contract/inputs/activities';
import type { Activity } from '../../../../src-shared/domain/activities';
import type { EventTiming } from '../../../../src-shared/domain/recurrence';
import { mapActivityIssues } from '../../../../src-renderer/lib/activity-issues';
import { movedStart } from '../../../../src-renderer/lib/activity-timing-fields';
import { occurrenceChangeOf, occurrenceChanges, occurrenceDraftOf, seriesUpdateOf, type OpenedOccurrence } from '../../../../src-renderer/lib/occurrence-edit';

const zone = 'Europe/Paris';
const paris = (start: string, end: string): EventTiming => ({ allDay: false, start, end, timeZone: zone });

/** A weekly Tuesday meeting at 10:00 in Paris; its 15 January occurrence has its own subject and place. */
function series(patch: Partial<Activity> = {}): Activity {
  return {
    id: '0190a000-0000-7000-8000-0000000000aa',
    kind: 'meeting',
    subject: 'Réunion d’équipe',
    notes: null,
    owner: { id: '0190a000-0000-7000-8000-000000000001', displayName: 'Léa' },
    scope: null,
    contact: null,
    company: null,
    deal: null,
    timing: paris('2030-01-01T09:00:00.000Z', '2030-01-01T10:00:00.000Z'),
    recurrence: {
      rule: { frequency: 'weekly' },
      exceptions: ['20300122T100000'],
      overrides: [{ key: '20300115T100000', timing: paris('2030-01-15T09:00:00.000Z', '2030-01-15T10:00:00.000Z'), subject: 'Réunion budget', location: 'Salle B' }],
    },
    location: 'Salle A',
    attendees: [],
    priority: null,
    doneAt: null,
    direction: null,
    durationMinutes: null,
    outcome: null,
    reminders: [15],
    followUpOf: null,
    icalUid: null,
    createdAt: '2029-12-01T09:00:00.000Z',
    updatedAt: '2029-12-01T09:00:00.000Z',
    deleted: false,
    ...patch,
  };
}

// The agenda gives a timed occurrence in the viewer's zone, here New York's.
const eighth: OpenedOccurrence = {
  key: '20300108T100000',
  timing: { allDay: false, start: '2030-01-08T09:00:00.000Z', end: '2030-01-08T10:00:00.000Z', timeZone: 'America/New_York' },
};
const fifteenth: OpenedOccurrence = { key: '20300115T100000', timing: paris('2030-01-15T09:00:00.000Z', '2030-01-15T10:00:00.000Z') };

describe('the activity dialog on one occurrence', () => {
  it('shows the occurrence’s date and time on the series’ clock, and its own subject and place', () => {
    const plain = occurrenceDraftOf(series(), eighth, 'America/New_York');
    expect([plain.startDate, plain.startTime, plain.endTime, plain.timeZone, plain.subject, plain.location]).toEqual(['2030-01-08', '10:00', '11:00', zone, 'Réunion d’équipe', 'Salle A']);
    const edited = occurrenceDraftOf(series(), fifteenth, zone);
    expect([edited.startDate, edited.subject, edited.location]).toEqual(['2030-01-15', 'Réunion budget', 'Salle B']);
    // The repeat is read against the series' first day.
    expect(edited.repeat.weekdays).toEqual(['TU']);
  });

  it('tells what a save changed: nothing, what one occurrence can take, or what only the series can', () => {
    const opened = occurrenceDraftOf(series(), eighth, zone);
    expect(occurrenceChanges(opened, opened)).toMatchObject({ any: false, occurrenceCan: true });
    const retitled = occurrenceChanges(opened, { ...opened, subject: 'Réunion budget', location: '' });
    expect(retitled).toMatchObject({ any: true, occurrenceCan: true, timing: null, subject: 'Réunion budget', location: '' });
    expect(occurrenceChangeOf(retitled)).toEqual({ subject: 'Réunion budget', location: '' });
    const later = occurrenceChanges(opened, { ...opened, ...movedStart(opened, { startTime: '14:30' }) });
    expect(occurrenceChangeOf(later)).toEqual({ timing: paris('2030-01-08T13:30:00.000Z', '2030-01-08T14:30:00.000Z') });
    expect(occurrenceChanges(opened, { ...opened, notes: 'Ordre du jour' })).toMatchObject({ any: true, occurrenceCan: false });
    expect(occurrenceChanges(opened, { ...opened, repeat: { ...opened.repeat, interval: '2' } })).toMatchObject({ any: true, occurrenceCan: false, repeat: true });
  });

  it('applies a change to all occurrences: a new time shifts the series, its edits follow, the subject goes to the series only when changed here', () => {
    const activity = series();
    const opened = occurrenceDraftOf(activity, eighth, zone);
    const draft = { ...opened, ...movedStart(opened, { startDate: '2030-01-09', startTime: '11:00' }), notes: 'Ordre du jour' };
    const update = seriesUpdateOf(activity, eighth, draft, occurrenceChanges(opened, draft));
    expect(update?.patch).toMatchObject({
      subject: 'Réunion d’équipe',
      location: 'Salle A',
      notes: 'Ordre du jour',
      timing: paris('2030-01-02T10:00:00.000Z', '2030-01-02T11:00:00.000Z'),
      recurrence: {
        rule: { frequency: 'weekly' },
        exceptions: ['20300123T110000'],
        overrides: [{ key: '20300116T110000', subject: 'Réunion budget', location: 'Salle B' }],
      },
    });
    expect(activityUpdateInput.safeParse(update).success).toBe(true);

    // On the edited occurrence, changing the notes for all keeps the series' own subject and place.
    const onEdited = occurrenceDraftOf(activity, fifteenth, zone);
    const notes = { ...onEdited, notes: 'Ordre du jour' };
    expect(seriesUpdateOf(activity, fifteenth, notes, occurrenceChanges(onEdited, notes))?.patch).toMatchObject({
      subject: 'Réunion d’équipe',
      location: 'Salle A',
      timing: activity.timing,
    });
    // A changed repeat is read against the series' (shifted) first day.
    const everyOther = { ...opened, repeat: { ...opened.repeat, interval: '2' } };
    expect(seriesUpdateOf(activity, eighth, everyOther, occurrenceChanges(opened, everyOther))?.patch.recurrence?.rule).toEqual({ frequency: 'weekly', interval: 2 });
  });

  it('cannot apply a switch between all day and a time to the series', () => {
    const activity = series();
    const opened = occurrenceDraftOf(activity, eighth, zone);
    const allDay = { ...opened, allDay: true, endDate: opened.startDate };
    expect(seriesUpdateOf(activity, eighth, allDay, occurrenceChanges(opened, allDay))).toBeNull();
  });

  it('puts the core’s issues on one occurrence’s change back onto the dialog’s fields', () => {
    expect(mapActivityIssues([{ path: 'change.subject', code: 'required', message: '' }]).map((issue) => issue.path)).toEqual(['subject']);
  });
});
