/**
 * The reminders of a user over a stretch of time: every reminder time of every occurrence of
 * their activities that no acknowledgement silences, and the snoozes that end. Shared by the
 * scheduler (what to ring and when) and `reminders.pending`.
 */
import type { ActivityKind, DueReminder } from '../../../src-shared/domain/activities';
import { toInstant, type OccurrenceKey } from '../../../src-shared/domain/recurrence';
import type { ReadDb } from '../../db/handles';
import { occurrenceByKey, occurrencesBetween, startsAtOf, timingOf, type ReminderOccurrence } from './occurrences';
import { ackKey, acksOf, activitiesByIds, linkedRecords, remindableActivities, ringsFor, snoozesEndingIn, type AckEntry, type ReminderActivityRow } from './queries';
import { ackCovers, reminderOffsets, reminderTimes } from './rules';

/** One time a reminder rings. */
export type Ring = {
  activity: ReminderActivityRow;
  occurrenceKey: OccurrenceKey | null;
  occurrence: ReminderOccurrence;
  ringAtMs: number;
  /** The end of a snooze, rather than one of the activity's reminder times. */
  snoozed: boolean;
  createdAtMs: number;
};

export type ReminderScope = { userId: string; timeZone: string };

/** Identifies one ring: the same reminder is never shown twice, a snooze ending rings again. */
export const ringKey = (ring: Pick<Ring, 'activity' | 'occurrenceKey' | 'ringAtMs'>): string => `${ackKey(ring.activity.id, ring.occurrenceKey)}@${ring.ringAtMs}`;

const createdMs = (row: ReminderActivityRow): number => {
  const ms = Date.parse(row.created_at);
  return Number.isFinite(ms) ? ms : 0;
};

/** Ring windows: occurrences whose reminder base is in [startFromMs, startToMs), snoozes ending in [snoozeFromMs, snoozeToMs). */
export type RingWindows = { startFromMs: number; startToMs: number; snoozeFromMs: number; snoozeToMs: number };

/** The reminder times of a row's occurrences in the window that its user's answers leave ringing. */
function baseRings(row: ReminderActivityRow, acks: ReadonlyMap<string, AckEntry>, scope: ReminderScope, windows: RingWindows): Ring[] {
  const offsets = reminderOffsets(row.reminders);
  const activity = timingOf(row);
  if (offsets.length === 0 || !activity) return [];
  const rings: Ring[] = [];
  for (const occurrence of occurrencesBetween(activity, scope.timeZone, windows.startFromMs, windows.startToMs)) {
    const ack = acks.get(ackKey(row.id, occurrence.key))?.ack;
    for (const ringAtMs of reminderTimes(occurrence.baseMs, offsets)) {
      if (!ackCovers(ack, ringAtMs)) rings.push({ activity: row, occurrenceKey: occurrence.key, occurrence, ringAtMs, snoozed: false, createdAtMs: createdMs(row) });
    }
  }
  return rings;
}

/** Whether a row still rings for the user at all (deleted, done or reminder-less activities do not). */
function stillRemindable(row: ReminderActivityRow, userId: string): boolean {
  const scheduled = row.kind === 'meeting' || row.kind === 'visit' || row.kind === 'call' || (row.kind === 'task' && row.done_at === null);
  return row.deleted === 0 && scheduled && reminderOffsets(row.reminders).length > 0 && ringsFor(row, userId);
}

/** The ring at the end of a snooze, when its activity and occurrence are still there. */
function snoozeRing(row: ReminderActivityRow | undefined, entry: AckEntry, scope: ReminderScope): Ring[] {
  const activity = row && stillRemindable(row, scope.userId) ? timingOf(row) : null;
  const occurrence = activity ? occurrenceByKey(activity, entry.occurrenceKey, scope.timeZone) : null;
  if (!row || !occurrence || entry.ack.snoozedUntilMs === null) return [];
  return [{ activity: row, occurrenceKey: entry.occurrenceKey, occurrence, ringAtMs: entry.ack.snoozedUntilMs, snoozed: true, createdAtMs: createdMs(row) }];
}

/** Every ring of the user in the windows, read through the span indexes. */
export function userRings(db: ReadDb, scope: ReminderScope, windows: RingWindows): Ring[] {
  const rows = remindableActivities(db, scope.userId, toInstant(windows.startFromMs), toInstant(windows.startToMs));
  const acks = acksOf(
    db,
    scope.userId,
    rows.map((row) => row.id),
  );
  const snoozes = snoozesEndingIn(db, scope.userId, toInstant(windows.snoozeFromMs), toInstant(windows.snoozeToMs));
  const snoozed = activitiesByIds(
    db,
    snoozes.map((entry) => entry.activityId),
  );
  return [...rows.flatMap((row) => baseRings(row, acks, scope, windows)), ...snoozes.flatMap((entry) => snoozeRing(snoozed.get(entry.activityId), entry, scope))];
}

/** The rings of some activities only (those a write just changed), read by id. */
export function activityRings(db: ReadDb, scope: ReminderScope, ids: readonly string[], windows: RingWindows): Ring[] {
  const rows = [...activitiesByIds(db, ids).values()].filter((row) => stillRemindable(row, scope.userId));
  const acks = acksOf(
    db,
    scope.userId,
    rows.map((row) => row.id),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const snoozes = [...acks.values()].filter(({ ack }) => ack.snoozedUntilMs !== null && ack.state === 'snoozed' && ack.snoozedUntilMs >= windows.snoozeFromMs && ack.snoozedUntilMs < windows.snoozeToMs);
  return [...rows.flatMap((row) => baseRings(row, acks, scope, windows)), ...snoozes.flatMap((entry) => snoozeRing(byId.get(entry.activityId), entry, scope))];
}

/** A ring as the renderer and the desktop show it. */
export function dueReminderOf(db: ReadDb, ring: Ring, missed: boolean): DueReminder {
  const { activity, occurrence } = ring;
  return {
    activityId: activity.id,
    occurrenceKey: ring.occurrenceKey,
    kind: activity.kind as ActivityKind,
    // An occurrence edited on its own reminds of its own subject and place.
    subject: occurrence.occurrence.subject ?? activity.subject,
    startsAt: startsAtOf(occurrence.occurrence),
    allDay: occurrence.occurrence.allDay,
    remindAt: toInstant(ring.ringAtMs),
    location: occurrence.occurrence.location !== undefined ? occurrence.occurrence.location : activity.location,
    ...linkedRecords(db, activity),
    missed,
  };
}
