import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { DueReminder } from '../../../src-shared/domain/activities';
import { toInstant, type OccurrenceKey } from '../../../src-shared/domain/recurrence';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { derivedUuid } from '../common/derived-id';
import { dueReminderOf, userRings, type Ring, type ReminderScope } from './collect';
import { occurrenceByKey, timingOf } from './occurrences';
import { ackKey, acksOf, activitiesByIds } from './queries';
import { MAX_OFFSET_MS, MISSED_AFTER_MS, MISSED_LOOKBACK_MS, reminderOffsets, reminderTimes, worthShowing } from './rules';

/** The zone of this computer: all-day reminders ring at 09:00 there. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function reminderScope(core: Core, timeZone = systemTimeZone()): ReminderScope {
  return { userId: core.userId, timeZone };
}

/** The rings worth showing at `nowMs`, at most one per occurrence (its latest), oldest first. */
export function dueRings(core: Core, scope: ReminderScope, nowMs: number): Ring[] {
  const fromMs = nowMs - MISSED_LOOKBACK_MS;
  const rings = userRings(core.read, scope, { startFromMs: fromMs, startToMs: nowMs + MAX_OFFSET_MS + 1, snoozeFromMs: fromMs, snoozeToMs: nowMs + 1 });
  const latest = new Map<string, Ring>();
  for (const ring of rings) {
    if (!worthShowing({ ...ring, baseMs: ring.occurrence.baseMs }, nowMs)) continue;
    const key = ackKey(ring.activity.id, ring.occurrenceKey);
    const kept = latest.get(key);
    if (!kept || kept.ringAtMs < ring.ringAtMs) latest.set(key, ring);
  }
  return [...latest.values()].sort((a, b) => a.ringAtMs - b.ringAtMs);
}

/** `reminders.pending`: what is due now and what was missed, not yet dismissed or snoozed. */
export function pendingReminders(core: Core, timeZone = systemTimeZone()): DueReminder[] {
  const nowMs = core.clock.now();
  return dueRings(core, reminderScope(core, timeZone), nowMs).map((ring) => dueReminderOf(core.read, ring, nowMs - ring.ringAtMs > MISSED_AFTER_MS));
}

/** The ack row of a user for one occurrence: the same id on every device, so answers converge. */
export const reminderAckId = (userId: string, activityId: string, occurrenceKey: OccurrenceKey | null): string =>
  derivedUuid(`reminder-ack:${userId}:${activityId}:${occurrenceKey ?? ''}`);

/**
 * The reminder time an answer covers: the latest of the occurrence's reminder times that has
 * come, or all of them when none has (the user answered ahead); now when the activity has none.
 */
function answeredTime(core: Core, activityId: string, occurrenceKey: OccurrenceKey | null, nowMs: number, timeZone: string): number {
  const row = activitiesByIds(core.read, [activityId]).get(activityId);
  if (!row) throw ApiError.notFound('Activity', activityId);
  const activity = timingOf(row);
  const occurrence = activity ? occurrenceByKey(activity, occurrenceKey, timeZone) : null;
  const times = occurrence ? reminderTimes(occurrence.baseMs, reminderOffsets(row.reminders)) : [];
  const come = times.filter((time) => time <= nowMs);
  return come.at(-1) ?? times.at(-1) ?? nowMs;
}

type Answer = { state: 'dismissed' } | { state: 'snoozed'; minutes: number };

function answer(core: Core, input: ApiParsedInput<'reminders.dismiss'>, reply: Answer, timeZone: string): { ok: true } {
  const nowMs = core.clock.now();
  const userId = core.userId;
  const previous = acksOf(core.read, userId, [input.activityId]).get(ackKey(input.activityId, input.occurrenceKey));
  const remindAtMs = Math.max(answeredTime(core, input.activityId, input.occurrenceKey, nowMs, timeZone), previous?.ack.remindAtMs ?? 0);
  const values = {
    remind_at: toInstant(remindAtMs),
    state: reply.state,
    snoozed_until: reply.state === 'snoozed' ? toInstant(nowMs + reply.minutes * 60_000) : null,
  };
  const id = reminderAckId(userId, input.activityId, input.occurrenceKey);
  write(core, (tx) => {
    const exists = prepared(tx.db, 'SELECT 1 FROM reminder_acks WHERE id = ?').get(id) !== undefined;
    if (exists) updateRecord(tx, 'reminder_acks', id, { ...values, deleted: 0 });
    else insertRecord(tx, 'reminder_acks', id, { user_id: userId, activity_id: input.activityId, occurrence_key: input.occurrenceKey ?? '', ...values });
  });
  return { ok: true };
}

/** The reminder is dealt with: it does not ring again (on any of the user's devices) unless the activity moves later. */
export function dismissReminder(core: Core, input: ApiParsedInput<'reminders.dismiss'>, timeZone = systemTimeZone()): { ok: true } {
  return answer(core, input, { state: 'dismissed' }, timeZone);
}

/** The reminder rings again in `minutes`. */
export function snoozeReminder(core: Core, input: ApiParsedInput<'reminders.snooze'>, timeZone = systemTimeZone()): { ok: true } {
  return answer(core, { activityId: input.activityId, occurrenceKey: input.occurrenceKey }, { state: 'snoozed', minutes: input.minutes }, timeZone);
}
