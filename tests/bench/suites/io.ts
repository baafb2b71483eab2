import { join } from 'node:path';
import { closeCore, openCore } from '../../../src-main/core/core';
import { measureDuplicates } from '../measure/io-duplicates';
import { measureIoExport } from '../measure/io-export';
import { measureImports } from '../measure/io-import';
import { measureMailMerge } from '../measure/io-mailmerge';
import { measureSeed } from '../measure/seed';
import type { Metrics, SuiteContext } from '../suite';

/**
 * Data in and out on the `large` dataset, seeded fresh: every contact exported to Excel and CSV
 * (each in a process of its own, so its peak memory is the export's), a mail merge of 1,000
 * letters, the whole-base duplicates scan; then 100,000 contacts imported from CSV and from
 * Excel (each in a fresh process, parse worker included) beside the raw insert ceiling measured
 * in the same run. The imports come last: they add to the dataset.
 */
export async function ioSuite(ctx: SuiteContext): Promise<Metrics> {
  const dataDir = join(ctx.workDir, 'io-large');
  ctx.log('io: seeding the large dataset through the write path…');
  const seed = measureSeed(dataDir, 'large', ctx.log);
  const exports = await measureIoExport(dataDir, ctx.log);
  const core = openCore({ dataDir, dailyBackup: false });
  let inCore: Metrics;
  try {
    ctx.log('io: mail merge of 1,000 letters…');
    const mailMerge = await measureMailMerge(core);
    ctx.log('io: duplicates scan of the whole base…');
    const duplicates = await measureDuplicates(core);
    inCore = { ...mailMerge, ...duplicates };
  } finally {
    closeCore(core);
  }
  const imports = await measureImports(dataDir, ctx.workDir, ctx.log);
  return { io_seed_large_s: seed.seed_large_s ?? 0, ...exports, ...inCore, ...imports };
}
