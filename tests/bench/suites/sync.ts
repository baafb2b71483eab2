import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureRawCeiling } from '../measure/raw-ceiling';
import { measureLargeSync, SEEDER_EMAIL, type LargeSync } from '../measure/sync-large';
import { measureOfflineMerge } from '../measure/sync-merge';
import { measurePostgresIngest } from '../measure/sync-postgres';
import { measurePouchDB } from '../measure/sync-pouchdb';
import { connectionResets, startSqliteBenchServer } from '../measure/sync-server';
import { round } from '../stats';
import type { Metrics, SuiteContext } from '../suite';

/**
 * The office sync on the `large` dataset, over loopback HTTP with the real server in this
 * process: server ingest (SQLite, then PostgreSQL from a replay of the same pushes), a new
 * device's initial sync, no-op and 100-change syncs, 20 devices merging 2,000 offline edits
 * each; beside them, in the same run, the peer (PouchDB replicating the same contacts and
 * companies from express-pouchdb) and the raw better-sqlite3 insert ceiling.
 */
export async function syncSuite(ctx: SuiteContext): Promise<Metrics> {
  const largeServerDir = join(ctx.workDir, 'server-large');
  const server = await startSqliteBenchServer(largeServerDir);
  let large: LargeSync;
  try {
    large = await measureLargeSync(ctx.workDir, server, ctx.log);
  } finally {
    await server.stop();
  }
  rmSync(largeServerDir, { recursive: true, force: true });
  rmSync(join(ctx.workDir, 'device-b'), { recursive: true, force: true });

  const postgres = await measurePostgresIngest(SEEDER_EMAIL, large.source, ctx.log);

  const pouch = await measurePouchDB(large.source.databaseFile, ctx.workDir, ctx.log);
  rmSync(join(ctx.workDir, 'pouchdb-server'), { recursive: true, force: true });
  rmSync(join(ctx.workDir, 'pouchdb-local'), { recursive: true, force: true });

  ctx.log('sync: raw insert ceiling…');
  const raw = measureRawCeiling(large.source.databaseFile, ctx.workDir);
  rmSync(join(ctx.workDir, 'device-a'), { recursive: true, force: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(ctx.workDir, `raw-ceiling.sqlite${suffix}`), { force: true });

  const mergeServer = await startSqliteBenchServer(join(ctx.workDir, 'server-merge'));
  let merge: Metrics;
  try {
    merge = await measureOfflineMerge(ctx.workDir, mergeServer, ctx.log);
  } finally {
    await mergeServer.stop();
  }

  const ours = large.metrics.sync_initial_large_s ?? 0;
  return {
    ...large.metrics,
    ...postgres,
    ...merge,
    ...pouch,
    sync_initial_vs_pouchdb: round((pouch.pouchdb_initial_large_s ?? 0) / Math.max(0.001, ours), 3),
    sync_noop_vs_pouchdb: round((pouch.pouchdb_noop_ms ?? 0) / Math.max(0.001, large.metrics.sync_noop_ms ?? 0), 3),
    raw_insert_rows_per_s: raw.raw_insert_rows_per_s ?? 0,
    sync_connection_resets_retried: connectionResets.count,
  };
}
