import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { closeCore, openCore } from '../../../src-main/core/core';
import { measureQuoteDocuments } from '../../fixtures/documents/measure-quote-documents';
import { measureBoardScreen } from '../measure/board-screen';
import { chromiumPath, ensureRendererBuilt } from '../measure/browser';
import { measureBoard } from '../measure/sales-board';
import { measureMoves } from '../measure/sales-move';
import { measureSalesReads } from '../measure/sales-reads';
import { measureSeed } from '../measure/seed';
import type { Metrics, SuiteContext } from '../suite';

const RUNS = 30;
const MOVES = 60;

/**
 * Sales on the `large` dataset (30,000 deals in the default pipeline, ~3,000 quotes), seeded
 * fresh: the board in the core (plain, then filtered) beside the raw read of the same data;
 * deal moves until saved and the board's totals updated, beside the bare two-row transaction;
 * the forecast beside its bare aggregate; the deals table, a deal's and a quote's page; the
 * board on screen in Chromium; a 50-line quote in Word and PDF.
 */
export async function salesSuite(ctx: SuiteContext): Promise<Metrics> {
  const dataDir = join(ctx.workDir, 'sales-large');
  // Fail in a second, not after the seed, when the browser or the renderer is missing.
  chromiumPath();
  ensureRendererBuilt(ctx.log);
  ctx.log('sales: seeding the large dataset through the write path…');
  const seed = measureSeed(dataDir, 'large', ctx.log);

  const today = new Date().toISOString().slice(0, 10);
  const core = openCore({ dataDir, dailyBackup: false });
  let api: Metrics;
  try {
    ctx.log('sales: deals.board, deals.forecast, deals.list, deals.get, quotes.get…');
    const board = await measureBoard(core, RUNS, today);
    const reads = await measureSalesReads(core, RUNS, today);
    ctx.log('sales: deals.move, then the board again…');
    const moves = await measureMoves(core, MOVES, ctx.workDir);
    api = { ...board, ...moves, ...reads, seeded_deals: core.db.prepare('SELECT count(*) FROM deals').pluck().get() as number };
  } finally {
    closeCore(core);
  }

  spawnSync('sync', { stdio: 'ignore' });
  ctx.log('sales: the board on screen in Chromium…');
  const screen = await measureBoardScreen(dataDir, ctx.log);

  ctx.log('sales: a 50-line quote in Word and PDF…');
  const documents = await measureQuoteDocuments(7);

  return {
    sales_seed_large_s: seed.seed_large_s ?? 0,
    sales_seed_records_per_s: seed.seed_records_per_s ?? 0,
    ...api,
    ...screen,
    ...documents,
  };
}
