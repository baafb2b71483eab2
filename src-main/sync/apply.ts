import { decodeHlc, encodeHlc, receiveHlc } from '../../src-shared/sync/hlc';
import type { PulledChange } from '../../src-shared/sync/protocol';
import type { Viewer } from '../../src-shared/sync/scope';
import { correctedNow, type Core } from '../core/core';
import { setMeta } from '../core/meta';
import { applyRemoteChange } from '../db/remote-apply';
import type { WriteTx } from '../db/write-path';
import { recordConflict } from './conflicts';
import { dropIfHidden } from './scopes';

/**
 * Merges changes from the server inside the caller's transaction: field by field (last writer
 * wins), recording for Sync review this device's edits that lost, and dropping rows that end
 * outside the viewer's scopes. Returns the number of review items recorded.
 */
export function applyChanges(core: Core, tx: WriteTx, changes: readonly PulledChange[], viewer: Viewer): number {
  const at = new Date(core.clock.now()).toISOString();
  let conflicts = 0;
  let latest = '';
  for (const change of changes) {
    if (change.hlc > latest) latest = change.hlc;
    // This device's own changes come back in order: they are in its log already.
    if (change.deviceId === core.deviceId) continue;
    for (const edit of applyRemoteChange(tx, change, core.hlcNode)) {
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
        remote_user_id: change.userId || null,
        remote_device_id: change.deviceId,
      });
    }
    dropIfHidden(tx, viewer, at, change.tbl, change.rowId);
  }
  // Later local edits are stamped after everything seen: a restore made here beats the delete it restores.
  if (latest) {
    core.hlc = receiveHlc(core.hlc, decodeHlc(latest), correctedNow(core));
    setMeta(core.db, 'hlc', encodeHlc(core.hlc, core.hlcNode));
  }
  return conflicts;
}
