import { decodeHlc, encodeHlc, receiveHlc } from '../../src-shared/sync/hlc';
import type { PulledChange, SnapshotRow } from '../../src-shared/sync/protocol';
import type { Viewer } from '../../src-shared/sync/scope';
import { correctedNow, type Core } from '../core/core';
import { setMeta } from '../core/meta';
import { applyRemoteChange, insertSnapshotRow, type Applied } from '../db/remote-apply';
import type { WriteTx } from '../db/write-path';
import { log } from '../log';
import { recordConflict } from './conflicts';
import { noteIncomplete, type RowKey } from './incomplete';
import { dropIfHidden, dropOwnIfHidden } from './scopes';

type Merge = { at: string; conflicts: number; latest: string };

/** Who the history names for values received whole (from a snapshot, or a row that became visible). */
const SNAPSHOT_DEVICE = 'snapshot';

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
 * outside the viewer's scopes. A whole row (one that just became visible to this account) is
 * applied as a snapshot row. A change for a row this device does not hold, without what such a
 * row needs, is not applied: the row is listed to be fetched whole. Returns the number of review
 * items recorded.
 */
export function applyChanges(core: Core, tx: WriteTx, changes: readonly PulledChange[], viewer: Viewer): number {
  const merge = startMerge(core);
  const partial = { rows: [] as RowKey[], fields: new Set<string>() };
  for (const change of changes) {
    // This device's own changes come back in order: they are in its log already.
    if (change.deviceId === core.deviceId) {
      if (change.hlc > merge.latest) merge.latest = change.hlc;
      if (!change.rowHlcs) dropOwnIfHidden(tx, viewer, merge.at, change.tbl, change.rowId, Object.keys(change.changes));
      continue;
    }
    if (change.rowHlcs) {
      const row = { tbl: change.tbl, rowId: change.rowId, data: change.changes, hlcs: change.rowHlcs };
      applyRow(core, tx, viewer, merge, row, { txnId: change.txnId, deviceId: SNAPSHOT_DEVICE, userId: '' });
      continue;
    }
    const applied = applyRemoteChange(tx, change, core.hlcNode);
    if (applied.missing) {
      partial.rows.push({ tbl: change.tbl, rowId: change.rowId });
      for (const field of applied.missing) partial.fields.add(`${change.tbl}.${field}`);
    }
    settle(tx, viewer, merge, change, applied);
  }
  const listed = partial.rows.length > 0 ? noteIncomplete(core, partial.rows) : 0;
  // A count and field names: never an id or a value.
  if (listed > 0) {
    log.warn({ event: 'sync_rows_incomplete', rows: listed, missing: [...partial.fields].sort() }, 'changes came for rows this device does not hold: the rows will be fetched whole');
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
    .map(([hlc, changes]) => ({ seq: 0, hlc, tbl: row.tbl, rowId: row.rowId, changes, txnId, deviceId: SNAPSHOT_DEVICE, userId: '' }));
}

/**
 * Applies a page of snapshot rows inside the caller's transaction: a row new to this device is
 * written whole; one it holds already (its own rows, scopes gained again) is merged change by
 * change like a pull. Returns the number of review items recorded.
 */
export function applySnapshotRows(core: Core, tx: WriteTx, rows: readonly SnapshotRow[], txnId: string, viewer: Viewer): number {
  const merge = startMerge(core);
  const txn = { txnId, deviceId: SNAPSHOT_DEVICE, userId: '' };
  for (const row of rows) applyRow(core, tx, viewer, merge, row, txn);
  return finish(core, merge);
}

/** One whole row: written as it is when new here, else merged field by field like the changes that wrote it. */
function applyRow(core: Core, tx: WriteTx, viewer: Viewer, merge: Merge, row: SnapshotRow, txn: { txnId: string; deviceId: string; userId: string }): void {
  const inserted = insertSnapshotRow(tx, row, txn);
  if (inserted) {
    for (const hlc of Object.values(row.hlcs)) if (hlc > merge.latest) merge.latest = hlc;
    return;
  }
  for (const change of asChanges(row, txn.txnId)) settle(tx, viewer, merge, change, applyRemoteChange(tx, change, core.hlcNode));
}
