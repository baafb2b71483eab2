/**
 * The reads reminders need. Activities are found through the agenda's span indexes: short ones
 * (≤ 31 days, `activities_by_span`) by where their span starts, series and long events
 * (`activities_long_by_end`) by where it ends, so a look a few weeks ahead reads those weeks'
 * activities, not the table.
 */
import type { LinkedRecord } from '../../../src-shared/domain/activities';
import { scheduledKinds } from '../../../src-shared/domain/activities';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import type { ReminderAck } from './rules';

/** The columns of an activity that reminders read. */
export type ReminderActivityRow = {
  id: string;
  kind: string;
  subject: string;
  owner_id: string;
  attendees: string;
  created_at: string;
  deleted: number;
  done_at: string | null;
  all_day: number;
  starts_at: string | null;
  ends_at: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  recurrence: string | null;
  location: string | null;
  reminders: string;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
};

const columns = `a.id, a.kind, a.subject, a.owner_id, a.attendees, a.created_at, a.deleted, a.done_at, a.all_day, a.starts_at, a.ends_at,
  a.start_date, a.end_date, a.time_zone, a.recurrence, a.location, a.reminders, a.contact_id, a.company_id, a.deal_id`;

const kindList = scheduledKinds.map((kind) => `'${kind}'`).join(', ');

/** Whose reminders: the user's own activities and those they attend (checked exactly in JS, see ringsFor). */
const remindable = `a.reminders <> '[]' AND a.kind IN (${kindList}) AND (a.kind <> 'task' OR a.done_at IS NULL)
  AND (a.owner_id = @user OR instr(a.attendees, @user) > 0)`;

/** A short activity's span is at most 31 days: one that reaches `from` started at most that long before. */
const SHORT_SPAN_MS = 32 * 86_400_000;

/**
 * The live, remindable activities of a user that may have an occurrence in [from, to) (ISO
 * instants): short ones by their span's start, series and long events by their span's end.
 */
export function remindableActivities(db: ReadDb, userId: string, from: string, to: string): ReminderActivityRow[] {
  const shortFrom = new Date(Date.parse(from) - SHORT_SPAN_MS).toISOString();
  const params = { user: userId, from, to, shortFrom };
  const short = prepared(
    db,
    `SELECT ${columns} FROM activities a INDEXED BY activities_by_span
      WHERE a.deleted = 0 AND a.long_span = 0 AND a.span_start >= @shortFrom AND a.span_start < @to AND a.span_end >= @from AND ${remindable}`,
  ).all(params) as ReminderActivityRow[];
  const long = prepared(
    db,
    `SELECT ${columns} FROM activities a INDEXED BY activities_long_by_end
      WHERE a.long_span = 1 AND a.span_end >= @from AND a.deleted = 0 AND a.span_start < @to AND ${remindable}`,
  ).all(params) as ReminderActivityRow[];
  return [...short, ...long].filter((row) => ringsFor(row, userId));
}

/** The activity rings for this user: they own it, or attend it as a user. */
export function ringsFor(row: Pick<ReminderActivityRow, 'owner_id' | 'attendees'>, userId: string): boolean {
  if (row.owner_id === userId) return true;
  const attendees = parseJson<unknown>(row.attendees, []);
  return Array.isArray(attendees) && attendees.some((item: unknown) => isUserRef(item) && item.id === userId);
}

function isUserRef(value: unknown): value is { kind: 'user'; id: string } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'user' && typeof (value as { id?: unknown }).id === 'string';
}

/** Activities by id, whatever their state (the caller decides what a deleted or done one means). */
export function activitiesByIds(db: ReadDb, ids: readonly string[]): Map<string, ReminderActivityRow> {
  if (ids.length === 0) return new Map();
  const rows = prepared(db, `SELECT ${columns} FROM activities a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(ids)])) as ReminderActivityRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

type AckRow = { activity_id: string; occurrence_key: string; remind_at: string; state: string; snoozed_until: string | null };

/** The key an ack is found by: activity and occurrence ('' for a single activity). */
export const ackKey = (activityId: string, occurrenceKey: string | null): string => `${activityId}/${occurrenceKey ?? ''}`;

function ackOf(row: AckRow): ReminderAck | null {
  const remindAtMs = Date.parse(row.remind_at);
  if (!Number.isFinite(remindAtMs) || (row.state !== 'dismissed' && row.state !== 'snoozed')) return null;
  const until = row.snoozed_until === null ? null : Date.parse(row.snoozed_until);
  return { remindAtMs, state: row.state, snoozedUntilMs: until !== null && Number.isFinite(until) ? until : null };
}

/** A user's answer to the reminders of one occurrence. */
export type AckEntry = { activityId: string; occurrenceKey: string | null; ack: ReminderAck };

/** A user's live acks for these activities, by ackKey. */
export function acksOf(db: ReadDb, userId: string, activityIds: readonly string[]): Map<string, AckEntry> {
  const result = new Map<string, AckEntry>();
  if (activityIds.length === 0) return result;
  const rows = prepared(
    db,
    `SELECT activity_id, occurrence_key, remind_at, state, snoozed_until FROM reminder_acks
      WHERE activity_id IN (SELECT value FROM json_each(@ids)) AND user_id = @user AND deleted = 0`,
  ).all({ ids: JSON.stringify([...new Set(activityIds)]), user: userId }) as AckRow[];
  for (const row of rows) {
    const ack = ackOf(row);
    if (ack) result.set(ackKey(row.activity_id, row.occurrence_key || null), { activityId: row.activity_id, occurrenceKey: row.occurrence_key || null, ack });
  }
  return result;
}

/** The snoozes of this user ending in [from, to): their reminders ring again then. */
export function snoozesEndingIn(db: ReadDb, userId: string, from: string, to: string): AckEntry[] {
  const rows = prepared(
    db,
    `SELECT activity_id, occurrence_key, remind_at, state, snoozed_until FROM reminder_acks
      WHERE user_id = @user AND deleted = 0 AND state = 'snoozed' AND snoozed_until >= @from AND snoozed_until < @to`,
  ).all({ user: userId, from, to }) as AckRow[];
  return rows.flatMap((row) => {
    const ack = ackOf(row);
    return ack ? [{ activityId: row.activity_id, occurrenceKey: row.occurrence_key || null, ack }] : [];
  });
}

/** The names of the records an activity is about, for the reminder's "open" action. */
export function linkedRecords(db: ReadDb, row: Pick<ReminderActivityRow, 'contact_id' | 'company_id' | 'deal_id'>): {
  contact: LinkedRecord | null;
  company: LinkedRecord | null;
  deal: LinkedRecord | null;
} {
  const contact = row.contact_id
    ? (prepared(db, 'SELECT id, first_name, last_name FROM contacts WHERE id = ? AND deleted = 0').get(row.contact_id) as
        | { id: string; first_name: string | null; last_name: string | null }
        | undefined)
    : undefined;
  const company = row.company_id ? (prepared(db, 'SELECT id, name FROM companies WHERE id = ? AND deleted = 0').get(row.company_id) as LinkedRecord | undefined) : undefined;
  const deal = row.deal_id
    ? (prepared(db, 'SELECT id, title AS name FROM deals WHERE id = ? AND deleted = 0').get(row.deal_id) as LinkedRecord | undefined)
    : undefined;
  return {
    contact: contact ? { id: contact.id, name: personDisplayName(contact.first_name, contact.last_name) } : null,
    company: company ?? null,
    deal: deal ?? null,
  };
}
