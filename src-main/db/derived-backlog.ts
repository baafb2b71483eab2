import { isDuplicateTable, remakeRecordKeys } from './duplicate-index';
import { prepared, type ReadDb, type WriteDb } from './handles';
import { refreshSearchDocs } from './search-index';
import type { Row, SearchDocRef } from './synced-tables';

/*
 * The derived data (search documents, duplicate keys) of records written without it: a large
 * import commits its new records first and lets this make theirs right after, a chunk per
 * transaction, so that the user waits for the records and not for their index entries (about
 * 40 % of a 100,000-contact import). Until then those records are listed, opened and synced as
 * any other; only search and the duplicate check do not find them yet. A range is kept in
 * `derived_backlog` in the import's own transaction, so nothing is forgotten if the app stops
 * before it is done: the next start takes it up.
 *
 * Making a record's entries is idempotent (they are made again from the row as stored), so a
 * record edited, synced or deleted meanwhile comes out right whatever the order.
 */

/** The tables whose new records may be set aside, with the kind of search document they have. */
const searchEntityOf = { contacts: 'contact', companies: 'company', deals: 'deal' } as const satisfies Record<string, SearchDocRef['entity']>;
export type BacklogTable = keyof typeof searchEntityOf;

export const isBacklogTable = (table: string): table is BacklogTable => Object.prototype.hasOwnProperty.call(searchEntityOf, table);

/** Records made per transaction: about 0.1 s of work, so that other writes wait little. */
export const CATCH_UP_CHUNK = 1_000;

type Entry = { id: number; tbl: BacklogTable; from_id: string; to_id: string };

/** Records the ids `fromId`…`toId` (both included) of `table` as written without their derived data (in the writer's transaction). */
export function deferDerivedData(db: WriteDb, table: BacklogTable, fromId: string, toId: string): void {
  prepared(db, 'INSERT INTO derived_backlog (tbl, from_id, to_id) VALUES (?, ?, ?)').run(table, fromId, toId);
}

/** Whether some records still wait for their derived data. */
export function hasDerivedBacklog(db: ReadDb): boolean {
  return prepared(db, 'SELECT 1 FROM derived_backlog LIMIT 1').get() !== undefined;
}

/**
 * Makes the derived data of the next `limit` records waiting, in the caller's write
 * transaction, and moves the backlog on in it. Returns whether records still wait.
 */
export function catchUpDerivedData(db: WriteDb, limit = CATCH_UP_CHUNK): boolean {
  const entry = prepared(db, 'SELECT id, tbl, from_id, to_id FROM derived_backlog ORDER BY id LIMIT 1').get() as Entry | undefined;
  if (!entry) return false;
  const table = entry.tbl;
  const entity = searchEntityOf[table];
  if (!entity) throw new Error(`derived_backlog holds an unknown table: ${String(table)}`);
  // One more than a chunk: the first record of the next one is where the range starts next time.
  const rows = prepared(db, `SELECT * FROM ${table} WHERE id >= ? AND id <= ? ORDER BY id LIMIT ?`).all(entry.from_id, entry.to_id, limit + 1) as Row[];
  const chunk = rows.slice(0, limit);
  refreshSearchDocs(
    db,
    chunk.map((row) => ({ entity, id: String(row.id) })),
  );
  if (isDuplicateTable(table)) remakeRecordKeys(db, table, chunk);
  const next = rows[limit];
  if (next) prepared(db, 'UPDATE derived_backlog SET from_id = ? WHERE id = ?').run(String(next.id), entry.id);
  else prepared(db, 'DELETE FROM derived_backlog WHERE id = ?').run(entry.id);
  return hasDerivedBacklog(db);
}
