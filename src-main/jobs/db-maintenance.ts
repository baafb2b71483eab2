import type { Core } from '../core/core';
import { log } from '../log';

const EVERY_MS = 20_000;

/**
 * Housekeeping off the edit path: a passive WAL checkpoint and a bounded FTS merge, while the
 * app is idle between user actions, so that an edit rarely pays for either.
 */
export function runMaintenance(core: Core): void {
  core.db.pragma('wal_checkpoint(PASSIVE)');
  core.db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('merge', 200)").run();
}

export function scheduleMaintenance(core: Core): () => void {
  const timer = setInterval(() => {
    try {
      if (core.db.open) runMaintenance(core);
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'database maintenance skipped');
    }
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
