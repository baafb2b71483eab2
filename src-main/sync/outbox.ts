import type { CellValue } from '../../src-shared/sync/catalog';
import { MAX_TXN_PARTS, type PushTxn, type SyncChange } from '../../src-shared/sync/protocol';
import { prepared, type ReadDb, type WriteDb } from '../db/handles';
import { SyncError } from './transport';

type OutboxRow = { seq: number; hlc: string; tbl: string; row_id: string; changes: string; prev_hlcs: string | null; txn: number; txn_id: string };

/** How much one push request may carry. */
export type OutboxLimits = { changes: number; bytes: number };

/**
 * Unsent local transactions to push. `requests` are the push requests to send, in order: one
 * with several whole transactions, or, for a transaction too large for one request, one per
 * part (the server applies it when its last part arrives). `txns` are the transactions whole.
 */
export type OutboxPage = { requests: PushTxn[][]; txns: PushTxn[]; seqsByTxn: Map<string, number[]>; count: number };

type Group = { txnId: string; txn: number; rows: OutboxRow[]; bytes: number };

const SELECT = 'SELECT l.seq, l.hlc, l.tbl, l.row_id, l.changes, l.prev_hlcs, l.txn, t.txn_id FROM change_log l JOIN change_txns t ON t.id = l.txn';

function asChange(row: OutboxRow): SyncChange {
  const change: SyncChange = { hlc: row.hlc, tbl: row.tbl, rowId: row.row_id, changes: JSON.parse(row.changes) as Record<string, CellValue> };
  if (row.prev_hlcs) change.prev = JSON.parse(row.prev_hlcs) as Record<string, string>;
  return change;
}

/** About what a change weighs in the request's JSON (its values, what its writer had seen, the rest). */
const weight = (row: OutboxRow): number => Buffer.byteLength(row.changes) + (row.prev_hlcs?.length ?? 0) + 160;

function groupByTxn(rows: readonly OutboxRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (!group || group.txn !== row.txn) {
      group = { txnId: row.txn_id, txn: row.txn, rows: [], bytes: 0 };
      groups.push(group);
    }
    group.rows.push(row);
    group.bytes += weight(row);
  }
  return groups;
}

/** A transaction's changes cut into parts that each fit a request. */
function splitInParts(group: Group, limits: OutboxLimits): PushTxn[][] {
  const parts: SyncChange[][] = [];
  let current: SyncChange[] = [];
  let bytes = 0;
  for (const row of group.rows) {
    const size = weight(row);
    if (current.length > 0 && (current.length >= limits.changes || bytes + size > limits.bytes)) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(asChange(row));
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  if (parts.length > MAX_TXN_PARTS) {
    throw new SyncError('server', `A local change set of ${group.rows.length} changes is too large to send: it would take more than ${MAX_TXN_PARTS} requests.`);
  }
  return parts.map((changes, index) => [{ txnId: group.txnId, changes, part: { index, count: parts.length } }]);
}

/** Unsent local changes (`pushed = 0`), whole transactions in commit order, within the limits of one request. */
export function readOutbox(db: ReadDb, limits: OutboxLimits): OutboxPage {
  const rows = prepared(db, `${SELECT} WHERE l.pushed = 0 ORDER BY l.seq LIMIT ?`).all(limits.changes + 1) as OutboxRow[];
  const groups = groupByTxn(rows);
  // The last transaction may be cut by the LIMIT: it is not known whole yet.
  const known = rows.length > limits.changes ? groups.slice(0, -1) : groups;
  const taken: Group[] = [];
  let count = 0;
  let bytes = 0;
  for (const group of known) {
    if (count + group.rows.length > limits.changes || bytes + group.bytes > limits.bytes) break;
    taken.push(group);
    count += group.rows.length;
    bytes += group.bytes;
  }
  const first = groups[0];
  if (taken.length === 0 && first) {
    // A transaction too large for one request: all of it, in parts.
    const whole = groupByTxn(prepared(db, `${SELECT} WHERE l.pushed = 0 AND l.txn = ? ORDER BY l.seq`).all(first.txn) as OutboxRow[])[0] ?? first;
    const txn: PushTxn = { txnId: whole.txnId, changes: whole.rows.map(asChange) };
    return { requests: splitInParts(whole, limits), txns: [txn], seqsByTxn: new Map([[whole.txnId, whole.rows.map((row) => row.seq)]]), count: whole.rows.length };
  }
  const txns = taken.map((group): PushTxn => ({ txnId: group.txnId, changes: group.rows.map(asChange) }));
  return {
    requests: txns.length > 0 ? [txns] : [],
    txns,
    seqsByTxn: new Map(taken.map((group) => [group.txnId, group.rows.map((row) => row.seq)])),
    count,
  };
}

export function outboxCount(db: ReadDb): number {
  return prepared(db, 'SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number;
}

/** 1: the server has it; 2: the server refused it (listed in Sync review). */
export function markSent(db: WriteDb, seqs: readonly number[], state: 1 | 2): void {
  const statement = prepared(db, 'UPDATE change_log SET pushed = ? WHERE seq = ?');
  for (const seq of seqs) statement.run(state, seq);
}
