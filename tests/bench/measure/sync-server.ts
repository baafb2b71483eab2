import { closeCore, openCore, type Core } from '../../../src-main/core/core';
import { sourceRoot } from '../../../src-main/core/paths';
import { listen, type RunningServer } from '../../../src-main/server/http';
import { serverLog } from '../../../src-main/server/log';
import { createSyncService, type SyncService } from '../../../src-main/server/service';
import { openSqliteStore } from '../../../src-main/server/store/sqlite';
import type { ServerStore } from '../../../src-main/server/store/types';
import { connectToServer } from '../../../src-main/sync/connect';
import { syncOnce, type SyncSummary } from '../../../src-main/sync/engine';
import { fileSecretStore } from '../../../src-main/sync/secrets';
import { httpTransport, SyncError, type SyncTransport } from '../../../src-main/sync/transport';
import type { Role } from '../../../src-shared/sync/protocol';

/** The office server of the benchmark: the real service and HTTP face on 127.0.0.1, in this process. */
export type BenchServer = { service: SyncService; store: ServerStore; url: string; stop: () => Promise<void> };

export const BENCH_PASSWORD = 'correct horse battery staple';

/** Starts the server over a store (SQLite or PostgreSQL), as tests/helpers/sync.ts does, on a free port. */
export async function startBenchServer(store: ServerStore): Promise<BenchServer> {
  serverLog.level = process.env.CRM_SERVER_LOG_LEVEL ?? 'warn';
  const service = createSyncService(store);
  const running: RunningServer = await listen(service, { port: 0, host: '127.0.0.1' });
  return {
    service,
    store,
    url: running.url,
    stop: async () => {
      await running.close();
      await store.close();
    },
  };
}

export async function startSqliteBenchServer(dataDir: string): Promise<BenchServer> {
  return startBenchServer(openSqliteStore(dataDir, sourceRoot));
}

/**
 * Lets the event loop turn for a moment. Devices and server share this process: after a long
 * synchronous stretch (a seed, thousands of local edits) the server's keep-alive timers and the
 * client's view of its pooled sockets are stale together, and the next request could be sent on
 * a socket the server closes in the same instant (ECONNRESET, which separate processes do not
 * see). Called before each timed phase.
 */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 200));

export async function addBenchAccount(server: BenchServer, email: string, role: Role): Promise<void> {
  await server.service.createAccount({ email, displayName: email.split('@')[0] ?? email, role, password: BENCH_PASSWORD });
}

/**
 * The push, pull and snapshot requests a device made, with the time each took from request to answer
 * (the server's work, loopback HTTP and JSON on both sides; not the device's outbox or apply).
 */
export type RequestTiming = { pushes: number; changes: number; accepted: number; pushMs: number; pulls: number; pullMs: number; snapshots: number; snapshotMs: number };

export const newRequestTiming = (): RequestTiming => ({ pushes: 0, changes: 0, accepted: 0, pushMs: 0, pulls: 0, pullMs: 0, snapshots: 0, snapshotMs: 0 });

/** Requests sent again after the server closed a kept-alive connection under them (see `settle`). */
export const connectionResets = { count: 0 };

const resetMessage = /ECONNRESET|EPIPE|other side closed|socket hang up/;

/**
 * Every call of the transport, sent once more when the connection was reset before any answer:
 * what the engine's retry does later on its own; a push is deduplicated by transaction id and a
 * pull or snapshot only reads, so sending again is safe. Counted in `connectionResets`.
 */
function retryingOnReset(inner: SyncTransport): SyncTransport {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(inner) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        if (!(error instanceof SyncError && error.kind === 'offline' && resetMessage.test(error.message))) throw error;
        connectionResets.count += 1;
        return method(...args);
      }
    };
  }
  return wrapped as SyncTransport;
}

/** The HTTP transport, with its push, pull and snapshot requests timed (and resets retried once). */
export function timedTransport(transport: SyncTransport, timing: RequestTiming): SyncTransport {
  const inner = retryingOnReset(transport);
  return {
    ...inner,
    push: async (txns) => {
      const started = performance.now();
      const response = await inner.push(txns);
      timing.pushMs += performance.now() - started;
      timing.pushes += 1;
      timing.changes += txns.reduce((sum, txn) => sum + txn.changes.length, 0);
      timing.accepted += response.results.filter((result) => result.status === 'accepted').length;
      return response;
    },
    pull: async (since, limit) => {
      const started = performance.now();
      const response = await inner.pull(since, limit);
      timing.pullMs += performance.now() - started;
      timing.pulls += 1;
      return response;
    },
    snapshot: async (request) => {
      const started = performance.now();
      const response = await inner.snapshot(request);
      timing.snapshotMs += performance.now() - started;
      timing.snapshots += 1;
      return response;
    },
  };
}

export type BenchDevice = { core: Core; transport: SyncTransport; timing: RequestTiming; sync: () => Promise<SyncSummary>; close: () => void };

/**
 * A device database in `dataDir` (created if empty) logged in to the server as `email`, through
 * the same calls the CLI makes (`connectToServer`, then `syncOnce` for each sync).
 */
export async function connectBenchDevice(dataDir: string, server: BenchServer, email: string): Promise<BenchDevice> {
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    const secrets = fileSecretStore(dataDir);
    const timing = newRequestTiming();
    const transport = timedTransport(httpTransport(server.url, () => secrets.get(), 120_000), timing);
    await connectToServer(core, { url: server.url, email, password: BENCH_PASSWORD, deviceName: `bench ${email}` }, transport, secrets);
    return { core, transport, timing, sync: () => syncOnce(core, transport), close: () => closeCore(core) };
  } catch (error) {
    closeCore(core);
    throw error;
  }
}

/** A device connected before (its session token is in its folder), opened again without logging in. */
export function reopenBenchDevice(dataDir: string, url: string): BenchDevice {
  const core = openCore({ dataDir, dailyBackup: false });
  const secrets = fileSecretStore(dataDir);
  const timing = newRequestTiming();
  const transport = timedTransport(httpTransport(url, () => secrets.get(), 120_000), timing);
  return { core, transport, timing, sync: () => syncOnce(core, transport), close: () => closeCore(core) };
}

export const countRows = (core: Core, table: string): number => core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
