import { catchUpDerivedData, hasDerivedBacklog } from '../db/derived-backlog';
import { asWriteDb } from '../db/handles';
import { log } from '../log';
import { holdCheckpoints } from './checkpoints';
import type { Core } from './core';

/** After a failed chunk (a full disk…), the next try. */
const RETRY_MS = 30_000;

const running = new WeakSet<Core>();

/** One chunk of the derived-data backlog in its own write transaction; whether more waits. */
function step(core: Core): boolean {
  return core.db.transaction(() => catchUpDerivedData(asWriteDb(core.db))).immediate();
}

/**
 * Makes the search documents and duplicate keys a large import left for after its commit
 * (db/derived-backlog.ts), in the background: a chunk per transaction and per turn of the event
 * loop, so that the app answers meanwhile. Called after such an import and at start (what a
 * closed app left). A failed chunk is rolled back and tried again later; nothing is lost, the
 * records just stay unfound by search a while longer.
 */
export function catchUpSoon(core: Core): void {
  if (running.has(core) || !core.db.open || !hasDerivedBacklog(core.read)) return;
  running.add(core);
  const release = holdCheckpoints(core);
  const next = (): void => {
    if (!core.db.open) {
      running.delete(core);
      release();
      return;
    }
    let more: boolean;
    try {
      more = step(core);
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'search index and duplicate keys of imported records: a chunk failed, tried again later');
      setTimeout(next, RETRY_MS).unref();
      return;
    }
    if (more) {
      setImmediate(next);
      return;
    }
    running.delete(core);
    release();
    log.info('search index and duplicate keys of imported records made');
  };
  setImmediate(next);
}

/**
 * Makes all of the backlog at once (a command-line run before it ends, a whole-base duplicate
 * scan that must see every record). Safe while `catchUpSoon` runs: each chunk is its own
 * transaction and takes the next records waiting.
 */
export function catchUpNow(core: Core): void {
  if (!hasDerivedBacklog(core.read)) return;
  const release = holdCheckpoints(core);
  try {
    while (step(core));
  } finally {
    release();
  }
}
