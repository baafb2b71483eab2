import type { ApiInput } from '../../../src-shared/contract/api';
import type { Core } from '../../../src-main/core/core';
import { createRng } from '../../../src-main/jobs/seed/rng';
import type { Metrics } from '../suite';
import { latencyMetrics, median, percentile, round, timed } from '../stats';
import { call, sampleCalls } from './call';
import { salesRefs } from './sales-board';

type DealSort = NonNullable<ApiInput<'deals.list'>['sort']>;

/** The bare aggregate behind the forecast: open deals by month and currency, no conversion. */
function rawForecast(core: Core, thisMonth: string): () => void {
  const sums = core.db.prepare(
    `SELECT substr(d.expected_close, 1, 7) AS bucket, d.currency, count(*), sum(d.amount_minor), sum(d.amount_minor * coalesce(d.probability, s.probability))
       FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE d.deleted = 0 AND s.kind = 'open' AND d.expected_close >= ? GROUP BY bucket, d.currency`,
  );
  return () => sums.all(thisMonth);
}

/**
 * The weighted forecast (12 months from this one, every pipeline; then filtered by owner), the
 * deals table (a page of 100, sorted as people sort it, at random depths), a deal's page and a
 * quote's, through the handlers.
 */
export async function measureSalesReads(core: Core, runs: number, today: string): Promise<Metrics> {
  const rng = createRng(12);
  const { rep, pipelineId } = salesRefs(core);
  const from = today.slice(0, 7);
  const forecast = await sampleCalls(runs, () => call(core, 'deals.forecast', { from, months: 12 }));
  const filtered = await sampleCalls(runs, () => call(core, 'deals.forecast', { from, months: 12, ownerIds: [rep], pipelineId }));
  const raw = rawForecast(core, `${from}-01`);
  const rawSamples = Array.from({ length: runs }, () => timed(raw).ms);

  const sorts: DealSort[] = [
    { field: 'expectedClose', dir: 'asc' },
    { field: 'amount', dir: 'desc' },
    { field: 'title', dir: 'asc' },
    { field: 'updatedAt', dir: 'desc' },
    { field: 'company', dir: 'asc' },
  ];
  const total = (await call(core, 'deals.list', { offset: 0, limit: 100, withTotal: true })).total ?? 0;
  const list = await sampleCalls(runs * 4, () =>
    call(core, 'deals.list', { sort: rng.pick(sorts), offset: rng.chance(0.6) ? 0 : rng.int(Math.max(1, total - 100)), limit: 100, withTotal: false }),
  );

  const dealIds = core.db.prepare('SELECT id FROM deals WHERE deleted = 0 ORDER BY rowid').pluck().all() as string[];
  const deal = await sampleCalls(runs * 2, () => call(core, 'deals.get', { id: rng.pick(dealIds) }));
  const quoteIds = core.db.prepare('SELECT id FROM quotes WHERE deleted = 0 ORDER BY rowid').pluck().all() as string[];
  const quote = await sampleCalls(runs * 2, () => call(core, 'quotes.get', { id: rng.pick(quoteIds) }));

  const forecastMs = median(forecast);
  return {
    forecast_query_ms: round(forecastMs, 1),
    forecast_query_p95_ms: round(percentile(forecast, 95), 1),
    forecast_filtered_ms: round(median(filtered), 1),
    raw_forecast_ms: round(median(rawSamples), 1),
    forecast_vs_raw_ratio: round(forecastMs / Math.max(0.001, median(rawSamples)), 2),
    ...latencyMetrics('deals_list', list),
    ...latencyMetrics('deal_get', deal),
    ...latencyMetrics('quote_get', quote),
    seeded_quotes: quoteIds.length,
  };
}
