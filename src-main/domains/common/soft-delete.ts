import { ApiError } from '../../../src-shared/contract/errors';
import { prepared } from '../../db/handles';
import type { SyncedTableName } from '../../db/synced-tables';
import { updateRecord, type WriteTx } from '../../db/write-path';

/** Marks a live row deleted through the write path; a missing or already deleted row is not found. */
export function softDeleteRow(tx: WriteTx, table: SyncedTableName, id: string, what: string): void {
  const row = prepared(tx.db, `SELECT deleted FROM ${table} WHERE id = ?`).get(id) as { deleted: number } | undefined;
  if (!row || row.deleted === 1) throw ApiError.notFound(what, id);
  updateRecord(tx, table, id, { deleted: 1 });
}

/**
 * Soft delete of records (and restore, its undo): `deleted` is a field that syncs like any other.
 * Returns the ids that actually changed.
 */
export function setRecordsDeleted(tx: WriteTx, table: 'contacts' | 'companies', what: string, ids: string[], deleted: boolean): string[] {
  const changed: string[] = [];
  for (const id of ids) {
    if (!prepared(tx.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw ApiError.notFound(what, id);
    if (updateRecord(tx, table, id, { deleted: deleted ? 1 : 0 }).length > 0) changed.push(id);
  }
  return changed;
}
