import { rebuildAttendeeIndex } from './attendee-index';
import { hlcWallTime } from '../../src-shared/sync/hlc';
import { rebuildDuplicateKeys } from './duplicate-index';
import { prepared, type WriteDb } from './handles';
import { rebuildSearchIndex } from './search-index';
import { tableSpec, type Row } from './synced-tables';
import { storeRow } from './write-path';

export type LogEntry = { hlc: string; tbl: string; row_id: string; changes: string };

/**
 * Rebuilds synced rows from change-log entries: for each cell the value with the highest HLC
 * wins (last writer wins per field), `updated_at` is the time of the row's latest change.
 * Used to prove that the tables and the log agree, and to repair derived state.
 */
export function replayChangeLog(db: WriteDb, entries: Iterable<LogEntry>): number {
  const rows = new Map<string, { tbl: string; id: string; fields: Map<string, { hlc: string; value: Row[string] }> }>();
  for (const entry of entries) {
    const key = `${entry.tbl}\u0000${entry.row_id}`;
    let row = rows.get(key);
    if (!row) {
      row = { tbl: entry.tbl, id: entry.row_id, fields: new Map() };
      rows.set(key, row);
    }
    for (const [field, value] of Object.entries(JSON.parse(entry.changes) as Row)) {
      const current = row.fields.get(field);
      if (!current || entry.hlc > current.hlc) row.fields.set(field, { hlc: entry.hlc, value });
    }
  }
  for (const row of rows.values()) {
    const spec = tableSpec(row.tbl);
    const values: Row = {};
    let latest = '';
    for (const [field, cell] of row.fields) {
      values[field] = cell.value;
      if (cell.hlc > latest) latest = cell.hlc;
    }
    values.updated_at = hlcWallTime(latest);
    const exists = prepared(db, `SELECT 1 FROM ${spec.name} WHERE id = ?`).get(row.id) !== undefined;
    storeRow(db, spec, row.id, values, exists);
  }
  rebuildSearchIndex(db);
  rebuildDuplicateKeys(db);
  rebuildAttendeeIndex(db);
  return rows.size;
}
