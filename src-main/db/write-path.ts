import { markAttendeesStale, refreshAttendees } from './attendee-index';
import { isDuplicateTable, markDuplicateKeysStale, refreshDuplicateKeys } from './duplicate-index';
import { prepared, type WriteDb } from './handles';
import { noteMergeFollowUps } from './merge-follow-ups';
import { refreshSearchDocs } from './search-index';
import { tableSpec, type Row, type SearchDocRef, type SqlValue, type SyncedTableName, type TableSpec } from './synced-tables';
import { hlcWallTime } from '../../src-shared/sync/hlc';
import type { EntityName } from '../../src-shared/contract/events';

/**
 * A write transaction as the write path sees it: who writes, from which device, a clock, and
 * what changed (announced to the renderer after commit).
 */
export type WriteTx = {
  db: WriteDb;
  txnId: string;
  deviceId: string;
  userId: string;
  nextHlc: () => string;
  touched: Map<EntityName, Set<string>>;
  pendingSearchDocs: Map<string, SearchDocRef>;
  /** Set by a bulk load that rebuilds the whole search index once it is done. */
  searchDeferred?: boolean;
  /** Set by a bulk load that makes the duplicate keys again once it is done (the seed; a snapshot does with `searchDeferred`). */
  duplicateKeysDeferred?: boolean;
  /** change_txns.id, once this transaction has logged something */
  txnRef?: number;
};

/** Notes the record a row belongs to, announced as changed when the transaction commits. */
export function touch(tx: WriteTx, spec: TableSpec, row: Row): void {
  const { entity, id } = spec.announce(row);
  let ids = tx.touched.get(entity);
  if (!ids) {
    ids = new Set();
    tx.touched.set(entity, ids);
  }
  ids.add(id);
}

function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

