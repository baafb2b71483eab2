import type { CellValue } from '../../src-shared/sync/catalog';
import type { PushTxn, SyncChange } from '../../src-shared/sync/protocol';
import { prepared, type ReadDb, type WriteDb } from '../db/handles';

type OutboxRow = { seq: number; hlc: string; tbl: string; row_id: string; changes: string; prev_hlcs: string | null; txn_id: string };

function asChange(row: OutboxRow): SyncChange {
  const change: SyncChange = { hlc: row.hlc, tbl: row.tbl, rowId: row.row_id, changes: JSON.parse(row.changes) as Record<string, CellValue> };
  if (row.prev_hlcs) change.prev = JSON.parse(row.prev_hlcs) as Record<string, string>;
  return change;
}

export type OutboxPage = { txns: PushTxn[]; seqsByTxn: Map<string, number[]>; count: number };

/** Unsent local changes (`pushed = 0`), whole transactions in commit order, up to about `maxChanges`. */
export function readOutbox(db: ReadDb, maxChanges: number): OutboxPage {
  const rows = prepared(
    db,
    `SELECT l.seq, l.hlc, l.tbl, l.row_id, l.changes, l.prev_hlcs, t.txn_id FROM change_log l JOIN change_txns t ON t.id = l.txn
      WHERE l.pushed = 0 ORDER BY l.seq LIMIT ?`,
  ).all(maxChanges + 1) as OutboxRow[];
  const txns = new Map<string, PushTxn>();
  const seqsByTxn = new Map<string, number[]>();
  let count = 0;
  for (const row of rows) {
    let txn = txns.get(row.txn_id);
    if (!txn) {
      // A transaction is sent whole: stop before one that would not fit (unless it is the first).
      if (count >= maxChanges) break;
      txn = { txnId: row.txn_id, changes: [] };
      txns.set(row.txn_id, txn);
      seqsByTxn.set(row.txn_id, []);
    }
    txn.changes.push(asChange(row));
    seqsByTxn.get(row.txn_id)?.push(row.seq);
    count += 1;
  }
  // The last transaction may be cut by the LIMIT: complete it.
  const last = [...txns.values()].at(-1);
  if (last && rows.length > maxChanges) {
    const rest = prepared(
      db,
      `SELECT l.seq, l.hlc, l.tbl, l.row_id, l.changes, l.prev_hlcs, t.txn_id FROM change_log l JOIN change_txns t ON t.id = l.txn
        WHERE l.pushed = 0 AND t.txn_id = ? AND l.seq > ? ORDER BY l.seq`,
    ).all(last.txnId, seqsByTxn.get(last.txnId)?.at(-1) ?? 0) as OutboxRow[];
    for (const row of rest) {
      last.changes.push(asChange(row));
      seqsByTxn.get(last.txnId)?.push(row.seq);
      count += 1;
    }
  }
  return { txns: [...txns.values()], seqsByTxn, count };
}

export function outboxCount(db: ReadDb): number {
  return prepared(db, 'SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number;
}

/** 1: the server has it; 2: the server refused it (listed in Sync review). */
export function markSent(db: WriteDb, seqs: readonly number[], state: 1 | 2): void {
  const statement = prepared(db, 'UPDATE change_log SET pushed = ? WHERE seq = ?');
  for (const seq of seqs) statement.run(state, seq);
}
