import { catalogEntry } from '../../src-shared/sync/catalog';
import { hlcWallTime } from '../../src-shared/sync/hlc';
import { prepared } from './handles';
import { tableSpec, type Row, type TableSpec } from './synced-tables';
import { afterWrite, storeRow, type WriteTx } from './write-path';

/** Removes a row and its field versions from this device (not a delete: nothing is logged or synced). */
function removeRow(tx: WriteTx, spec: TableSpec, rowId: string): void {
  const current = prepared(tx.db, `SELECT * FROM ${spec.name} WHERE id = ?`).get(rowId) as Row | undefined;
  prepared(tx.db, `DELETE FROM ${spec.name} WHERE id = ?`).run(rowId);
  prepared(tx.db, 'DELETE FROM row_versions WHERE tbl = ? AND row_id = ?').run(spec.name, rowId);
  // The search index and the screens learn that it is gone.
  if (current) afterWrite(tx, spec, current, new Set(['deleted']));
}

/**
 * Rebuilds one row from the change-log entries that still count — every entry but this
 * device's changes the server refused (`pushed = 2`): last writer wins per field, field
 * versions included. A row left with no entry was made here and refused: it goes.
 * This is how a refused local transaction is reverted.
 */
export function rebuildRowFromLog(tx: WriteTx, tbl: string, rowId: string): 'rebuilt' | 'removed' {
  const spec = tableSpec(tbl);
  const entries = prepared(tx.db, 'SELECT hlc, changes FROM change_log WHERE tbl = ? AND row_id = ? AND pushed <> 2 ORDER BY hlc').all(tbl, rowId) as {
    hlc: string;
    changes: string;
  }[];
  const first = entries[0];
  if (!first) {
    removeRow(tx, spec, rowId);
    return 'removed';
  }
  const winners = new Map<string, { hlc: string; value: Row[string] }>();
  for (const entry of entries) {
    for (const [field, value] of Object.entries(JSON.parse(entry.changes) as Row)) {
      if (spec.fields.has(field)) winners.set(field, { hlc: entry.hlc, value });
    }
  }
  const base = first.hlc;
  const latest = entries.at(-1)?.hlc ?? base;
  const values: Row = { ...spec.defaults };
  const fieldHlcs: Record<string, string> = {};
  for (const [field, { hlc, value }] of winners) {
    values[field] = value;
    if (hlc !== base) fieldHlcs[field] = hlc;
  }
  for (const field of catalogEntry(tbl)?.required ?? []) {
    if (values[field] === null || values[field] === undefined) values[field] = field === 'created_at' ? hlcWallTime(base) : '';
  }
  values.deleted ??= 0;
  const exists = prepared(tx.db, `SELECT 1 FROM ${spec.name} WHERE id = ?`).get(rowId) !== undefined;
  const row = storeRow(tx.db, spec, rowId, { ...values, updated_at: hlcWallTime(latest) }, exists);
  prepared(
    tx.db,
    `INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, ?)
     ON CONFLICT (tbl, row_id) DO UPDATE SET base_hlc = excluded.base_hlc, field_hlcs = excluded.field_hlcs`,
  ).run(tbl, rowId, base, JSON.stringify(fieldHlcs));
  afterWrite(tx, spec, row, new Set(spec.fields));
  return 'rebuilt';
}

/**
 * Removes from this device a row it may no longer see, with its history. Its unsent local
 * changes are kept aside (marked not to be sent, `pushed = 2`) and returned, so that Sync
 * review can show them; nothing the user typed is silently dropped.
 */
export function purgeRow(tx: WriteTx, tbl: string, rowId: string): { hlc: string; changes: string }[] {
  const unsent = prepared(tx.db, 'SELECT hlc, changes FROM change_log WHERE tbl = ? AND row_id = ? AND pushed = 0 ORDER BY seq').all(tbl, rowId) as {
    hlc: string;
    changes: string;
  }[];
  prepared(tx.db, 'UPDATE change_log SET pushed = 2 WHERE tbl = ? AND row_id = ? AND pushed = 0').run(tbl, rowId);
  prepared(tx.db, 'DELETE FROM change_log WHERE tbl = ? AND row_id = ? AND pushed = 1').run(tbl, rowId);
  removeRow(tx, tableSpec(tbl), rowId);
  return unsent;
}
