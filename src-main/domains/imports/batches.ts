import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ImportBatchItem, ImportEntity, ImportFormat, ImportUndoResult } from '../../../src-shared/domain/imports';
import { translate } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { updateRecord, type WriteTx } from '../../db/write-path';
import { parseJson } from '../common/json';
import { appLanguage } from '../ical/language';
import { isBatchEntity, isCountedRecord, tableOf, type BatchEntity } from './batch-records';
import { standingStageMoves, withoutStage, type StandingMoves } from './undo-stages';

type BatchRow = {
  id: string;
  entity: string;
  file_name: string;
  format: string;
  user_id: string;
  created_at: string;
  created: number;
  updated: number;
  skipped: number;
  undone_at: string | null;
  companies_created: number;
};

/** Recent imports made on this device, newest first. */
export function listImports(core: Core, limit: number): ImportBatchItem[] {
  const rows = prepared(
    core.read,
    `SELECT b.*, (SELECT count(*) FROM import_batch_records r WHERE r.batch_id = b.id AND r.entity = 'company' AND r.action = 'created' AND b.entity <> 'company') AS companies_created
       FROM import_batches b ORDER BY b.created_at DESC, b.id DESC LIMIT ?`,
  ).all(limit) as BatchRow[];
  return rows.map((row) => ({
    batchId: row.id,
    entity: row.entity as ImportEntity,
    fileName: row.file_name,
    format: row.format as ImportFormat,
    createdAt: row.created_at,
    userId: row.user_id,
    created: row.created,
    updated: row.updated,
    skipped: row.skipped,
    companiesCreated: row.companies_created,
    undoneAt: row.undone_at,
  }));
}

type RecordRow = { entity: string; record_id: string; action: 'created' | 'updated'; before: string | null; after: string | null };

function currentRow(db: ReadDb, entity: BatchEntity, id: string): Row | undefined {
  return prepared(db, `SELECT * FROM ${tableOf(entity)} WHERE id = ?`).get(id) as Row | undefined;
}

type Tally = { removed: number; restored: number; keptFields: number; alreadyGone: number };

/** What the import wrote on a record that its undo may take back: a deal that moved again since keeps its stage (counted as one field kept). */
function writtenToTakeBack(record: RecordRow & { entity: BatchEntity }, standing: StandingMoves, tally: Tally): Row {
  const after = parseJson<Row>(record.after ?? '{}', {});
  if (record.entity !== 'deal' || !standing.deals.has(record.record_id)) return after;
  const { rest, hadStage } = withoutStage(after);
  if (hadStage) tally.keptFields += 1;
  return rest;
}

/** Puts back the fields an import changed, where they still hold what it wrote. */
function putBack(tx: WriteTx, record: RecordRow & { entity: BatchEntity }, standing: StandingMoves, tally: Tally): void {
  const row = currentRow(tx.db, record.entity, record.record_id);
  if (!row || row.deleted === 1) {
    if (isCountedRecord(record.entity)) tally.alreadyGone += 1;
    return;
  }
  const before = parseJson<Row>(record.before ?? '{}', {});
  const after = writtenToTakeBack(record, standing, tally);
  const patch: Row = {};
  for (const [column, written] of Object.entries(after)) {
    if ((row[column] ?? null) === written) patch[column] = before[column] ?? null;
    else tally.keptFields += 1;
  }
  if (Object.keys(patch).length > 0 && updateRecord(tx, tableOf(record.entity), record.record_id, patch).length > 0 && isCountedRecord(record.entity)) tally.restored += 1;
}

/** Deletes what an import created (soft delete: synced, and restorable like any delete). */
function takeAway(tx: WriteTx, record: RecordRow & { entity: BatchEntity }, standing: StandingMoves, tally: Tally): void {
  if (standing.entries.has(record.record_id)) return;
  const row = currentRow(tx.db, record.entity, record.record_id);
  if (!row || row.deleted === 1) {
    if (isCountedRecord(record.entity)) tally.alreadyGone += 1;
    return;
  }
  updateRecord(tx, tableOf(record.entity), record.record_id, { deleted: 1 });
  if (isCountedRecord(record.entity)) tally.removed += 1;
}

/**
 * Takes an import back in one transaction: what it created is deleted, what it updated is put
 * back field by field unless edited since (those fields are counted and kept; a deal moved to
 * another stage since keeps its stage and the import's entry in its history), and the batch is
 * marked undone. A batch undone already is refused.
 */
export function undoImport(core: Core, input: ApiParsedInput<'imports.undo'>): Promise<ImportUndoResult> {
  return runTask(core, input.taskId, (task) => {
    const language = appLanguage(core);
    const batch = prepared(core.read, 'SELECT id, undone_at FROM import_batches WHERE id = ?').get(input.batchId) as { id: string; undone_at: string | null } | undefined;
    if (!batch) throw new ApiError({ code: 'not_found', field: 'batchId', message: translate(language, 'imports.refusal.batchUnknown') });
    if (batch.undone_at) throw new ApiError({ code: 'conflict', field: 'batchId', message: translate(language, 'imports.refusal.alreadyUndone') });
    const records = (prepared(core.read, 'SELECT entity, record_id, action, before, after FROM import_batch_records WHERE batch_id = ? ORDER BY rowid').all(input.batchId) as RecordRow[]).filter(
      (record): record is RecordRow & { entity: BatchEntity } => isBatchEntity(record.entity),
    );
    task.throwIfCancelled();
    task.progress('saving', 0, records.length);
    const tally: Tally = { removed: 0, restored: 0, keptFields: 0, alreadyGone: 0 };
    write(core, (tx) => {
      const standing = standingStageMoves(tx.db, records);
      // Updates first, newest first (a link demoted by the import is made main again), then what it created.
      for (const record of [...records].reverse()) if (record.action === 'updated') putBack(tx, record, standing, tally);
      for (const record of records) if (record.action === 'created') takeAway(tx, record, standing, tally);
      prepared(tx.db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), input.batchId);
    });
    task.progress('saving', records.length, records.length);
    return { batchId: input.batchId, ...tally };
  });
}
