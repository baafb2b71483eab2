/**
 * One device of the offline merge in a process of its own (spawned by sync-merge.ts), as on a PC
 * of its own: opens its data folder (connected to the server already: its session token is
 * there), says "ready", then syncs once for each `sync` line read on stdin and answers each with
 * one JSON line: what the sync moved and how long it took. Closes at the end of its input.
 *
 * argv: <data dir> <server url>
 */
import { createInterface } from 'node:readline';
import { closeCore, openCore } from '../../../src-main/core/core';
import { log } from '../../../src-main/log';
import { syncOnce } from '../../../src-main/sync/engine';
import { fileSecretStore } from '../../../src-main/sync/secrets';
import { httpTransport } from '../../../src-main/sync/transport';
import { newRequestTiming, timedTransport } from './sync-server';

export type DeviceSyncReport = { moved: number; ms: number };

async function main(): Promise<void> {
  log.level = 'warn';
  const [dataDir, url] = process.argv.slice(2) as [string, string];
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    const secrets = fileSecretStore(dataDir);
    // The bench's transport: a connection reset by the loaded loopback is retried once.
    const transport = timedTransport(httpTransport(url, () => secrets.get(), 120_000), newRequestTiming());
    process.stdout.write('ready\n');
    for await (const line of createInterface({ input: process.stdin })) {
      if (line.trim() !== 'sync') continue;
      const started = performance.now();
      const summary = await syncOnce(core, transport);
      const report: DeviceSyncReport = { moved: summary.pushed + summary.pulled + summary.snapshotRows, ms: performance.now() - started };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } finally {
    closeCore(core);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
