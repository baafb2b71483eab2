import { sourceRoot } from '../../../src-main/core/paths';
import { openPostgresStore } from '../../../src-main/server/store/postgres';
import { startEmbeddedPostgres } from '../../helpers/embedded-postgres';
import type { Metrics } from '../suite';
import { round } from '../stats';
import { replayIngest, type ReplaySource } from './sync-ingest';
import { addBenchAccount, startBenchServer } from './sync-server';

/** The first 30,000 changes of the same pushes (the whole of `large` takes minutes on this store). */
const PG_REPLAY_CHANGES = 30_000;

/**
 * Server ingest on PostgreSQL: the seeded device's first transactions (about 30,000 changes)
 * replayed as direct pushes, in the pages `syncOnce` sends, to the server on the PostgreSQL store,
 * over loopback HTTP. The database
 * is the tests' embedded PostgreSQL (tests/helpers/embedded-postgres.ts: a throwaway cluster with
 * fsync and synchronous_commit off, about what the SQLite store's WAL with synchronous=NORMAL
 * promises). `CRM_BENCH_DATABASE_URL` points it at another server instead (an empty database).
 */
export async function measurePostgresIngest(email: string, source: ReplaySource, log: (line: string) => void): Promise<Metrics> {
  log('sync: server ingest on PostgreSQL (a replay of the same pushes)…');
  const embedded = process.env.CRM_BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres();
  try {
    const server = await startBenchServer(await openPostgresStore(process.env.CRM_BENCH_DATABASE_URL ?? (embedded?.url as string), sourceRoot));
    try {
      await addBenchAccount(server, email, 'administrator');
      const timing = await replayIngest(server, email, source, PG_REPLAY_CHANGES);
      log(`  ${timing.changes} changes in ${(timing.pushMs / 1000).toFixed(1)} s of push requests`);
      return {
        server_ingest_pg_per_s: Math.round(timing.changes / (timing.pushMs / 1000)),
        server_ingest_pg_changes: timing.changes,
        server_ingest_pg_s: round(timing.pushMs / 1000, 2),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await embedded?.stop();
  }
}
