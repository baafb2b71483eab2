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
  type OccurrenceKey,
  type OccurrenceOverride,
  type Recurrence,
} from '../../../src-shared/domain/recurrence';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { updateRecord } from '../../db/write-path';
import { IssueList } from '../common/validation';
import { syncBusySlot } from './busy-slots';
import { normalizeTiming, timingOfRow } from './mapping';
import { findActivityRow, getActivity } from './queries';

/**
 * Whether a key names an occurrence the series plans (its exceptions removed, single edits
 * aside): the series is expanded over the days around the key's wall clock or date.
 */
export function isOccurrenceOf(timing: EventTiming, recurrence: Recurrence, key: OccurrenceKey): boolean {
  const parsed = parseOccurrenceKey(key);
  if (!parsed || parsed.allDay !== timing.allDay) return false;
  // A wall clock read as UTC is within a day of its instant, whatever the zone.
  const centerMs = parsed.allDay ? parsed.day * MS_PER_DAY : parsed.localMs;
  const window = { from: toInstant(centerMs - 2 * MS_PER_DAY), to: toInstant(centerMs + 3 * MS_PER_DAY), timeZone: 'UTC' };
  const planned: Recurrence = { rule: recurrence.rule, exceptions: recurrence.exceptions ?? [] };
  return expandOccurrences(timing, planned, window).some((occurrence) => occurrence.key === key);
}

/**
 * One occurrence of a series changed on its own: cancelled, or moved (dragged in the agenda).
 * The series' other occurrences, its exceptions and its other single edits stay as they are; a
 * second edit of the same occurrence replaces the first.
 */
export function editOccurrence(core: Core, input: ApiParsedInput<'activities.editOccurrence'>): Activity {
  const current = findActivityRow(core.read, core.userId, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Activity', input.id);
  const recurrence = parseRecurrence(current.recurrence);
  const timing = timingOfRow(current);
  const issues = new IssueList();
  if (!recurrence || !timing) issues.add('occurrenceKey', 'invalid_value', 'this activity does not repeat: change it as a whole');
  else if (!isOccurrenceOf(timing, recurrence, input.occurrenceKey)) issues.add('occurrenceKey', 'not_found', 'the series has no occurrence at this date');
  issues.throwIfAny();
  if (!recurrence) return getActivity(core.read, core.userId, input.id);

  const override: OccurrenceOverride =
    'cancelled' in input.change ? { key: input.occurrenceKey, cancelled: true } : { key: input.occurrenceKey, timing: normalizeTiming(input.change.timing) };
  const overrides = [...(recurrence.overrides ?? []).filter((existing) => existing.key !== input.occurrenceKey), override].sort((a, b) =>
    a.key.localeCompare(b.key),
  );
  const next: Recurrence = { ...recurrence, overrides };
  write(core, (tx) => {
    updateRecord(tx, 'activities', input.id, { recurrence: JSON.stringify(next) });
    syncBusySlot(tx, input.id);
  });
  return getActivity(core.read, core.userId, input.id);
}
