/**
 * An activity's occurrences as reminders see them: its timing read from the row, expanded in a
 * window (a series per occurrence, in its own zone across daylight-saving changes), or one
 * occurrence found again by its key.
 */
import { eventTimingOf, parseRecurrence } from '../../../src-shared/domain/activity-span';
import {
  expandOccurrences,
  MS_PER_DAY,
  parseInstant,
  parseOccurrenceKey,
  toInstant,
  type EventTiming,
  type Occurrence,
  type OccurrenceKey,
  type Recurrence,
} from '../../../src-shared/domain/recurrence';
import type { ReminderActivityRow } from './queries';
import { reminderBaseMs } from './rules';

export type ActivityTiming = { timing: EventTiming; recurrence: Recurrence | null };

export function timingOf(row: ReminderActivityRow): ActivityTiming | null {
  const timing = eventTimingOf({
    allDay: row.all_day === 1,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    startDate: row.start_date,
    endDate: row.end_date,
    timeZone: row.time_zone,
  });
  return timing ? { timing, recurrence: parseRecurrence(row.recurrence) } : null;
}

/** An occurrence with the instant its reminders count back from. */
export type ReminderOccurrence = { occurrence: Occurrence; key: OccurrenceKey | null; baseMs: number };

/** The occurrences whose reminder base falls in [fromMs, toMs); the key is null for a single activity. */
export function occurrencesBetween(activity: ActivityTiming, timeZone: string, fromMs: number, toMs: number): ReminderOccurrence[] {
  // An all-day occurrence's base is 09:00 on its first day: the day starts up to a day earlier.
  const window = { from: toInstant(fromMs - MS_PER_DAY), to: toInstant(toMs), timeZone };
  return expandOccurrences(activity.timing, activity.recurrence, window).flatMap((occurrence) => {
    const baseMs = reminderBaseMs(occurrence, timeZone);
    if (baseMs === null || baseMs < fromMs || baseMs >= toMs) return [];
    return [{ occurrence, key: activity.recurrence ? occurrence.key : null, baseMs }];
  });
}

/** Roughly when a timing starts (ms), to expand a window around it. */
function roughStartMs(timing: EventTiming): number | null {
  if (!timing.allDay) return parseInstant(timing.start);
  const ms = Date.parse(`${timing.startDate}T00:00:00Z`);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * One occurrence by its key (null: the activity itself when it does not repeat); null when it
 * no longer exists (cancelled, excluded, or the activity changed shape).
 */
export function occurrenceByKey(activity: ActivityTiming, key: OccurrenceKey | null, timeZone: string): ReminderOccurrence | null {
  if ((key === null) !== (activity.recurrence === null)) return null;
  const around: number[] = [];
  if (key === null) {
    const start = roughStartMs(activity.timing);
    if (start !== null) around.push(start);
  } else {
    const parsed = parseOccurrenceKey(key);
    if (parsed) around.push(parsed.allDay ? parsed.day * MS_PER_DAY : parsed.localMs);
    const moved = activity.recurrence?.overrides?.find((override) => override.key === key);
    if (moved && !moved.cancelled) {
      const start = roughStartMs(moved.timing);
      if (start !== null) around.push(start);
    }
  }
  for (const ms of around) {
    const window = { from: toInstant(ms - 2 * MS_PER_DAY), to: toInstant(ms + 2 * MS_PER_DAY), timeZone };
    const found = expandOccurrences(activity.timing, activity.recurrence, window).find((occurrence) => key === null || occurrence.key === key);
    const baseMs = found ? reminderBaseMs(found, timeZone) : null;
    if (found && baseMs !== null) return { occurrence: found, key, baseMs };
  }
  return null;
}

/** What a reminder says the activity's time is: a timed start, or an all-day first date at midnight UTC. */
export function startsAtOf(occurrence: Occurrence): string {
  return occurrence.allDay ? `${occurrence.startDate}T00:00:00.000Z` : occurrence.start;
}
