import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { DuplicateEntity, MergeLogItem, UndoMergeResult } from '../../../src-shared/domain/duplicates';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import type { MovedRow } from '../../db/reference-moves';
import type { Row, SqlValue } from '../../db/synced-tables';
import { updateRecord, type WriteTx } from '../../db/write-path';
import { parseJson } from '../common/json';
import { usersById } from '../common/refs';
import { movedSummary, type MergeRecordLog } from './merge';
import { tableOf } from './summaries';

type MergeLogRow = {
  id: string;
  entity: DuplicateEntity;
  survivor_id: string;
  merged_id: string;
  user_id: string;
  created_at: string;
  survivor_before: string;
  moved: string;
  undone_at: string | null;
};

const emptyLog: MergeRecordLog = { rows: [], counts: {}, dropped: 0 };

function nameOf(db: ReadDb, entity: DuplicateEntity, id: string): string {
  const column = entity === 'contact' ? "trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))" : 'name';
  return (prepared(db, `SELECT ${column} FROM ${tableOf[entity]} WHERE id = ?`).pluck().get(id) as string | undefined) ?? '';
}

/** Why a merge can no longer be undone, or null. */
function undoBlocker(db: ReadDb, log: MergeLogRow): string | null {
  if (log.undone_at) return 'This merge was undone already.';
  const table = tableOf[log.entity];
  const survivor = prepared(db, `SELECT deleted, merged_into FROM ${table} WHERE id = ?`).get(log.survivor_id) as { deleted: number; merged_into: string | null } | undefined;
  const merged = prepared(db, `SELECT merged_into FROM ${table} WHERE id = ?`).get(log.merged_id) as { merged_into: string | null } | undefined;
  if (!survivor || survivor.deleted === 1 || survivor.merged_into !== null) return 'The record kept was deleted or merged into another since: undo that first.';
  if (!merged || merged.merged_into !== log.survivor_id) return 'The merged record was restored or merged elsewhere since.';
  return null;
}

/** Merges made on this device, newest first. */
export function listMerges(core: Core, input: ApiParsedInput<'duplicates.merges'>): MergeLogItem[] {
  const rows = (
    input.entity
      ? prepared(core.read, 'SELECT * FROM merge_log WHERE entity = ? ORDER BY created_at DESC, id DESC LIMIT ?').all(input.entity, input.limit)
      : prepared(core.read, 'SELECT * FROM merge_log ORDER BY created_at DESC, id DESC LIMIT ?').all(input.limit)
  ) as MergeLogRow[];
  const users = usersById(core.read, rows.map((row) => row.user_id));
  return rows.map((row) => {
    const log = parseJson<MergeRecordLog>(row.moved, emptyLog);
    return {
      id: row.id,
      entity: row.entity,
      survivor: { id: row.survivor_id, displayName: nameOf(core.read, row.entity, row.survivor_id) },
      merged: { id: row.merged_id, displayName: nameOf(core.read, row.entity, row.merged_id) },
      at: row.created_at,
      user: users.get(row.user_id) ?? null,
      moved: movedSummary(log.counts, log.dropped),
      undoneAt: row.undone_at,
      canUndo: undoBlocker(core.read, row) === null,
    };
  });
}

/** Puts one changed row back: the fields that still hold what the merge wrote; a row the merge made is deleted again. */
function revertRow(tx: WriteTx, moved: MovedRow, tally: { restored: number; kept: number }): void {
  const current = prepared(tx.db, `SELECT * FROM ${moved.table} WHERE id = ?`).get(moved.id) as Row | undefined;
  if (!current) return;
  if (moved.created) {
    if (current.deleted === 0) {
      updateRecord(tx, moved.table, moved.id, { deleted: 1 });
      tally.restored += 1;
    } else tally.kept += 1;
    return;
  }
  const patch: Row = {};
  for (const [column, [before, after]] of Object.entries(moved.fields)) {
    if ((current[column] ?? null) === after) patch[column] = before;
    else tally.kept += 1;
  }
  if (Object.keys(patch).length > 0) {
    updateRecord(tx, moved.table, moved.id, patch);
    tally.restored += 1;
  }
}

/**
 * Undoes a merge made on this device: the merged record comes back, the records moved to the
 * survivor go back to it, and the survivor's fields return to what they were — except what
 * changed since the merge (an edit made after it is kept, and counted).
 */
export function undoMerge(core: Core, input: ApiParsedInput<'duplicates.undoMerge'>): UndoMergeResult {
  const log = prepared(core.read, 'SELECT * FROM merge_log WHERE id = ?').get(input.mergeId) as MergeLogRow | undefined;
  if (!log) throw ApiError.notFound('Merge', input.mergeId);
  const blocker = undoBlocker(core.read, log);
  if (blocker) throw new ApiError({ code: 'conflict', message: blocker });
  const moved = parseJson<MergeRecordLog>(log.moved, emptyLog);
  const survivorFields = parseJson<Record<string, [SqlValue, SqlValue]>>(log.survivor_before, {});
  const table = tableOf[log.entity];
  const isRecord = (row: MovedRow) => row.table === table && (row.id === log.merged_id || row.id === log.survivor_id);
  const links = { restored: 0, kept: 0 };
  const records = { restored: 0, kept: 0 };
  write(core, (tx) => {
    // Newest change first: the merged record comes back before its links return to it.
    for (const row of [...moved.rows].reverse()) revertRow(tx, row, isRecord(row) ? records : links);
    revertRow(tx, { table, id: log.survivor_id, fields: survivorFields }, records);
    prepared(tx.db, 'UPDATE merge_log SET undone_at = ? WHERE id = ?').run(new Date(core.clock.now()).toISOString(), log.id);
  });
  return {
    mergeId: log.id,
    entity: log.entity,
    survivorId: log.survivor_id,
    mergedId: log.merged_id,
    restored: links.restored,
    keptChanges: links.kept + records.kept,
  };
}
