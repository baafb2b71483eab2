/**
 * The activity dialog opened on one occurrence of a series (from the agenda): the draft shows
 * that occurrence — its date and time, its own subject and place when it was edited on its
 * own — and a save applies either to it alone (activities.editOccurrence: its time, subject and
 * place only) or to the whole series (activities.update: a changed time shifts the series by
 * the same amount, as dragging it would; the subject and place go to the series only when they
 * were changed here).
 */
import type { Activity } from '../../src-shared/domain/activities';
import type { EventTiming, OccurrenceKey, OccurrenceOverride, Recurrence } from '../../src-shared/domain/recurrence';
import { activityDraftFrom, activityUpdateInputOf, type ActivityDraft, type ActivityUpdateInput } from './activity-draft';
import { timingFieldsOf, timingOfFields, wallClockIn } from './activity-timing-fields';
import { recurrenceInput, ruleOfForm } from './recurrence-form';
import { shiftSeries } from './series-shift';

/** The occurrence the dialog was opened on: its key and where it is (as the agenda shows it). */
export type OpenedOccurrence = { key: OccurrenceKey; timing: EventTiming };

/** The single-occurrence edit an occurrence has, if any (cancelled ones are not shown, so not opened). */
export function overrideOf(activity: Activity, key: OccurrenceKey): Extract<OccurrenceOverride, { timing: EventTiming }> | null {
  const found = activity.recurrence?.overrides?.find((override) => override.key === key);
  return found && !found.cancelled ? found : null;
}

/** The occurrence's timing on the series' own clock (the agenda gives timed ones in the viewer's zone). */
function timingOnSeriesClock(activity: Activity, timing: EventTiming): EventTiming {
  if (timing.allDay || !activity.timing || activity.timing.allDay) return timing;
  return { ...timing, timeZone: activity.timing.timeZone };
}

/**
 * The draft of one occurrence: the series' fields (its repeat read against the series' first
 * day), at the occurrence's date and time, with the occurrence's own subject and place.
 */
export function occurrenceDraftOf(activity: Activity, occurrence: OpenedOccurrence, userZone: string): ActivityDraft {
  const series = activityDraftFrom(activity, userZone);
  const own = overrideOf(activity, occurrence.key);
  return {
    ...series,
    ...timingFieldsOf(timingOnSeriesClock(activity, occurrence.timing), userZone, activity.durationMinutes),
    subject: own?.subject ?? series.subject,
    location: own?.location !== undefined ? (own.location ?? '') : series.location,
  };
}

/** What a save changed compared with the occurrence as it opened. */
export type OccurrenceChanges = {
  /** Anything at all. */
  any: boolean;
  /** Only the time, the subject or the place changed: it can apply to this occurrence alone. */
  occurrenceCan: boolean;
  /** The new time (null: unchanged). */
  timing: EventTiming | null;
  subject: string | null;
  location: string | null;
  /** The repeat rule changed. */
  repeat: boolean;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function occurrenceChanges(opened: ActivityDraft, draft: ActivityDraft): OccurrenceChanges {
  const before = activityUpdateInputOf('', opened).patch;
  const after = activityUpdateInputOf('', draft).patch;
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => key !== 'recurrence' && !same(before[key], after[key]));
  const repeat = !same(opened.repeat, draft.repeat);
  const timing = changed.includes('timing') ? (timingOfFields(draft.kind, draft).timing ?? null) : null;
  return {
    any: changed.length > 0 || repeat,
    occurrenceCan: !repeat && changed.every((key) => key === 'timing' || key === 'subject' || key === 'location'),
    timing,
    subject: changed.includes('subject') ? draft.subject : null,
    location: changed.includes('location') ? draft.location : null,
    repeat,
  };
}

/** What activities.editOccurrence is sent for "this occurrence only". */
export function occurrenceChangeOf(changes: OccurrenceChanges): { timing?: EventTiming; subject?: string; location?: string } {
  return {
    ...(changes.timing ? { timing: changes.timing } : {}),
    ...(changes.subject !== null ? { subject: changes.subject } : {}),
    ...(changes.location !== null ? { location: changes.location } : {}),
  };
}

/** The first day of a timing, on its own clock. */
const firstDayOf = (timing: EventTiming) => (timing.allDay ? timing.startDate : wallClockIn(timing.start, timing.timeZone).date);

/**
 * The update of the whole series for "all occurrences": the draft's fields, the series' own
 * subject and place unless they were changed here, its timing shifted by the occurrence's change
 * of time, its repeat as edited. Null when the change cannot apply to the series (an occurrence
 * switched between all day and a time).
 */
export function seriesUpdateOf(activity: Activity, occurrence: OpenedOccurrence, draft: ActivityDraft, changes: OccurrenceChanges): ActivityUpdateInput | null {
  if (!activity.timing || !activity.recurrence) return null;
  let timing: EventTiming = activity.timing;
  let recurrence: Recurrence = activity.recurrence;
  if (changes.timing) {
    const moved = shiftSeries(activity.timing, activity.recurrence, timingOnSeriesClock(activity, occurrence.timing), changes.timing);
    if (!moved?.recurrence) return null;
    timing = moved.timing;
    recurrence = moved.recurrence;
  }
  const { patch } = activityUpdateInputOf(activity.id, draft);
  const rule = changes.repeat ? ruleOfForm(draft.repeat, firstDayOf(timing)) : recurrence.rule;
  return {
    id: activity.id,
    patch: {
      ...patch,
      subject: changes.subject ?? activity.subject,
      location: changes.location ?? activity.location,
      timing,
      recurrence: rule ? recurrenceInput({ ...recurrence, rule }) : null,
    },
  };
}
