import { join } from 'node:path';
import type { ContactUpdateInput } from '../../../src-shared/contract/inputs/contacts';
import { dataPaths } from '../../../src-main/core/paths';
import { seedDataset, type DatasetSize } from '../../../src-main/jobs/seed';
import { createRng } from '../../../src-main/jobs/seed/rng';
import type { Metrics } from '../suite';
import { median, percentile, round, timedAsync } from '../stats';
import { call } from './call';
import type { ReplaySource } from './sync-ingest';
import { addBenchAccount, connectBenchDevice, countRows, settle, type BenchDevice, type BenchServer } from './sync-server';

/*
 * The seed writes 10,000 records per transaction by default; the sync protocol sends a local
 * transaction whole and caps a push at 5,000 changes and 4 MiB, so such a transaction could never
 * be pushed. 1,000 records per transaction (~2,400 changes, ~1 MB) is what an import would need
 * to do anyway; the dataset is the same (the random stream does not depend on the batch size).
 */
const SEED_BATCH = 1_000;
const NOOP_RUNS = 20;
const DELTA_ROUNDS = 7;
const DELTA_CHANGES = 100;

export const SEEDER_EMAIL = 'seeder@bench.fr';

type Patch = ContactUpdateInput['patch'];

const deltaEdits: ((round: number, i: number) => Patch)[] = [
  (r, i) => ({ jobTitle: `Responsable ${r}-${i}` }),
  (r, i) => ({ city: `Besançon ${r}-${i}` }),
  (r, i) => ({ notes: `Rappelé (${r}-${i}), intéressé par l’offre.` }),
  (r, i) => ({ source: `Salon ${r}-${i}` }),
];

/** The figures, and where device A's pushed transactions are (for replays and the peer). */
export type LargeSync = { metrics: Metrics; source: ReplaySource };

/**
 * The `large` dataset through the office server (SQLite back end), all over loopback HTTP:
 *
 * - device A logs in as an administrator (it pushes records owned by the other sales reps, and
 *   their `users` rows), is seeded with `large`, and pushes it with `syncOnce`. The ingest rate
 *   is the changes pushed divided by the time of the push requests (request to answer, measured
 *   around the transport: the server's authorize + dedupe + sequence + merge, loopback HTTP and
 *   JSON; not the device reading its outbox). `sync_push_large_s` is the whole `syncOnce`, which
 *   then also brings A up to date (today a snapshot of everything, its own rows included, since A
 *   had never pulled).
 * - device B is a new device (empty data folder) logging in as a salesperson: open, connect and
 *   `syncOnce` (a snapshot, then the changes after it), end to end = `sync_initial_large_s`.
 * - no-op: `syncOnce` on B with nothing new, median of 20.
 * - delta: 100 single-field edits on A through the handlers (100 transactions), pushed by A's
 *   `syncOnce`; then B's `syncOnce` applying them, timed; median of 7 rounds.
 */
