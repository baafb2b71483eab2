import type { Core } from '../core/core';

/*
 * While a sync applies many pages (a snapshot, a pull that has a lot to catch up on), the WAL is
 * checkpointed every ~256 MiB instead of the app's ~16 MiB: pages written again and again by
 * consecutive transactions (indexes, the search index) are copied into the database once
 * (large snapshot: ~4 s less; 20 devices each pulling 38,000 edits: most of the pulls' commit
 * time was such checkpoints). Checkpointed at the end, and the app's setting restored.
 */
const LOAD_CHECKPOINT_PAGES = 65_536;

/** Defers checkpoints; the function returned restores the setting and checkpoints (call it in `finally`). */
export function deferCheckpoints(core: Core): () => void {
  const pages = core.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  core.db.pragma(`wal_autocheckpoint = ${Math.max(pages, LOAD_CHECKPOINT_PAGES)}`);
  return () => {
    core.db.pragma(`wal_autocheckpoint = ${pages}`);
    core.db.pragma('wal_checkpoint(PASSIVE)');
  };
}
