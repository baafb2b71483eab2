import type Database from 'better-sqlite3';
import { companyKeys, contactKeys } from '../../src-shared/domain/duplicate-keys';
import { asWriteDb, prepared, type ReadDb, type WriteDb } from './handles';
import type { Row } from './synced-tables';

/*
 * duplicate_keys: the normalised keys of every live contact and company (e-mails, E.164 phones,
 * legal ids, name blocks: see src-shared/domain/duplicate-keys.ts), kept by the write path like
 * the search index — on local writes and on changes pulled from the office — so that the check
 * while typing is a few indexed lookups and a scan reads blocks, never every pair. A merged
 * record also keeps a 'merged_into' key (its survivor): the records merged into one are found
 * by index.
 */

export type DuplicateTable = 'contacts' | 'companies';
export const duplicateEntityOf = { contacts: 'contact', companies: 'company' } as const;

/** What the table holds, stored in `meta`: a database whose keys were made by another version gets them made again at open. */
export const DUPLICATE_KEYS_VERSION = 1;
const VERSION_KEY = 'duplicates.keys_version';

/** The fields the keys are made from (and `deleted`, which removes them, and `merged_into`). */
const keyFields: Record<DuplicateTable, ReadonlySet<string>> = {
  contacts: new Set(['first_name', 'last_name', 'emails', 'phones', 'deleted', 'merged_into']),
  companies: new Set(['name', 'legal_id', 'website', 'emails', 'phones', 'deleted', 'merged_into']),
};

const str = (value: Row[string] | undefined): string | null => (typeof value === 'string' ? value : null);

/** The keys of a row as stored: none but its survivor's when deleted. */
export function rowDuplicateKeys(table: DuplicateTable, row: Row): { kind: string; key: string }[] {
  const mergedInto = str(row.merged_into);
  const merged = mergedInto ? [{ kind: 'merged_into', key: mergedInto }] : [];
  if (row.deleted === 1) return merged;
  const keys =
    table === 'contacts'
      ? contactKeys({ firstName: str(row.first_name), lastName: str(row.last_name), emails: str(row.emails), phones: str(row.phones) })
      : companyKeys({ name: str(row.name), legalId: str(row.legal_id), website: str(row.website), emails: str(row.emails), phones: str(row.phones) });
  return [...keys, ...merged];
}

export const isDuplicateTable = (table: string): table is DuplicateTable => table === 'contacts' || table === 'companies';

/**
 * Brings a contact's or company's keys up to date after a write (`changed`: the fields written).
 * The row is read as stored: a row removed from this device (out of the user's scopes) loses its keys.
 */
export function refreshDuplicateKeys(db: WriteDb, table: DuplicateTable, row: Row, changed: ReadonlySet<string>): void {
  const fields = keyFields[table];
  if (![...changed].some((field) => fields.has(field))) return;
  const entity = duplicateEntityOf[table];
  const id = String(row.id);
  prepared(db, 'DELETE FROM duplicate_keys WHERE entity = ? AND record_id = ?').run(entity, id);
  const stored = prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  if (!stored) return;
  const insert = prepared(db, 'INSERT OR IGNORE INTO duplicate_keys (entity, record_id, kind, key) VALUES (?, ?, ?, ?)');
  for (const { kind, key } of rowDuplicateKeys(table, stored)) insert.run(entity, id, kind, key);
}

/**
 * The keys of records just created, in bulk: what `refreshDuplicateKeys` does for each new row
 * (`changed`: its written fields), made from the rows as written instead of reading each back
 * (a new row has no keys to remove yet), and inserted in the primary key's order so that the
 * B-tree is written page after page rather than split all over.
 */
export function addNewRecordKeys(db: WriteDb, table: DuplicateTable, written: readonly { row: Row; changed: ReadonlySet<string> }[]): void {
  const fields = keyFields[table];
  const entity = duplicateEntityOf[table];
  const keys: string[] = [];
  for (const { row, changed } of written) {
    if (![...changed].some((field) => fields.has(field))) continue;
    for (const { kind, key } of rowDuplicateKeys(table, row)) keys.push(`${kind}\u0000${key}\u0000${String(row.id)}`);
  }
  keys.sort();
  const insert = prepared(db, 'INSERT OR IGNORE INTO duplicate_keys (entity, kind, key, record_id) VALUES (?, ?, ?, ?)');
  for (const joined of keys) {
    const [kind, key, id] = joined.split('\u0000');
    insert.run(entity, kind, key, id);
  }
}

