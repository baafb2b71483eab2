import { scheduledKinds, type ActivityKind } from '../../../src-shared/domain/activities';
import { parseRecurrence } from '../../../src-shared/domain/activity-span';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { placeholders } from '../common/sql';
import type { ActivityDbRow } from './mapping';

const agendaKinds: ReadonlySet<ActivityKind> = new Set(scheduledKinds);

type BusyRow = Pick<ActivityDbRow, 'id' | 'owner_id' | 'all_day' | 'starts_at' | 'ends_at' | 'start_date' | 'end_date' | 'time_zone' | 'recurrence' | 'deleted'>;

/** Whether an activity keeps its owner busy for others: private, live, in the agenda and at a time. */
function keepsBusy(row: ActivityDbRow): boolean {
  const dated = row.all_day === 1 ? row.start_date !== null : row.starts_at !== null;
  return row.scope === 'private' && row.deleted === 0 && agendaKinds.has(row.kind as ActivityKind) && dated;
}

/** A series' recurrence with its times only: an occurrence's own subject and place stay with the activity. */
function timesOnly(recurrence: string | null): string | null {
  const parsed = parseRecurrence(recurrence);
  if (!parsed?.overrides?.some((override) => !override.cancelled && (override.subject !== undefined || override.location !== undefined))) return recurrence;
  const overrides = parsed.overrides.map((override) => (override.cancelled ? override : { key: override.key, timing: override.timing }));
  return JSON.stringify({ ...parsed, overrides });
}

/**
 * Keeps the busy slot of an activity (same id) in step with it, in the same transaction: a
 * private activity in the agenda shows to the rest of the office as its owner's busy time —
 * owner, times and repeats, nothing else. Shared again, deleted or undated: the slot goes
 * (deleted, so that the removal syncs); restored: it comes back.
 */
export function syncBusySlot(tx: WriteTx, activityId: string): void {
  const row = prepared(tx.db, 'SELECT * FROM activities WHERE id = ?').get(activityId) as ActivityDbRow | undefined;
  if (!row) return;
  const slot = prepared(tx.db, 'SELECT id, deleted FROM busy_slots WHERE id = ?').get(activityId) as { id: string; deleted: number } | undefined;
  if (!keepsBusy(row)) {
    if (slot && slot.deleted === 0) updateRecord(tx, 'busy_slots', activityId, { deleted: 1 });
    return;
  }
  const values: Row = {
    owner_id: row.owner_id,
    all_day: row.all_day,
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    start_date: row.start_date,
    end_date: row.end_date,
    time_zone: row.time_zone,
    recurrence: timesOnly(row.recurrence),
  };
  if (slot) updateRecord(tx, 'busy_slots', activityId, { ...values, deleted: 0 });
  else insertRecord(tx, 'busy_slots', activityId, values);
}

const BUSY_COLUMNS = 'b.id, b.owner_id, b.all_day, b.starts_at, b.ends_at, b.start_date, b.end_date, b.time_zone, b.recurrence, b.deleted';

/**
 * Other users' busy slots that may touch [from, to) (`earliest` = from less the longest short
 * span): short ones by start, long ones (series) by end, as the activities are read.
 */
export function busySlotsIn(db: ReadDb, window: { earliest: string; from: string; to: string }, ownerIds: readonly string[]): BusyRow[] {
  if (ownerIds.length === 0) return [];
  const owners = `b.owner_id IN (${placeholders(ownerIds.length)})`;
  const short = prepared(
    db,
    `SELECT ${BUSY_COLUMNS} FROM busy_slots b
      WHERE b.deleted = 0 AND b.long_span = 0 AND b.span_start >= ? AND b.span_start < ? AND b.span_end >= ? AND ${owners}`,
  ).all(window.earliest, window.to, window.from, ...ownerIds) as BusyRow[];
  const long = prepared(
    db,
    `SELECT ${BUSY_COLUMNS} FROM busy_slots b
      WHERE b.long_span = 1 AND b.span_end >= ? AND b.span_start < ? AND b.deleted = 0 AND ${owners}`,
  ).all(window.from, window.to, ...ownerIds) as BusyRow[];
  return [...short, ...long];
}