export async function measureLargeSync(workDir: string, server: BenchServer, log: (line: string) => void, size: DatasetSize = 'large'): Promise<LargeSync> {
  await addBenchAccount(server, SEEDER_EMAIL, 'administrator');
  await addBenchAccount(server, 'reader@bench.fr', 'salesperson');
  const dirA = join(workDir, 'device-a');
  const dirB = join(workDir, 'device-b');
  const metrics: Metrics = {};

  const opened: BenchDevice[] = [];
  try {
    const deviceA = await connectBenchDevice(dirA, server, SEEDER_EMAIL);
    opened.push(deviceA);
    log(`sync: seeding device A with the ${size} dataset…`);
    const seedStarted = performance.now();
    let lastTenth = -1;
    seedDataset(deviceA.core, {
      size,
      batchSize: SEED_BATCH,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) log(`  seed ${size}: ${tenth * 10}% after ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
        lastTenth = tenth;
      },
    });
    metrics[`sync_seed_${size}_s`] = round((performance.now() - seedStarted) / 1000, 2);
    const outbox = deviceA.core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number;
    const contacts = countRows(deviceA.core, 'contacts');
    const companies = countRows(deviceA.core, 'companies');
    const lastSeq = deviceA.core.db.prepare('SELECT max(seq) FROM change_log').pluck().get() as number;
    deviceA.core.db.pragma('wal_checkpoint(TRUNCATE)');

    await settle();
    log(`sync: device A pushes ${outbox} changes…`);
    const push = await timedAsync(() => deviceA.sync());
    if (push.value.rejected > 0 || push.value.pushed !== outbox) throw new Error(`the push of ${size} was incomplete: ${JSON.stringify(push.value)} of ${outbox}`);
    const timing = deviceA.timing;
    metrics[`sync_${size}_changes`] = outbox;
    metrics[`sync_push_${size}_s`] = round(push.ms / 1000, 2);
    metrics.server_ingest_sqlite_per_s = Math.round(timing.changes / (timing.pushMs / 1000));
    metrics.server_ingest_sqlite_push_requests = timing.pushes;
    log(`  pushed in ${(push.ms / 1000).toFixed(1)} s (push requests ${(timing.pushMs / 1000).toFixed(1)} s; pull and snapshot requests ${((timing.pullMs + timing.snapshotMs) / 1000).toFixed(1)} s)`);

    await settle();
    log(`sync: a new device B pulls the ${size} dataset…`);
    const initial = await timedAsync(async () => {
      const device = await connectBenchDevice(dirB, server, 'reader@bench.fr');
      opened.push(device);
      return { device, summary: await device.sync() };
    });
    const deviceB = initial.value.device;
    if (countRows(deviceB.core, 'contacts') !== contacts || countRows(deviceB.core, 'companies') !== companies) {
      throw new Error(`device B holds ${countRows(deviceB.core, 'contacts')} contacts and ${countRows(deviceB.core, 'companies')} companies, A ${contacts} and ${companies}`);
    }
    // A new device starts from a snapshot of the rows it may see, then pulls what came after it.
    const received = initial.value.summary.snapshotRows + initial.value.summary.pulled;
    metrics[`sync_initial_${size}_s`] = round(initial.ms / 1000, 2);
    metrics.sync_initial_rows = received;
    metrics.sync_initial_rows_per_s = Math.round(received / (initial.ms / 1000));
    // (Request times are not reported apart: the device asks for each page while it applies the previous one.)
    log(`  ${received} rows and changes in ${(initial.ms / 1000).toFixed(1)} s`);

    log(`sync: no-op syncs on the ${size} device…`);
    const noop: number[] = [];
    for (let i = 0; i < NOOP_RUNS + 3; i++) {
      const run = await timedAsync(() => deviceB.sync());
      if (run.value.pushed + run.value.pulled + run.value.snapshotRows > 0) throw new Error(`a no-op sync moved changes: ${JSON.stringify(run.value)}`);
      if (i >= 3) noop.push(run.ms);
    }
    metrics.sync_noop_ms = round(median(noop));
    metrics.sync_noop_p95_ms = round(percentile(noop, 95));

    log('sync: 100-change deltas from A to B…');
    const rng = createRng(7);
    const ids = deviceA.core.db.prepare('SELECT id FROM contacts WHERE deleted = 0 ORDER BY rowid LIMIT 20000').pluck().all() as string[];
    const pushes: number[] = [];
    const pulls: number[] = [];
    for (let r = 0; r < DELTA_ROUNDS; r++) {
      for (let i = 0; i < DELTA_CHANGES; i++) {
        const edit = deltaEdits[i % deltaEdits.length] as (round: number, i: number) => Patch;
        await call(deviceA.core, 'contacts.update', { id: ids[rng.int(ids.length)] as string, patch: edit(r, i) });
      }
      await settle();
      const pushed = await timedAsync(() => deviceA.sync());
      if (pushed.value.pushed !== DELTA_CHANGES) throw new Error(`A pushed ${pushed.value.pushed} changes, not ${DELTA_CHANGES}`);
      const pulled = await timedAsync(() => deviceB.sync());
      if (pulled.value.pulled !== DELTA_CHANGES) throw new Error(`B pulled ${pulled.value.pulled} changes, not ${DELTA_CHANGES}`);
      pushes.push(pushed.ms);
      pulls.push(pulled.ms);
    }
    metrics.sync_delta100_ms = round(median(pulls));
    metrics.sync_delta100_push_ms = round(median(pushes));
    return { metrics, source: { databaseFile: dataPaths(dirA).databaseFile, deviceId: deviceA.core.deviceId, lastSeq } };
  } finally {
    for (const device of opened) device.close();
  }
}
