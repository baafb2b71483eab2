import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../../../src-main/core/core';
import { DEFAULT_REFERENCE_DATE } from '../../../src-main/jobs/seed';
import type { Metrics } from '../suite';
import { median, round } from '../stats';
import { call } from './call';

const RUNS = 5;

/** The seeded data's year (its reference date's): a year of forecast, month by month. */
function seededYear(): { from: string; to: string } {
  const year = DEFAULT_REFERENCE_DATE.getUTCFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * `report_docx_ms`: `reports.export` of the forecast by month over a year to Word, through the
 * handler — the report computed over the whole base, the chart drawn and turned into a PNG, the
 * document laid out, zipped and stored for the page — as the median of a few runs after one
 * untimed run; beside it the report alone (`reports.run`) and the file's size.
 */
export async function measureReportDocx(core: Core): Promise<Metrics> {
  const filters = { period: seededYear() };
  const timeZone = 'Europe/Paris';
  const docx: number[] = [];
  const figures: number[] = [];
  let kb = 0;
  for (let run = -1; run < RUNS; run += 1) {
    let started = performance.now();
    await call(core, 'reports.run', { name: 'forecast-by-month', filters, timeZone });
    if (run >= 0) figures.push(performance.now() - started);
    started = performance.now();
    const file = await call(core, 'reports.export', { name: 'forecast-by-month', filters, format: 'docx', language: 'fr', timeZone });
    if (run >= 0) docx.push(performance.now() - started);
    kb = Math.round(file.size / 1024);
    await rm(join(core.paths.dataDir, 'files', 'outgoing', file.fileId), { force: true });
  }
  return { report_docx_ms: round(median(docx), 1), report_docx_run_ms: round(median(figures), 1), report_docx_kb: kb };
}
