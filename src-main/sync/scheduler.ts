import type { SyncSummary } from './engine';
import { SyncError } from './transport';

/** What the shell shows about sync. Times are epoch milliseconds. */
export type SyncStatus = {
  /** idle: up to date or waiting; syncing; offline: the server cannot be reached (retrying); error: it refused (auth, update, server) */
  state: 'idle' | 'syncing' | 'offline' | 'error';
  lastSyncAt: number | null;
  lastSummary: SyncSummary | null;
  /** The last failure, in words for the user, with what to do. */
  error: { kind: SyncError['kind'] | 'internal'; message: string } | null;
  nextAttemptAt: number | null;
  failures: number;
};

export type Timers = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type SchedulerOptions = {
  /** One sync of this device (push then pull). */
  run: () => Promise<SyncSummary>;
  onStatus?: (status: SyncStatus) => void;
  /** Every so often while all is well (default one minute). */
  intervalMs?: number;
  /** How soon after a local change (default two seconds: a burst of edits goes in one sync). */
  afterChangeMs?: number;
  /** First retry after a failure, doubled each time up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  timers?: Timers;
};

/**
 * Decides when the device syncs: periodically, soon after local changes, on demand, and after
 * failures with exponential backoff (an unreachable server is "offline", not an error: the app
 * keeps working and the next attempt comes by itself). One sync at a time; a request made
 * while one runs is served by another run right after it.
 */
export function createSyncScheduler(options: SchedulerOptions) {
  const timers = options.timers ?? realTimers;
  const intervalMs = options.intervalMs ?? 60_000;
  const afterChangeMs = options.afterChangeMs ?? 2_000;
  const backoffMs = options.backoffMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
  let status: SyncStatus = { state: 'idle', lastSyncAt: null, lastSummary: null, error: null, nextAttemptAt: null, failures: 0 };
  let timer: unknown = null;
  let running: Promise<SyncStatus> | null = null;
  let again = false;
  let stopped = false;

  const publish = (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    options.onStatus?.(status);
  };

  function schedule(delayMs: number): void {
    if (stopped) return;
    const at = timers.now() + delayMs;
    // Keep an earlier attempt already planned.
    if (timer !== null && status.nextAttemptAt !== null && status.nextAttemptAt <= at) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      void syncNow();
    }, delayMs);
    publish({ nextAttemptAt: at });
  }

  async function runOnce(): Promise<SyncStatus> {
    publish({ state: 'syncing', nextAttemptAt: null });
    try {
      const summary = await options.run();
      publish({ state: 'idle', lastSyncAt: timers.now(), lastSummary: summary, error: null, failures: 0 });
      schedule(intervalMs);
    } catch (error) {
      const failures = status.failures + 1;
      const kind = error instanceof SyncError ? error.kind : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      publish({ state: kind === 'offline' ? 'offline' : 'error', error: { kind, message }, failures });
      // Waiting does not mend a refused login or a version mismatch: those wait for the user (or the interval).
      const delay = kind === 'auth' || kind === 'update' ? intervalMs : Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
      schedule(delay);
    }
    return status;
  }

  /** Syncs now (or right after the sync under way); resolves with the status after it. */
  function syncNow(): Promise<SyncStatus> {
    if (stopped) return Promise.resolve(status);
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result = await runOnce();
      while (again && !stopped) {
        again = false;
        result = await runOnce();
      }
      running = null;
      return result;
    })();
    return running;
  }

  return {
    /** Starts the periodic sync with a first one soon. */
    start(firstDelayMs = 0): void {
      stopped = false;
      schedule(firstDelayMs);
    },
    syncNow,
    /** A local change was committed: sync soon (several changes in a burst share one sync). */
    localChange(): void {
      if (status.state === 'offline' || status.state === 'error') return; // the backoff decides
      schedule(afterChangeMs);
    },
    /** The network came back (the host saw it): try now rather than at the end of the backoff. */
    online(): void {
      if (status.state === 'offline') void syncNow();
    },
    status: (): SyncStatus => status,
    /** Stops the timers; a sync under way finishes. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
