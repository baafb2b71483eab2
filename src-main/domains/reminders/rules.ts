/**
 * When reminders ring, as plain rules on numbers (epoch milliseconds): which reminder times an
 * occurrence has, whether a user's acknowledgement covers one, and whether one that is already
 * past is still worth showing.
 */
import { MAX_REMINDER_MINUTES, MAX_REMINDERS } from '../../../src-shared/domain/activities';
import { dayOfDate, instantOfLocal, MS_PER_DAY, parseInstant, type Occurrence } from '../../../src-shared/domain/recurrence';

const MINUTE_MS = 60_000;

/** Reminders missed longer ago than this are not shown any more (at start, after sleep). */
export const MISSED_LOOKBACK_MS = 7 * MS_PER_DAY;
/** The longest a reminder may come before its activity. */
export const MAX_OFFSET_MS = MAX_REMINDER_MINUTES * MINUTE_MS;
/** All-day activities are reminded relative to this hour of their first day, in the user's zone. */
export const ALL_DAY_REMINDER_HOUR = 9;
/** A reminder shown later than this after its time is marked missed when nothing else says why. */
export const MISSED_AFTER_MS = 60_000;

/** The reminder offsets stored on an activity (JSON minutes), cleaned: whole minutes in range, longest first. */
export function reminderOffsets(text: string | null | undefined): number[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const minutes = value.filter((item): item is number => Number.isInteger(item) && item >= 0 && item <= MAX_REMINDER_MINUTES);
  return [...new Set(minutes)].sort((a, b) => b - a).slice(0, MAX_REMINDERS);
}

/**
 * The instant reminders of an occurrence count back from: a timed occurrence's start, or 09:00
 * on an all-day occurrence's first day in the user's zone.
 */
export function reminderBaseMs(occurrence: Occurrence, timeZone: string): number | null {
  if (!occurrence.allDay) return parseInstant(occurrence.start);
  const day = dayOfDate(occurrence.startDate);
  return day === null ? null : instantOfLocal(day * MS_PER_DAY + ALL_DAY_REMINDER_HOUR * 3_600_000, timeZone);
}

/** The reminder times of an occurrence starting (for reminders) at `baseMs`, earliest first. */
export function reminderTimes(baseMs: number, offsets: readonly number[]): number[] {
  return offsets.map((minutes) => baseMs - minutes * MINUTE_MS).sort((a, b) => a - b);
}

/** A user's answer to the reminders of one occurrence (a reminder_acks row). */
export type ReminderAck = { remindAtMs: number; state: 'dismissed' | 'snoozed'; snoozedUntilMs: number | null };

/**
 * Whether an acknowledgement silences the reminder at `remindAtMs`: it answered this time or a
 * later one. A snoozed reminder then rings once more, at the end of the snooze (see snoozeRing).
 */
export function ackCovers(ack: ReminderAck | undefined, remindAtMs: number): boolean {
  return ack !== undefined && ack.remindAtMs >= remindAtMs;
}

/** When a snoozed reminder rings again, or null when the ack is not a snooze. */
export function snoozeRing(ack: ReminderAck | undefined): number | null {
  return ack?.state === 'snoozed' && ack.snoozedUntilMs !== null ? ack.snoozedUntilMs : null;
}

/**
 * Whether a reminder whose time has come is worth showing now. A reminder in the last
 * `MISSED_LOOKBACK_MS` is, when the activity existed at that time (it was missed); one whose
 * time passed before the activity was written (a meeting logged afterwards, or planned at short
 * notice) only while the activity is still ahead.
 */
export function worthShowing(reminder: { ringAtMs: number; baseMs: number; createdAtMs: number; snoozed: boolean }, nowMs: number): boolean {
  if (reminder.ringAtMs > nowMs || reminder.ringAtMs < nowMs - MISSED_LOOKBACK_MS) return false;
  if (reminder.snoozed) return true;
  return reminder.ringAtMs >= reminder.createdAtMs || reminder.baseMs >= nowMs;
}