function readRow(db: WriteDb, table: SyncedTableName, id: string): Row | undefined {
  return prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

/**
 * Stores the values of a row (data fields plus derived columns) without logging: the one place
 * rows are written, shared by local writes, the log rebuild and applied sync changes.
 * `existing`: the row as it is (when the caller has read it already), true to read it, false for a new row.
 */
export function storeRow(db: WriteDb, spec: TableSpec, id: string, values: Row, existing: Row | boolean): Row {
  const exists = existing !== false;
  const current = typeof existing === 'object' ? existing : exists ? (readRow(db, spec.name, id) ?? {}) : {};
  const merged: Row = { ...current, ...values, id };
  const derived = spec.derive ? spec.derive(merged) : {};
  const toWrite: Row = { ...values, ...derived };
  const columns = Object.keys(toWrite);
  if (exists) {
    const assignments = columns.map((column) => `${column} = @${column}`).join(', ');
    prepared(db, `UPDATE ${spec.name} SET ${assignments} WHERE id = @id`).run({ ...toWrite, id });
  } else {
    const names = ['id', ...columns];
    prepared(db, `INSERT INTO ${spec.name} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run({
      ...toWrite,
      id,
    });
  }
  return { ...merged, ...derived };
}

/**
 * Writes a new row (data fields plus derived columns, without logging) unless this device holds
 * one with this id already: then nothing is written and undefined returned. The insert of
 * `storeRow`, bound by position and keyed on the columns given, for rows written by the hundred
 * thousand (a new device's snapshot), where the unique id index answers "is it here?" at no
 * extra lookup.
 */
export function insertRowIfAbsent(db: WriteDb, spec: TableSpec, id: string, values: Row): Row | undefined {
  const derived = spec.derive ? spec.derive({ ...values, id }) : {};
  const toWrite: Row = { ...values, ...derived };
  const columns = Object.keys(toWrite);
  const insert = prepared(db, `INSERT INTO ${spec.name} (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)}) ON CONFLICT (id) DO NOTHING`);
  if (insert.run(id, ...columns.map((column) => toWrite[column] ?? null)).changes === 0) return undefined;
  return { ...toWrite, id };
}

/** The transaction's row in change_txns, written once, on its first change. */
function txnRef(tx: WriteTx): number {
  if (tx.txnRef === undefined) {
    tx.txnRef = Number(
      prepared(tx.db, 'INSERT INTO change_txns (txn_id, device_id, user_id) VALUES (?, ?, ?)').run(tx.txnId, tx.deviceId, tx.userId)
        .lastInsertRowid,
    );
  }
  return tx.txnRef;
}

function logChanges(tx: WriteTx, spec: TableSpec, id: string, changes: Row, hlc: string, created: boolean): void {
  const fields = Object.keys(changes);
  if (fields.length === 0) return;
  const logEntry = (prev: Record<string, string> | null) =>
    prepared(tx.db, 'INSERT INTO change_log (hlc, tbl, row_id, changes, txn, prev_hlcs) VALUES (?, ?, ?, ?, ?, ?)').run(
      hlc,
      spec.name,
      id,
      JSON.stringify(changes),
      txnRef(tx),
      prev ? JSON.stringify(prev) : null,
    );
  if (created) {
    logEntry(null);
    prepared(tx.db, "INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, '{}')").run(spec.name, id, hlc);
    return;
  }
  const versions = prepared(tx.db, 'SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?').get(spec.name, id) as
    | { base_hlc: string; field_hlcs: string }
    | undefined;
  const fieldHlcs = JSON.parse(versions?.field_hlcs ?? '{}') as Record<string, string>;
  // What each field held before this edit: its own version, else the row's creation.
  const prev: Record<string, string> = {};
  for (const field of fields) {
    const seen = fieldHlcs[field] ?? versions?.base_hlc;
    if (seen !== undefined) prev[field] = seen;
    fieldHlcs[field] = hlc;
  }
  logEntry(prev);
  prepared(
    tx.db,
    `INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, ?)
     ON CONFLICT (tbl, row_id) DO UPDATE SET field_hlcs = excluded.field_hlcs`,
  ).run(spec.name, id, hlc, JSON.stringify(fieldHlcs));
}

function assertFields(spec: TableSpec, values: Row): void {
  for (const field of Object.keys(values)) {
    if (!spec.fields.has(field)) throw new Error(`${spec.name}.${field} is not a data field`);
  }
}

/** Transactions of a bulk load that have marked a derived index out of date (once each). */
const keysMarkedStale = new WeakSet<WriteTx>();
const attendeesMarkedStale = new WeakSet<WriteTx>();

/** Row by row, a bulk load's derived indexes would cost more than making them all at its end: they are marked stale instead, once. */
function keepDerived(tx: WriteTx, marked: WeakSet<WriteTx>, markStale: (db: WriteDb) => void, refresh: () => void): void {
  if (!tx.searchDeferred && !tx.duplicateKeysDeferred) refresh();
  else if (!marked.has(tx)) {
    markStale(tx.db);
    marked.add(tx);
  }
}

export function afterWrite(tx: WriteTx, spec: TableSpec, row: Row, changed: ReadonlySet<string>): void {
  touch(tx, spec, row);
  const table = spec.name;
  if (isDuplicateTable(table)) keepDerived(tx, keysMarkedStale, markDuplicateKeysStale, () => refreshDuplicateKeys(tx.db, table, row, changed));
  if (table === 'activities') keepDerived(tx, attendeesMarkedStale, markAttendeesStale, () => refreshAttendees(tx.db, row, changed));
  if (tx.searchDeferred) return;
  // A bulk load writes whole data that points at no merged record: nothing to follow.
  if (!tx.duplicateKeysDeferred) noteMergeFollowUps(tx, spec, row, changed);
  for (const doc of spec.searchDocs?.(tx.db, row, changed) ?? []) tx.pendingSearchDocs.set(`${doc.entity}:${doc.id}`, doc);
}

/**
 * Creates a row; every given field is recorded in the change log in this transaction.
 * `stampedAt`: an HLC to stamp it with instead of the clock's next one — the app's own
 * defaults (the first pipeline) are stamped at the epoch, so any user's edit wins over them.
 */
export function insertRecord(tx: WriteTx, table: SyncedTableName, id: string, values: Row, stampedAt?: string): Row {
  const spec = tableSpec(table);
  const hlc = stampedAt ?? tx.nextHlc();
  const given: Row = { created_at: hlcWallTime(hlc), deleted: 0, ...values };
  assertFields(spec, given);
  // A new row's empty fields are its defaults: logging them would only grow the log.
  const fields: Row = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== null && value !== undefined));
  const row = storeRow(tx.db, spec, id, { ...fields, updated_at: hlcWallTime(hlc) }, false);
  logChanges(tx, spec, id, fields, hlc, true);
  afterWrite(tx, spec, row, new Set(Object.keys(fields)));
  return row;
}

/**
 * Changes fields of an existing row. Only values that differ are written and logged; returns
 * the names of the changed fields (empty when nothing changed).
 */
export function updateRecord(tx: WriteTx, table: SyncedTableName, id: string, patch: Row): string[] {
  const spec = tableSpec(table);
  assertFields(spec, patch);
  const current = readRow(tx.db, table, id);
  if (!current) throw new Error(`${table} ${id} does not exist`);
  const changes: Row = {};
  for (const [field, value] of Object.entries(patch)) {
    if (!sameValue(current[field], value)) changes[field] = value;
  }
  const changed = Object.keys(changes);
  if (changed.length === 0) return [];
  const hlc = tx.nextHlc();
  const row = storeRow(tx.db, spec, id, { ...changes, updated_at: hlcWallTime(hlc) }, current);
  logChanges(tx, spec, id, changes, hlc, false);
  afterWrite(tx, spec, row, new Set(changed));
  return changed;
}

/** Applies the search documents touched during the transaction, once each, before commit. */
export function flushSearchDocs(tx: WriteTx): void {
  refreshSearchDocs(tx.db, [...tx.pendingSearchDocs.values()]);
  tx.pendingSearchDocs.clear();
}
