import { randomFillSync } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { hlcWallTime } from '../../../src-shared/sync/hlc';
import { deferDerivedData, type BacklogTable } from '../../db/derived-backlog';
import { prepared } from '../../db/handles';
import { tableSpec, type Row, type SyncedTableName } from '../../db/synced-tables';
import { afterWrite, type WriteTx } from '../../db/write-path';
import { afterWriteInBulk, afterWriteMany, type WrittenRow } from './bulk-after-write';

/**
 * New records whose search documents and duplicate keys are made after the commit (a large
 * import): `backlog`, the records of a table the derived-data backlog knows, which records their
 * range; `covered`, rows whose only derived data are search documents of records in such a
 * range (the links of new contacts to their companies).
 */
export type DerivedLater = { kind: 'backlog'; table: BacklogTable } | { kind: 'covered' };

/** Records between two progress reports. */
const REPORT_EVERY = 1_000;

/**
 * New rows whose duplicate keys, search documents and merge checks are made together. Small
 * enough that a chunk's rows mostly die young: held across the young generation's collections,
 * 5,000 rows at a time were moved to the old one and left there as garbage until a full
 * collection (100,000 contacts from Excel: 399 MB of heap when the save ended against 271 MB).
 */
const CHUNK = 500;

/** The last time part and counter given, so that ids stay in order within a millisecond (as uuid's own v7 does). */
const clock = { msecs: -Infinity, seq: 0 };

/**
 * New UUIDv7 ids, many at once, in increasing order: their random bits drawn in one call (uuid's
 * own `v7()` asks the system for 16 bytes per id, a visible cost at 100,000 records).
 */
export function newIds(count: number): string[] {
  const pool = randomFillSync(new Uint8Array(16 * count));
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const random = pool.subarray(index * 16, index * 16 + 16);
    const now = Date.now();
    if (now > clock.msecs) {
      clock.msecs = now;
      clock.seq = (((random[6] as number) & 0x7f) << 24) | ((random[7] as number) << 16) | ((random[8] as number) << 8) | (random[9] as number);
    } else {
      clock.seq = (clock.seq + 1) | 0;
      if (clock.seq === 0) clock.msecs += 1;
    }
    ids.push(uuidv7({ random, msecs: clock.msecs, seq: clock.seq }));
  }
  return ids;
}

/** The transaction's row in change_txns, written once (as the write path does on its first change). */
function txnRefOf(tx: WriteTx): number {
  if (tx.txnRef === undefined) {
    tx.txnRef = Number(prepared(tx.db, 'INSERT INTO change_txns (txn_id, device_id, user_id) VALUES (?, ?, ?)').run(tx.txnId, tx.deviceId, tx.userId).lastInsertRowid);
  }
  return tx.txnRef;
}

/**
 * Creates many records in the caller's transaction with exactly the effects of the write path's
 * `insertRecord`, in order: the row with its derived columns, a change-log entry holding every
 * given field (stamped with its own HLC), its field versions, then what `afterWrite` does
 * (announcement, search index, duplicate keys…), for a chunk of rows at a time
 * (bulk-after-write.ts). What it saves is per-row overhead: statements compiled once per column
 * set and bound by position, ids drawn in bulk, keys written in bulk. Rows are asked for one
 * at a time (`at`), so that a caller can let go of each once it is written (`inserted`).
 * `derivedLater`: their search documents and duplicate keys are left to the derived-data backlog
 * (a large import), which makes them after the commit. The test
 * tests/integration/main/domains/imports/bulk-insert.test.ts compares both ways row for row.
 */
export function insertNewRecords(
  tx: WriteTx,
  table: SyncedTableName,
  rows: { count: number; at: (index: number) => Row; inserted?: (index: number, id: string) => void },
  report: (done: number) => void,
  derivedLater?: DerivedLater,
): string[] {
  if (rows.count === 0) return [];
  const spec = tableSpec(table);
  const ids = newIds(rows.count);
  const later = derivedLater !== undefined && afterWriteInBulk(tx, spec);
  if (later && derivedLater.kind === 'backlog') deferDerivedData(tx.db, derivedLater.table, ids[0] as string, ids.at(-1) as string);
  const txn = txnRefOf(tx);
  const logEntry = prepared(tx.db, 'INSERT INTO change_log (hlc, tbl, row_id, changes, txn, prev_hlcs) VALUES (?, ?, ?, ?, ?, NULL)');
  const version = prepared(tx.db, "INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, '{}')");
  const inserts = new Map<string, Statement>();
  const inBulk = afterWriteInBulk(tx, spec);
  let written: WrittenRow[] = [];
  const afterChunk = (chunk: WrittenRow[]): WrittenRow[] => {
    afterWriteMany(tx, spec, chunk, later);
    return [];
  };
  for (let index = 0; index < rows.count; index++) {
    const values = rows.at(index);
    const id = ids[index] as string;
    const hlc = tx.nextHlc();
    const wall = hlcWallTime(hlc);
    const given: Row = { created_at: wall, deleted: 0, ...values };
    const fields: Row = {};
    for (const [field, value] of Object.entries(given)) {
      if (!spec.fields.has(field)) throw new Error(`${table}.${field} is not a data field`);
      if (value !== null && value !== undefined) fields[field] = value;
    }
    const stored: Row = { ...fields, updated_at: wall };
    const derived = spec.derive ? spec.derive({ ...stored, id }) : {};
    const toWrite: Row = { ...stored, ...derived };
    const columns = Object.keys(toWrite);
    const key = columns.join(',');
    let insert = inserts.get(key);
    if (!insert) {
      insert = prepared(tx.db, `INSERT INTO ${table} (id, ${key}) VALUES (?${', ?'.repeat(columns.length)})`);
      inserts.set(key, insert);
    }
    insert.run(id, ...columns.map((column) => toWrite[column] ?? null));
    logEntry.run(hlc, table, id, JSON.stringify(fields), txn);
    version.run(table, id, hlc);
    // The row as written, its id given last (the statement above is keyed on the other columns).
    toWrite.id = id;
    const row: WrittenRow = { row: toWrite, changed: new Set(Object.keys(fields)) };
    if (inBulk) written.push(row);
    else afterWrite(tx, spec, row.row, row.changed);
    rows.inserted?.(index, id);
    if (written.length >= CHUNK) written = afterChunk(written);
    if ((index + 1) % REPORT_EVERY === 0) report(index + 1);
  }
  afterChunk(written);
  return ids;
}
