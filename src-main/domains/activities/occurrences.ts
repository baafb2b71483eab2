import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Activity } from '../../../src-shared/domain/activities';
import { parseRecurrence } from '../../../src-shared/domain/activity-span';
import {
  expandOccurrences,
  MS_PER_DAY,
  parseOccurrenceKey,
  toInstant,
  type EventTiming,
  type Occurrence,
  type OccurrenceKey,
  type OccurrenceOverride,
  type Recurrence,
} from '../../../src-shared/domain/recurrence';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { updateRecord } from '../../db/write-path';
import { IssueList } from '../common/validation';
import { syncBusySlot } from './busy-slots';
import { normalizeTiming, timingOfRow, type ActivityDbRow } from './mapping';
import { findActivityRow, getActivity } from './queries';

/**
 * The occurrence a key names, where the series plans it (its exceptions removed, single edits
 * aside); null when the series has none there. The series is expanded over the days around the
 * key's wall clock or date.
 */
export function plannedOccurrence(timing: EventTiming, recurrence: Recurrence, key: OccurrenceKey): Occurrence | null {
  const parsed = parseOccurrenceKey(key);
  if (!parsed || parsed.allDay !== timing.allDay) return null;
  // A wall clock read as UTC is within a day of its instant, whatever the zone.
  const centerMs = parsed.allDay ? parsed.day * MS_PER_DAY : parsed.localMs;
  const window = { from: toInstant(centerMs - 2 * MS_PER_DAY), to: toInstant(centerMs + 3 * MS_PER_DAY), timeZone: 'UTC' };
  const planned: Recurrence = { rule: recurrence.rule, exceptions: recurrence.exceptions ?? [] };
  return expandOccurrences(timing, planned, window).find((occurrence) => occurrence.key === key) ?? null;
}

const timingOfOccurrence = (occurrence: Occurrence): EventTiming =>
  occurrence.allDay
    ? { allDay: true, startDate: occurrence.startDate, endDate: occurrence.endDate }
    : { allDay: false, start: occurrence.start, end: occurrence.end, timeZone: occurrence.timeZone };

const sameTiming = (a: EventTiming, b: EventTiming): boolean =>
  a.allDay && b.allDay
    ? a.startDate === b.startDate && a.endDate === b.endDate
    : !a.allDay && !b.allDay && Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end) && a.timeZone === b.timeZone;

type Change = ApiParsedInput<'activities.editOccurrence'>['change'];
type Edited = Extract<OccurrenceOverride, { timing: EventTiming }>;

/**
 * The edit an occurrence has after a change of its time, subject or place: what the change does
 * not say stays as the occurrence had it (its previous edit, else the series' plan). A subject
 * or place equal to the series' is not kept (the occurrence follows the series' again); an edit
 * that leaves nothing of its own is no edit (null).
 */
function changedOverride(row: ActivityDbRow, planned: Occurrence, previous: OccurrenceOverride | undefined, change: Change): Edited | null {
  const base: Edited = previous && !previous.cancelled ? previous : { key: planned.key, timing: timingOfOccurrence(planned) };
  const next: Edited = { key: planned.key, timing: change.timing ? normalizeTiming(change.timing) : base.timing };
  const subject = change.subject ?? base.subject;
  if (subject !== undefined && subject !== row.subject) next.subject = subject;
  const location = change.location !== undefined ? change.location : base.location;
  if (location !== undefined && (location ?? null) !== (row.location ?? null)) next.location = location;
  const ownDetails = next.subject !== undefined || next.location !== undefined;
  return ownDetails || !sameTiming(next.timing, timingOfOccurrence(planned)) ? next : null;
}

/**
 * One occurrence of a series changed on its own: cancelled, given its own time (dragged in the
 * agenda), subject or place, or restored as the series has it. The series' other occurrences,
 * its exceptions and its other single edits stay as they are; a second edit of the same
 * occurrence builds on the first.
 */
export function editOccurrence(core: Core, input: ApiParsedInput<'activities.editOccurrence'>): Activity {
  const current = findActivityRow(core.read, core.userId, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Activity', input.id);
  const recurrence = parseRecurrence(current.recurrence);
  const timing = timingOfRow(current);
  const planned = recurrence && timing ? plannedOccurrence(timing, recurrence, input.occurrenceKey) : null;
  const issues = new IssueList();
  if (!recurrence || !timing) issues.add('occurrenceKey', 'invalid_value', 'this activity does not repeat: change it as a whole');
  else if (!planned) issues.add('occurrenceKey', 'not_found', 'the series has no occurrence at this date');
  issues.throwIfAny();
  if (!recurrence || !planned) return getActivity(core.read, core.userId, input.id);

  const { change } = input;
  const previous = (recurrence.overrides ?? []).find((existing) => existing.key === input.occurrenceKey);
  const override: OccurrenceOverride | null = change.cancelled
    ? { key: input.occurrenceKey, cancelled: true }
    : change.restore
      ? null
      : changedOverride(current, planned, previous, change);
  const others = (recurrence.overrides ?? []).filter((existing) => existing.key !== input.occurrenceKey);
  const overrides = [...others, ...(override ? [override] : [])].sort((a, b) => a.key.localeCompare(b.key));
  const { overrides: _previous, ...rest } = recurrence;
  const next: Recurrence = overrides.length > 0 ? { ...rest, overrides } : rest;
  const text = JSON.stringify(next);
  if (text === current.recurrence) return getActivity(core.read, core.userId, input.id);
  write(core, (tx) => {
    updateRecord(tx, 'activities', input.id, { recurrence: text });
    syncBusySlot(tx, input.id);
  });
  return getActivity(core.read, core.userId, input.id);
}
