import { rebuildAttendeeIndex } from '../../db/attendee-index';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { rebuildDuplicateKeys } from '../../db/duplicate-index';
import { prepared } from '../../db/handles';
import { log } from '../../log';
import { ApiError } from '../../../src-shared/contract/errors';
import { generateActivity, type ActivityState } from './activities';
import { priceListAssignments } from './catalogue';
import { generateCompany } from './companies';
import { generateContact } from './contacts';
import { newSeedContext, spanFor, type CompanyRef, type SeedContext } from './context';
import { generateDeal } from './deals';
import type { SeedWriter } from './quotes';
import type { WriteTx } from '../../db/write-path';
import { writeInBatches, type SeedRecord } from './records';
import { createRng } from './rng';
import { prepareSales, type SalesSetup } from './sales-setup';
import { ensureOwnersAndTags } from './setup';
import { datasetSizes, type DatasetCounts, type DatasetSize } from './sizes';
import { recordTagging, tagRecords } from './tags';

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

/** What was made: records of each kind (`quotes` counts every version; `products` those not already there). */
export type SeedResult = { contacts: number; companies: number; deals: number; activities: number; quotes: number; products: number };

export const DEFAULT_SEED = 42;
export const DEFAULT_REFERENCE_DATE = new Date('2026-11-01T00:00:00.000Z');
/*
 * Bigger transactions rewrite the same index and FTS pages less often (large: ~42 s with 2,000
 * records per transaction, ~32 s with 10,000); a transaction holds the write lock ~3 s.
 */
const DEFAULT_BATCH_SIZE = 10_000;
/** Mixed into the seed for the sales part's own random stream. */
const SALES_STREAM = 0x5a1e5;
/** Mixed into the seed for the activities' own random stream. */
const ACTIVITY_STREAM = 0xac71;

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
 * that work there, both before the deals made with them, all before the activities about them).
 */
export type SeedStep = {
  name: 'companies' | 'contacts' | 'deals' | 'activities';
  count: (counts: DatasetCounts) => number;
  generate: (index: number, count: number, writer: SeedWriter) => SeedRecord[];
  /** Once a batch's records are written, in its transaction. */
  finishBatch?: (writer: SeedWriter) => void;
};

/** Company `index` of `count` and its tags (the main random stream only: the generator's part without a database). */
export function companyRecords(ctx: SeedContext, index: number, count: number): { ref: CompanyRef; records: SeedRecord[] } {
  const { ref, values } = generateCompany(ctx, index, count);
  ctx.companies[ref.country].push(ref);
  return { ref, records: [{ table: 'companies', id: ref.id, values }, ...tagRecords(recordTagging(ctx), 'company', ref.id, ref.createdMs)] };
}

/** The steps of a run; the sales part (price lists of companies, deals and their quotes) and the activities draw from their own streams. */
export function seedSteps(ctx: SeedContext, sales: SalesSetup, activities: ActivityState): SeedStep[] {
  return [
    {
      name: 'companies',
      count: (counts) => counts.companies,
      generate: (index, count) => {
        const { ref, records } = companyRecords(ctx, index, count);
        return [...records, ...priceListAssignments(sales.rng, sales.catalogue, ref)];
      },
    },
    { name: 'contacts', count: (counts) => counts.contacts, generate: (index, count) => generateContact(ctx, index, count) },
    {
      name: 'deals',
      count: (counts) => counts.deals,
      generate: (index, count, writer) => generateDeal(ctx, sales, index, count, writer),
      finishBatch: (writer) => sales.numbers.finishBatch(writer),
    },
    { name: 'activities', count: (counts) => counts.activities, generate: (index, count) => generateActivity(ctx, activities, index, count) },
  ];
}

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

type Run = {
  core: Core;
  steps: SeedStep[];
  counts: DatasetCounts;
  batchSize: number;
  seed: number;
  onProgress: SeedOptions['onProgress'];
};

/** Runs the steps in order, in batches, reporting progress over all of them. */
function runSteps(run: Run): Omit<SeedResult, 'products'> {
  const total = run.steps.reduce((sum, step) => sum + step.count(run.counts), 0);
  const result = { contacts: 0, companies: 0, deals: 0, activities: 0, quotes: 0 };
  let doneBefore = 0;
  for (const step of run.steps) {
    const count = step.count(run.counts);
    const generate = (index: number, tx: WriteTx) => {
      const records = step.generate(index, count, { core: run.core, tx });
      if (index === 0) assertNotSeededYet(run.core, records, run.seed);
      for (const record of records) if (record.table === 'quotes') result.quotes++;
      return records;
    };
    const finish = step.finishBatch;
    const afterBatch = (done: number) => {
      result[step.name] = done;
      run.onProgress?.(doneBefore + done, total);
    };
    writeInBatches(run.core, count, run.batchSize, generate, afterBatch, finish && ((tx) => finish({ core: run.core, tx })));
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
  const counts = datasetSizes[options.size];
  const started = performance.now();
  const span = spanFor(referenceMs);
  const owners = ensureOwnersAndTags(core, rng, span.startMs);
  const ctx = newSeedContext(rng, referenceMs, owners);
  const sales = prepareSales(core, createRng(seed ^ SALES_STREAM), span, owners.tagIds, counts.products);
  const activities: ActivityState = { rng: createRng(seed ^ ACTIVITY_STREAM), lastCall: null };
  const run: Run = { core, steps: seedSteps(ctx, sales, activities), counts, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, seed, onProgress: options.onProgress };
  const seeded = withBulkCache(core, bulkCacheMib[options.size], () => {
    const written = runSteps(run);
    write(core, (tx) => {
      rebuildDuplicateKeys(tx.db);
      rebuildAttendeeIndex(tx.db);
    });
    return written;
  });
  const result = { ...seeded, products: sales.catalogue.productsWritten };
  log.info({ size: options.size, seed, ...result, ms: Math.round(performance.now() - started) }, 'dataset seeded');
  return result;
}