/** The keys of these records made again from their rows as stored (`SELECT *`): those they had removed, theirs written in key order. */
export function remakeRecordKeys(db: WriteDb, table: DuplicateTable, rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const entity = duplicateEntityOf[table];
  prepared(db, 'DELETE FROM duplicate_keys WHERE entity = ? AND record_id IN (SELECT value FROM json_each(?))').run(entity, JSON.stringify(rows.map((row) => String(row.id))));
  const every = keyFields[table];
  addNewRecordKeys(
    db,
    table,
    rows.map((row) => ({ row, changed: every })),
  );
}

const REBUILD_PAGE = 5_000;

function* rowsOf(db: ReadDb, table: DuplicateTable): Generator<Row> {
  const columns = table === 'contacts' ? 'id, first_name, last_name, emails, phones, deleted, merged_into' : 'id, name, legal_id, website, emails, phones, deleted, merged_into';
  // In the table's own order: one pass over its pages.
  const page = prepared(db, `SELECT rowid AS _rowid, ${columns} FROM ${table} WHERE rowid > ? AND (deleted = 0 OR merged_into IS NOT NULL) ORDER BY rowid LIMIT ${REBUILD_PAGE}`);
  let after = 0;
  for (;;) {
    const rows = page.all(after) as Row[];
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < REBUILD_PAGE) return;
    after = Number(last._rowid);
  }
}

/** Makes every key again from the tables (after a bulk load, a rebuild from the log, or at open for an older version). Returns the keys written. */
export function rebuildDuplicateKeys(db: WriteDb): number {
  prepared(db, 'DELETE FROM duplicate_keys').run();
  // The by-record index is built once at the end, sorted, rather than row by row in random order.
  const byRecord = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'duplicate_keys' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const index of byRecord) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  let written = 0;
  for (const table of ['contacts', 'companies'] as const) {
    const entity = duplicateEntityOf[table];
    const keys: string[] = [];
    for (const row of rowsOf(db, table)) for (const { kind, key } of rowDuplicateKeys(table, row)) keys.push(`${kind}\u0000${key}\u0000${String(row.id)}`);
    // In the primary key's order: the B-tree grows at its end instead of splitting pages all over.
    keys.sort();
    const insert = prepared(db, 'INSERT OR IGNORE INTO duplicate_keys (entity, kind, key, record_id) VALUES (?, ?, ?, ?)');
    for (const joined of keys) {
      const [kind, key, id] = joined.split('\u0000');
      written += insert.run(entity, kind, key, id).changes;
    }
  }
  for (const index of byRecord) db.exec(index.sql);
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(VERSION_KEY, String(DUPLICATE_KEYS_VERSION));
  return written;
}

/**
 * Says that the keys are behind the tables (a bulk load writing without them): they are made
 * again at the end of the load, or at the next open if it stops half-way.
 */
export function markDuplicateKeysStale(db: WriteDb): void {
  prepared(db, 'DELETE FROM meta WHERE key = ?').run(VERSION_KEY);
}

/** Whether the keys were made by this version and are up to date with the tables. */
export function duplicateKeysCurrent(db: ReadDb): boolean {
  return Number(prepared(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) ?? 0) === DUPLICATE_KEYS_VERSION;
}

/**
 * At open: makes the keys of a database that has none yet (the migration that added the table
 * leaves it empty) or whose keys an older version made. Returns the keys written, null when they
 * were current.
 */
export function upgradeDuplicateKeys(database: Database.Database): number | null {
  const tables = database
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'duplicate_keys', 'contacts', 'companies')")
    .pluck()
    .get() as number;
  if (tables < 4) return null;
  const stored = Number(database.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) ?? 0);
  if (stored === DUPLICATE_KEYS_VERSION) return null;
  return database.transaction(() => rebuildDuplicateKeys(asWriteDb(database)))();
}
