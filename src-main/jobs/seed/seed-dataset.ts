import type { Core } from '../../core/core';
import { prepared } from '../../db/handles';
import { log } from '../../log';
import { ApiError } from '../../../src-shared/contract/errors';
import { generateCompany } from './companies';
import { generateContact } from './contacts';
import { newSeedContext, spanFor, type SeedContext } from './context';
import { writeInBatches, type SeedRecord } from './records';
import { createRng } from './rng';
import { ensureOwnersAndTags } from './setup';
import { datasetSizes, type DatasetCounts, type DatasetSize } from './sizes';
import { tagRecords } from './tags';

export type SeedOptions = {
  size: DatasetSize;
  /** Same seed, same data (ids included). */
  seed?: number;
  /** Records are dated over the three years before this instant (fixed by default, for determinism). */
  referenceDate?: Date;
  /** Records per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

export type SeedResult = { contacts: number; companies: number };

export const DEFAULT_SEED = 42;
export const DEFAULT_REFERENCE_DATE = new Date('2026-11-01T00:00:00.000Z');
/*
 * Bigger transactions rewrite the same index and FTS pages less often (large: ~42 s with 2,000
 * records per transaction, ~32 s with 10,000); a transaction holds the write lock ~3 s.
 */
const DEFAULT_BATCH_SIZE = 10_000;

/*
 * A bulk load touches index pages all over the file; a bigger page cache for its duration saves
 * most of the I/O once the indexes outgrow the app's cache (huge, first 500k records: 367 s
 * with a 32 MiB cache, 205 s with 512 MiB). Never lowers the app's setting; restored afterwards.
 */
const bulkCacheMib: Record<DatasetSize, number> = { demo: 0, large: 256, huge: 512 };

function withBulkCache<T>(core: Core, mib: number, work: () => T): T {
  const previous = core.db.pragma('cache_size', { simple: true }) as number;
  // Negative sizes are KiB, positive ones pages; only ever raise the connection's own setting.
  const currentKib = previous < 0 ? -previous : (previous * (core.db.pragma('page_size', { simple: true }) as number)) / 1024;
  if (mib * 1024 <= currentKib) return work();
  core.db.pragma(`cache_size = -${mib * 1024}`);
  try {
    return work();
  } finally {
    core.db.pragma(`cache_size = ${previous}`);
  }
}

/**
 * One kind of record the generator makes, in dependency order (companies before the contacts
 * that work there). Deals and activities become further steps once their tables exist.
 */
export type SeedStep = {
  name: keyof SeedResult;
  count: (counts: DatasetCounts) => number;
  generate: (ctx: SeedContext, index: number, count: number) => SeedRecord[];
};

export const seedSteps: readonly SeedStep[] = [
  {
    name: 'companies',
    count: (counts) => counts.companies,
    generate: (ctx, index, count) => {
      const { ref, values } = generateCompany(ctx, index, count);
      ctx.companies[ref.country].push(ref);
      return [{ table: 'companies', id: ref.id, values }, ...tagRecords(ctx, 'company', ref.id, ref.createdMs)];
    },
  },
  { name: 'contacts', count: (counts) => counts.contacts, generate: generateContact },
];

/** Refuses to run the same seed twice into one database (its ids would collide). */
function assertNotSeededYet(core: Core, records: SeedRecord[], seed: number): void {
  for (const record of records) {
    const exists = prepared(core.read, `SELECT 1 FROM ${record.table} WHERE id = ?`).get(record.id);
    if (exists) {
      throw new ApiError({
        code: 'conflict',
        message: `This database already holds the data of seed ${seed}. Seed another number (--seed) or use an empty data folder.`,
      });
    }
  }
}

type Run = { core: Core; ctx: SeedContext; counts: DatasetCounts; batchSize: number; seed: number; onProgress: SeedOptions['onProgress'] };

/** Runs the steps in order, in batches, reporting progress over all of them. */
function runSteps(run: Run): SeedResult {
  const total = seedSteps.reduce((sum, step) => sum + step.count(run.counts), 0);
  const result: SeedResult = { contacts: 0, companies: 0 };
  let doneBefore = 0;
  for (const step of seedSteps) {
    const count = step.count(run.counts);
    const generate = (index: number) => {
      const records = step.generate(run.ctx, index, count);
      if (index === 0) assertNotSeededYet(run.core, records, run.seed);
      return records;
    };
    writeInBatches(run.core, count, run.batchSize, generate, (done) => {
      result[step.name] = done;
      run.onProgress?.(doneBefore + done, total);
    });
    doneBefore += count;
  }
  return result;
}

/**
 * Fills the database with a realistic, deterministic dataset through the write path, so the
 * change log is complete and the search index filled, exactly as if users had typed it.
 */
export function seedDataset(core: Core, options: SeedOptions): SeedResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = createRng(seed);
  const referenceMs = (options.referenceDate ?? DEFAULT_REFERENCE_DATE).getTime();
  const started = performance.now();
  const ctx = newSeedContext(rng, referenceMs, ensureOwnersAndTags(core, rng, spanFor(referenceMs).startMs));
  const run: Run = {
    core,
    ctx,
    counts: datasetSizes[options.size],
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    seed,
    onProgress: options.onProgress,
  };
  const result = withBulkCache(core, bulkCacheMib[options.size], () => runSteps(run));
  log.info({ size: options.size, seed, ...result, ms: Math.round(performance.now() - started) }, 'dataset seeded');
  return result;
}
