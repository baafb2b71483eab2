/**
 * One import in a process of its own (spawned by io-import.ts), so that its peak memory is the
 * import's (its parse worker's process is counted with it by io-import.ts), not the benchmark's:
 * opens the data folder, hands the file over as the page's upload does, says "ready", inspects
 * and runs it with the guessed mapping, makes what it left for after its commit, and prints
 * its figures as JSON on stdout.
 *
 * argv: <data dir> <file> <entity>
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { MAX_UPLOAD_BYTES } from '../../../src-shared/domain/files';
import { closeCore, openCore } from '../../../src-main/core/core';
import { catchUpNow } from '../../../src-main/core/derived-catch-up';
import { receiveFile } from '../../../src-main/files/store';
import { log } from '../../../src-main/log';
import { call } from './call';

async function main(): Promise<void> {
  log.level = 'warn';
  const [dataDir, file, entity] = process.argv.slice(2) as [string, string, ImportEntity];
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    const upload = await receiveFile(core.paths.dataDir, basename(file), createReadStream(file), MAX_UPLOAD_BYTES);
    // The parent samples this process's memory from here on: the import's, not the opening's.
    process.stdout.write('ready\n');
    const started = performance.now();
    const inspection = await call(core, 'imports.inspect', { fileId: upload.fileId, entity });
    const inspected = performance.now();
    const result = await call(core, 'imports.run', { importId: inspection.importId, entity, mapping: inspection.suggestedMapping, onMatch: 'skip' });
    const finished = performance.now();
    // A large import leaves its records' search documents and duplicate keys to be made right
    // after its commit (core/derived-catch-up.ts): made here at once, then the WAL checkpointed.
    catchUpNow(core);
    core.db.pragma('wal_checkpoint(PASSIVE)');
    const indexed = performance.now();
    process.stdout.write(
      `${JSON.stringify({
        rows: inspection.rowCount,
        created: result.created,
        invalid: result.invalid,
        inspectMs: inspected - started,
        runMs: finished - inspected,
        totalMs: finished - started,
        indexedMs: indexed - started,
        maxRssKb: process.resourceUsage().maxRSS,
      })}\n`,
    );
  } finally {
    closeCore(core);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
