import type { Core } from '../core/core';
import { getMeta, setMeta } from '../core/meta';
import { prepared } from '../db/handles';
import { tableSpec } from '../db/synced-tables';

/** A synced row by its key. */
export type RowKey = { tbl: string; rowId: string };

const KEY = 'sync.incomplete';

/**
 * Rows to fetch whole: a change arrived for a row this device does not hold, without the fields
 * such a row cannot exist without (an older server's pull; a team's past changes pulled by a new
 * member before the team's snapshot). The row is not made up from the change: it is listed here
 * and fetched whole at the end of the sync (see fetchIncomplete in snapshot.ts).
 */
export function incompleteRows(core: Core): RowKey[] {
  const raw = getMeta(core.db, KEY);
  return raw ? (JSON.parse(raw) as RowKey[]) : [];
}

function setIncompleteRows(core: Core, rows: readonly RowKey[]): void {
  if (rows.length === 0) core.db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
  else setMeta(core.db, KEY, JSON.stringify(rows));
}

const keyOf = (row: RowKey) => `${row.tbl}\u0000${row.rowId}`;

/** Lists rows to fetch whole (inside the caller's transaction); returns how many were not listed yet. */
export function noteIncomplete(core: Core, keys: readonly RowKey[]): number {
  const rows = incompleteRows(core);
  const listed = new Set(rows.map(keyOf));
  const added: RowKey[] = [];
  for (const key of keys) {
    if (listed.has(keyOf(key))) continue;
    listed.add(keyOf(key));
    added.push({ tbl: key.tbl, rowId: key.rowId });
  }
  if (added.length > 0) setIncompleteRows(core, [...rows, ...added]);
  return added.length;
}

/** Takes rows off the list: fetched, or no longer to be seen by this account. */
export function forgetIncomplete(core: Core, keys: readonly RowKey[]): void {
  const done = new Set(keys.map(keyOf));
  setIncompleteRows(core, incompleteRows(core).filter((row) => !done.has(keyOf(row))));
}

/** The listed rows still missing here (a snapshot may have brought some since); the others leave the list. */
export function stillIncomplete(core: Core): RowKey[] {
  const rows = incompleteRows(core);
  const missing = rows.filter((row) => prepared(core.read, `SELECT 1 FROM ${tableSpec(row.tbl).name} WHERE id = ?`).get(row.rowId) === undefined);
  if (missing.length !== rows.length) setIncompleteRows(core, missing);
  return missing;
}
