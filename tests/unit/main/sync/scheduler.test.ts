import { describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../../../src-main/sync/engine';
import { createSyncScheduler, type Timers } from '../../../../src-main/sync/scheduler';
import { SyncError } from '../../../../src-main/sync/transport';

/** Timers under the test's control: time moves only when told. */
function manualTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: Timers = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  return {
    timers,
    /** Moves time forward, running what falls due (and letting their promises settle). */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      }
      now = until;
    },
    plannedAt: () => [...pending.values()].map((t) => t.at).sort((a, b) => a - b),
  };
}

const summary: SyncSummary = { pushed: 0, rejected: 0, pulled: 0, snapshotRows: 0, conflicts: 0, cursor: 0, serverTime: 0, restamped: 0 };

describe('the sync scheduler', () => {
  it('syncs at start, then every interval; soon after a local change; and on demand', async () => {
    const clock = manualTimers();
    const runs: number[] = [];
    const scheduler = createSyncScheduler({ run: async () => (runs.push(clock.timers.now()), summary), intervalMs: 60_000, afterChangeMs: 2_000, timers: clock.timers });
    scheduler.start();
    await clock.advance(0);
    expect(runs).toEqual([0]);
    await clock.advance(60_000);
    expect(runs).toEqual([0, 60_000]);
    scheduler.localChange();
    scheduler.localChange();
    await clock.advance(2_000);
    expect(runs).toEqual([0, 60_000, 62_000]);
    const status = await scheduler.syncNow();
    expect(status.state).toBe('idle');
    expect(status.lastSyncAt).toBe(62_000);
    expect(runs).toHaveLength(4);
    await scheduler.stop();
  });

  it('backs off exponentially while the server cannot be reached, and recovers by itself', async () => {
    const clock = manualTimers();
    let reachable = false;
    const runs: number[] = [];
    const scheduler = createSyncScheduler({
      run: async () => {
        runs.push(clock.timers.now());
        if (!reachable) throw new SyncError('offline', 'The office server cannot be reached.');
        return summary;
      },
      intervalMs: 60_000,
      backoffMs: 5_000,
      maxBackoffMs: 30_000,
      timers: clock.timers,
    });
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.status()).toMatchObject({ state: 'offline', failures: 1, error: { kind: 'offline' } });
    await clock.advance(5_000 + 10_000 + 20_000 + 30_000 + 30_000);
    // 0, then +5 s, +10 s, +20 s, +30 s (capped), +30 s
    expect(runs).toEqual([0, 5_000, 15_000, 35_000, 65_000, 95_000]);
    // Local changes do not hammer an unreachable server…
    scheduler.localChange();
    expect(clock.plannedAt()).toEqual([125_000]);
    // …but the network coming back is worth an attempt at once.
    reachable = true;
    scheduler.online();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(scheduler.status()).toMatchObject({ state: 'idle', failures: 0, error: null });
    await scheduler.stop();
  });

  it('waits for the user (at the interval, not in a tight loop) when the login is refused', async () => {
    const clock = manualTimers();
    const scheduler = createSyncScheduler({
      run: async () => {
        throw new SyncError('auth', 'This session has expired: log in again.');
      },
      intervalMs: 60_000,
      backoffMs: 1_000,
      timers: clock.timers,
    });
    const status = await scheduler.syncNow();
    expect(status).toMatchObject({ state: 'error', error: { kind: 'auth', message: 'This session has expired: log in again.' } });
    expect(clock.plannedAt()).toEqual([60_000]);
    await scheduler.stop();
    expect(clock.plannedAt()).toEqual([]);
  });

  it('runs one sync at a time; a request during a sync gets one more run right after it', async () => {
    const clock = manualTimers();
    let release: () => void = () => undefined;
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    const scheduler = createSyncScheduler({
      run: async () => {
        runs += 1;
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise<void>((resolve) => (release = resolve));
        concurrent -= 1;
        return summary;
      },
      timers: clock.timers,
    });
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    const third = scheduler.syncNow();
    expect(scheduler.status().state).toBe('syncing');
    release();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    release();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
    await scheduler.stop();
  });
});
