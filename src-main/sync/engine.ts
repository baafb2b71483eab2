import { decodeHlc, encodeHlc, receiveHlc } from '../../src-shared/sync/hlc';
import type { PulledChange, PushResult } from '../../src-shared/sync/protocol';
import type { Core } from '../core/core';
import { setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { applyRemoteChange, type LostEdit } from '../db/remote-apply';
import { prepared, type WriteDb } from '../db/handles';
import { markSent, readOutbox } from './outbox';
import { pullCursor, setPullCursor } from './state';
import type { SyncTransport } from './transport';

export type SyncSummary = { pushed: number; rejected: number; pulled: number; conflicts: number; cursor: number; serverTime: number | null };

const PUSH_PAGE = 2_000;
const PULL_PAGE = 2_000;

function recordConflict(db: WriteDb, now: string, values: Record<string, string | null>): void {
  prepared(
    db,
    `INSERT INTO sync_conflicts (kind, tbl, row_id, field, local_value, local_hlc, remote_value, remote_hlc, remote_user_id, remote_device_id, reason, created_at)
     VALUES (@kind, @tbl, @row_id, @field, @local_value, @local_hlc, @remote_value, @remote_hlc, @remote_user_id, @remote_device_id, @reason, @created_at)`,
  ).run({ field: null, local_value: null, local_hlc: null, remote_value: null, remote_hlc: null, remote_user_id: null, remote_device_id: null, reason: null, ...values, created_at: now });
}

/** Sends the outbox, page by page; refused transactions are kept aside for Sync review. */
async function pushAll(core: Core, transport: SyncTransport): Promise<{ pushed: number; rejected: number; serverTime: number | null }> {
  let pushed = 0;
  let rejected = 0;
  let serverTime: number | null = null;
  for (;;) {
    const page = readOutbox(core.read, PUSH_PAGE);
    if (page.txns.length === 0) break;
    const response = await transport.push(page.txns);
    serverTime = response.serverTime;
    const byId = new Map(response.results.map((result) => [result.txnId, result]));
    write(core, (tx) => {
      for (const txn of page.txns) {
        const result: PushResult | undefined = byId.get(txn.txnId);
        const seqs = page.seqsByTxn.get(txn.txnId) ?? [];
        if (!result) continue;
        if (result.status !== 'rejected') {
          markSent(tx.db, seqs, 1);
          pushed += seqs.length;
          continue;
        }
        markSent(tx.db, seqs, 2);
        rejected += seqs.length;
        const at = new Date(core.clock.now()).toISOString();
        for (const change of txn.changes) {
          recordConflict(tx.db, at, { kind: 'rejected', tbl: change.tbl, row_id: change.rowId, local_value: JSON.stringify(change.changes), local_hlc: change.hlc, reason: result.reason ?? null });
        }
      }
    });
    if (response.results.length === 0) break;
  }
  return { pushed, rejected, serverTime };
}

function applyPage(core: Core, changes: readonly PulledChange[], cursor: number): number {
  let conflicts = 0;
  write(core, (tx) => {
    const at = new Date(core.clock.now()).toISOString();
    let latest = '';
    for (const change of changes) {
      if (change.hlc > latest) latest = change.hlc;
      // This device's own changes come back in order: they are in its log already.
      if (change.deviceId === core.deviceId) continue;
      const lost: LostEdit[] = applyRemoteChange(tx, change, core.hlcNode);
      for (const edit of lost) {
        conflicts += 1;
        recordConflict(tx.db, at, {
          kind: edit.kind,
          tbl: change.tbl,
          row_id: change.rowId,
          field: edit.field,
          local_value: JSON.stringify(edit.localValue),
          local_hlc: edit.localHlc,
          remote_value: edit.field === null ? null : JSON.stringify(change.changes[edit.field] ?? null),
          remote_hlc: change.hlc,
          remote_user_id: change.userId,
          remote_device_id: change.deviceId,
        });
      }
    }
    // Later local edits are stamped after everything seen: a restore made here beats the delete it restores.
    if (latest) {
      core.hlc = receiveHlc(core.hlc, decodeHlc(latest), core.clock.now());
      setMeta(core.db, 'hlc', encodeHlc(core.hlc, core.hlcNode));
    }
    // The cursor moves in the same transaction as the page: a crash cannot split them.
    setPullCursor(core, cursor);
  });
  return conflicts;
}

/** Applies everything the server has for this device since its cursor, page by page. */
async function pullAll(core: Core, transport: SyncTransport): Promise<{ pulled: number; conflicts: number; serverTime: number | null }> {
  let pulled = 0;
  let conflicts = 0;
  let serverTime: number | null = null;
  for (;;) {
    const since = pullCursor(core);
    const page = await transport.pull(since, PULL_PAGE);
    serverTime = page.serverTime;
    if (page.changes.length > 0 || page.cursor !== since) conflicts += applyPage(core, page.changes, page.cursor);
    pulled += page.changes.filter((change) => change.deviceId !== core.deviceId).length;
    if (!page.more) break;
  }
  return { pulled, conflicts, serverTime };
}

/** One sync: push what is pending, then pull what is new. Safe to interrupt at any point. */
export async function syncOnce(core: Core, transport: SyncTransport): Promise<SyncSummary> {
  const push = await pushAll(core, transport);
  const pull = await pullAll(core, transport);
  const serverTime = pull.serverTime ?? push.serverTime;
  write(core, () => setMeta(core.db, 'sync.last_sync', new Date(core.clock.now()).toISOString()));
  return { pushed: push.pushed, rejected: push.rejected, pulled: pull.pulled, conflicts: pull.conflicts, cursor: pullCursor(core), serverTime };
}
