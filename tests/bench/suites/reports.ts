import { join } from 'node:path';
import { closeCore, openCore } from '../../../src-main/core/core';
import { DEFAULT_REFERENCE_DATE } from '../../../src-main/jobs/seed';
import { measureDashboard } from '../measure/dashboard';
import { measureReportDocx } from '../measure/report-docx';
import { measureReports } from '../measure/reports';
import { measureSeed } from '../measure/seed';
import { measureSegmentQuery } from '../measure/segment-query';
import type { Metrics, SuiteContext } from '../suite';

const RUNS = 15;

/**
 * Reports on the `large` dataset (30,000 deals, 300,000 activities, twelve salespeople), seeded
 * fresh: every report over the year before the data's reference date, in the core; the
 * dashboard's tiles (the user's month, a salesperson's year, a team's quarter, the office);
 * a three-condition segment across two entities (its count and first page); the forecast report
 * as a Word document.
 */
export async function reportsSuite(ctx: SuiteContext): Promise<Metrics> {
  const dataDir = join(ctx.workDir, 'reports-large');
  ctx.log('reports: seeding the large dataset through the write path…');
  const seed = measureSeed(dataDir, 'large', ctx.log);
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    const referenceMs = DEFAULT_REFERENCE_DATE.getTime();
    ctx.log('reports: reports.run, each report over a year…');
    const reports = await measureReports(core, RUNS, new Date(referenceMs).toISOString().slice(0, 10));
    ctx.log('reports: dashboard.get…');
    const dashboard = measureDashboard(core, RUNS * 2, referenceMs);
    ctx.log('reports: a three-condition segment (contacts.list filtered by it)…');
    const segment = await measureSegmentQuery(core, RUNS);
    ctx.log('reports: the forecast to Word…');
    const docx = await measureReportDocx(core);
    return { reports_seed_large_s: seed.seed_large_s ?? 0, ...reports, ...dashboard, ...segment, ...docx };
  } finally {
    closeCore(core);
  }
}
