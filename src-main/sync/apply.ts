import { decodeHlc, encodeHlc, receiveHlc } from '../../src-shared/sync/hlc';
import type { PulledChange, SnapshotRow } from '../../src-shared/sync/protocol';
import type { Viewer } from '../../src-shared/sync/scope';
import { correctedNow, type Core } from '../core/core';
import { setMeta } from '../core/meta';
import { applyRemoteChange, insertSnapshotRow, type Applied } from '../db/remote-apply';
import type { WriteTx } from '../db/write-path';
import { recordConflict } from './conflicts';
import { dropIfHidden } from './scopes';

type Merge = { at: string; conflicts: number; latest: string };

/** Records what one applied change replaced for Sync review, and drops its row if the viewer may no longer see it. */
function settle(tx: WriteTx, viewer: Viewer, merge: Merge, change: PulledChange, applied: Applied): void {
  if (change.hlc > merge.latest) merge.latest = change.hlc;
  for (const edit of applied.lost) {
    merge.conflicts += 1;
    recordConflict(tx.db, merge.at, {
      kind: edit.kind,
      tbl: change.tbl,
      row_id: change.rowId,
      field: edit.field,
      local_value: JSON.stringify(edit.localValue),
      local_hlc: edit.localHlc,
      remote_value: edit.field === null ? null : JSON.stringify(change.changes[edit.field] ?? null),
      remote_hlc: change.hlc,
      remote_user_id: change.userId || null,
      remote_device_id: change.deviceId,
    });
  }
  if (applied.row) dropIfHidden(tx, viewer, merge.at, change.tbl, applied.row);
}

/** Later local edits are stamped after everything seen: a restore made here beats the delete it restores. */
function finish(core: Core, merge: Merge): number {
  if (merge.latest) {
    core.hlc = receiveHlc(core.hlc, decodeHlc(merge.latest), correctedNow(core));
    setMeta(core.db, 'hlc', encodeHlc(core.hlc, core.hlcNode));
  }
  return merge.conflicts;
}

const startMerge = (core: Core): Merge => ({ at: new Date(core.clock.now()).toISOString(), conflicts: 0, latest: '' });

/**
 * Merges changes from the server inside the caller's transaction: field by field (last writer
 * wins), recording for Sync review this device's edits that lost, and dropping rows that end
 * outside the viewer's scopes. Returns the number of review items recorded.
 */
export function applyChanges(core: Core, tx: WriteTx, changes: readonly PulledChange[], viewer: Viewer): number {
  const merge = startMerge(core);
  for (const change of changes) {
    // This device's own changes come back in order: they are in its log already.
    if (change.deviceId === core.deviceId) {
      if (change.hlc > merge.latest) merge.latest = change.hlc;
      continue;
    }
    settle(tx, viewer, merge, change, applyRemoteChange(tx, change, core.hlcNode));
  }
  return finish(core, merge);
}

/** A snapshot row's fields grouped by the HLC that wrote them, as the changes the merge understands. */
function asChanges(row: SnapshotRow, txnId: string): PulledChange[] {
  const byHlc = new Map<string, Record<string, string | number | null>>();
  for (const [field, value] of Object.entries(row.data)) {
    const hlc = row.hlcs[field];
    if (!hlc) continue;
    const fields = byHlc.get(hlc) ?? {};
    fields[field] = value;
    byHlc.set(hlc, fields);
  }
  return [...byHlc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([hlc, changes]) => ({ seq: 0, hlc, tbl: row.tbl, rowId: row.rowId, changes, txnId, deviceId: 'snapshot', userId: '' }));
}

/**
 * Applies a page of snapshot rows inside the caller's transaction: a row new to this device is
 * written whole; one it holds already (its own rows, scopes gained again) is merged change by
 * change like a pull. Returns the number of review items recorded.
 */
export function applySnapshotRows(core: Core, tx: WriteTx, rows: readonly SnapshotRow[], txnId: string, viewer: Viewer): number {
  const merge = startMerge(core);
  const txn = { txnId, deviceId: 'snapshot', userId: '' };
  for (const row of rows) {
    const inserted = insertSnapshotRow(tx, row, txn);
    if (inserted) {
      for (const hlc of Object.values(row.hlcs)) if (hlc > merge.latest) merge.latest = hlc;
      continue;
    }
    for (const change of asChanges(row, txnId)) settle(tx, viewer, merge, change, applyRemoteChange(tx, change, core.hlcNode));
  }
  return finish(core, merge);
}
