import type { Core } from '../../../src-main/core/core';
import { reportNames } from '../../../src-shared/domain/reports/types';
import type { Metrics } from '../suite';
import { median, round } from '../stats';
import { call, sampleCalls } from './call';

/**
 * Every report through the core (validation, handler), over a full year ending on `today`
 * ('YYYY-MM-DD'), no filter: `report_<name>_ms`, the median of `runs` calls after a warm-up.
 */
export async function measureReports(core: Core, runs: number, today: string): Promise<Metrics> {
  const to = today;
  const from = `${String(Number(today.slice(0, 4)) - 1)}${today.slice(4, 10)}`;
  const metrics: Metrics = {};
  for (const name of reportNames) {
    const samples = await sampleCalls(runs, () => call(core, 'reports.run', { name, filters: { period: { from, to } }, timeZone: 'Europe/Paris' }));
    metrics[`report_${name.replaceAll('-', '_')}_ms`] = round(median(samples), 1);
  }
  return metrics;
}
