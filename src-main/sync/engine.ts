import type { PushResult } from '../../src-shared/sync/protocol';
import type { Core } from '../core/core';
import { setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { rebuildRowFromLog } from '../db/row-rebuild';
import { applyChanges } from './apply';
import { deferCheckpoints } from '../core/checkpoints';
import { noteServerTime, restampUnsent } from './clock';
import { recordConflict } from './conflicts';
import { markSent, readOutbox } from './outbox';
import { dropHidden, scopeDifference, setStoredScopes, storedScopes, viewerOf } from './scopes';
import { fetchIncomplete, fetchSnapshot, requestSnapshot } from './snapshot';
import { pullCursor, setPullCursor } from './state';
import { SyncError, type SyncTransport } from './transport';

export type SyncSummary = {
  pushed: number;
  rejected: number;
  pulled: number;
  /** rows received in a snapshot (a new device, or scopes gained) */
  snapshotRows: number;
  conflicts: number;
  cursor: number;
  serverTime: number | null;
  /** unsent changes given new timestamps because the server said this device's clock was ahead */
  restamped: number;
};

/** About 1 MB or 2,000 changes per push request (sync.md); the server takes up to 5,000 and 4 MiB. */
const PUSH_LIMITS = { changes: 2_000, bytes: 1024 * 1024 };
const PULL_PAGE = 2_000;

/** Calls the server, learning from its answer how far this device's clock is. */
async function timed<T extends { serverTime: number }>(core: Core, call: () => Promise<T>): Promise<T> {
  const sentAt = core.clock.now();
  const answer = await call();
  noteServerTime(core, answer.serverTime, sentAt, core.clock.now());
  return answer;
}

/**
 * Sends the outbox, page by page. A refused transaction is reverted here (its rows rebuilt from
 * the rest of the log) and listed for Sync review; a clock ahead of the server's gets the
 * unsent changes re-stamped and sent again — never wedged.
 */
async function pushAll(core: Core, transport: SyncTransport): Promise<{ pushed: number; rejected: number; restamped: number; serverTime: number | null }> {
  let pushed = 0;
  let rejected = 0;
  let restamped = 0;
  let serverTime: number | null = null;
  let restampedOnce = false;
  for (;;) {
    const page = readOutbox(core.read, PUSH_LIMITS);
    if (page.txns.length === 0) break;
    // One request, or the parts of one large transaction in order (the last part's answer is the transaction's).
    const byId = new Map<string, PushResult>();
    let answered = 0;
    for (const request of page.requests) {
      const response = await timed(core, () => transport.push(request));
      serverTime = response.serverTime;
      answered += response.results.length;
      for (const result of response.results) byId.set(result.txnId, result);
    }
    let clockAhead = false;
    write(core, (tx) => {
      const at = new Date(core.clock.now()).toISOString();
      for (const txn of page.txns) {
        const result: PushResult | undefined = byId.get(txn.txnId);
        const seqs = page.seqsByTxn.get(txn.txnId) ?? [];
        if (!result || result.status === 'partial') continue;
        if (result.status !== 'rejected') {
          markSent(tx.db, seqs, 1);
          pushed += seqs.length;
          continue;
        }
        if (result.reason === 'clock_ahead') {
          clockAhead = true;
          continue;
        }
        markSent(tx.db, seqs, 2);
        rejected += seqs.length;
        const rows = new Map<string, { tbl: string; rowId: string }>();
        for (const change of txn.changes) {
          recordConflict(tx.db, at, { kind: 'rejected', tbl: change.tbl, row_id: change.rowId, local_value: JSON.stringify(change.changes), local_hlc: change.hlc, reason: result.reason ?? null });
          rows.set(`${change.tbl}\u0000${change.rowId}`, { tbl: change.tbl, rowId: change.rowId });
        }
        // Back to what the server holds: the refused values stay only in Sync review.
        for (const { tbl, rowId } of rows.values()) rebuildRowFromLog(tx, tbl, rowId);
      }
    });
    if (clockAhead) {
      if (restampedOnce) throw new SyncError('server', "This device's clock is too far ahead of the office server's: check its date and time.");
      restamped += restampUnsent(core);
      restampedOnce = true;
      continue;
    }
    if (answered === 0 || [...byId.values()].every((result) => result.status === 'partial')) break;
  }
  return { pushed, rejected, restamped, serverTime };
}

/** Applies everything the server has for this device since its cursor, page by page. */
async function pullAll(core: Core, transport: SyncTransport): Promise<{ pulled: number; conflicts: number; serverTime: number | null; gained: boolean }> {
  let pulled = 0;
  let conflicts = 0;
  let serverTime: number | null = null;
  let gained = false;
  // A pull with more than a page to apply is a load: checkpoints wait for its end (see checkpoints.ts).
  let checkpoint: (() => void) | null = null;
  try {
    for (;;) {
      const since = pullCursor(core);
      const page = await timed(core, () => transport.pull(since, PULL_PAGE));
      serverTime = page.serverTime;
      conflicts += write(core, (tx) => {
        const viewer = viewerOf(core, page.scopes);
        const difference = scopeDifference(storedScopes(core), page.scopes);
        setStoredScopes(core, page.scopes);
        // Scopes lost: what may no longer be seen leaves this device. Scopes gained: their rows come in a snapshot.
        if (difference.lost) dropHidden(tx, viewer, new Date(core.clock.now()).toISOString());
        if (difference.gained === 'all' || difference.gained.length > 0) {
          requestSnapshot(core, difference.gained === 'all' ? null : difference.gained);
          gained = true;
        }
        const found = applyChanges(core, tx, page.changes, viewer);
        // The cursor moves in the same transaction as the page: a crash cannot split them.
        setPullCursor(core, page.cursor);
        return found;
      });
      pulled += page.changes.filter((change) => change.deviceId !== core.deviceId).length;
      if (!page.more) break;
      checkpoint ??= deferCheckpoints(core);
    }
  } finally {
    checkpoint?.();
  }
  return { pulled, conflicts, serverTime, gained };
}

/**
 * One sync: push what is pending, fetch a snapshot if one is due (a new device, scopes
 * gained), then pull what is new, and fetch whole any row the pull gave only a part of. Safe to
 * interrupt at any point.
 */
export async function syncOnce(core: Core, transport: SyncTransport): Promise<SyncSummary> {
  const push = await pushAll(core, transport);
  let snapshot = await fetchSnapshot(core, transport);
  const pull = await pullAll(core, transport);
  if (pull.gained) {
    const more = await fetchSnapshot(core, transport);
    snapshot = { rows: snapshot.rows + more.rows, conflicts: snapshot.conflicts + more.conflicts };
  }
  // Rows the pull gave only a part of (never made up from it here) come whole.
  const refetched = await fetchIncomplete(core, transport);
  snapshot = { rows: snapshot.rows + refetched.rows, conflicts: snapshot.conflicts + refetched.conflicts };
  const serverTime = pull.serverTime ?? push.serverTime;
  write(core, () => setMeta(core.db, 'sync.last_sync', new Date(core.clock.now()).toISOString()));
  return {
    pushed: push.pushed,
    rejected: push.rejected,
    pulled: pull.pulled,
    snapshotRows: snapshot.rows,
    conflicts: pull.conflicts + snapshot.conflicts,
    cursor: pullCursor(core),
    serverTime,
    restamped: push.restamped,
  };
}
