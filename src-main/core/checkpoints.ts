import type { Core } from './core';

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

type Hold = { count: number; pages: number };
const holds = new WeakMap<Core, Hold>();

/**
 * Holds checkpoints off entirely while a large import commits and its derived data is made
 * after it (core/derived-catch-up.ts): the WAL it wrote is copied into the database once, when
 * the last holder lets go, instead of inside the import's commit (a few seconds the user would
 * wait for) and again at each chunk after it. Holds nest; the function returned lets go of
 * this one (a closed database is left as it is: its WAL is checkpointed when it closes).
 */
export function holdCheckpoints(core: Core): () => void {
  let hold = holds.get(core);
  if (!hold) {
    hold = { count: 0, pages: core.db.pragma('wal_autocheckpoint', { simple: true }) as number };
    holds.set(core, hold);
    core.db.pragma('wal_autocheckpoint = 0');
  }
  hold.count += 1;
  const held = hold;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.count -= 1;
    if (held.count > 0) return;
    holds.delete(core);
    if (!core.db.open) return;
    core.db.pragma(`wal_autocheckpoint = ${held.pages}`);
    core.db.pragma('wal_checkpoint(PASSIVE)');
  };
}
