import { join } from 'node:path';
import { closeCore, openCore } from '../../../src-main/core/core';
import { DEFAULT_REFERENCE_DATE } from '../../../src-main/jobs/seed';
import { measureAgendaReads } from '../measure/agenda-reads';
import { measureAgendaScreen } from '../measure/agenda-screen';
import { chromiumPath, ensureRendererBuilt } from '../measure/browser';
import { measureIcsExport } from '../measure/ics-export';
import { measureSeed } from '../measure/seed';
import type { Metrics, SuiteContext } from '../suite';

const RUNS = 30;

/** A busy week of the seeded data: the one before its reference date (1 November 2026). */
const BUSY_WEEK = '2026-10-19';

/**
 * The agenda on the `large` dataset (300,000 activities over three years, twelve users), seeded
 * fresh: a week of one user's agenda beside the bare index reads, Today, a key account's
 * timeline, 10,000 events to an .ics file, and a week of the agenda on screen in Chromium.
 */
export async function agendaSuite(ctx: SuiteContext): Promise<Metrics> {
  const dataDir = join(ctx.workDir, 'agenda-large');
  // Fail in a second, not after the seed, when the browser or the renderer is missing.
  chromiumPath();
  ensureRendererBuilt(ctx.log);
  ctx.log('agenda: seeding the large dataset through the write path…');
  const seed = measureSeed(dataDir, 'large', ctx.log);
  const core = openCore({ dataDir, dailyBackup: false });
  let api: Metrics;
  try {
    ctx.log('agenda: agenda.range, today.get, activities.timeline…');
    const reads = await measureAgendaReads(core, RUNS, DEFAULT_REFERENCE_DATE.getTime());
    ctx.log('agenda: ical.export of 10,000 events…');
    const ics = await measureIcsExport(core);
    api = { seeded_activities: core.db.prepare('SELECT count(*) FROM activities').pluck().get() as number, ...reads, ...ics };
  } finally {
    closeCore(core);
  }
  ctx.log('agenda: a week of the agenda on screen in Chromium…');
  const screen = await measureAgendaScreen(dataDir, BUSY_WEEK, ctx.log);
  return { agenda_seed_large_s: seed.seed_large_s ?? 0, ...api, ...screen };
}
