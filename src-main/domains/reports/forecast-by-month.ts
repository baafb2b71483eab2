import type { ReportResult } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { closedSums, totalsBy } from './closed';
import type { ReportContext } from './context';
import { dealConditions, STAGE_DEALS } from './filters';
import { dealsLink } from './links';
import { bucketSql, dayStartMs, monthsOf, monthWithin } from './period';
import { column, resultOf } from './result';

type MonthSum = { month: string; currency: string; n: number; amount: number; weighted_percent: number };

/**
 * For each month of the period: the open deals expected to close that month (count, amount,
 * weighted by the deal's probability, else its stage's; at today's rates) against the amount
 * actually won that month (deals closed won, at the rate of their close day).
 */
export function forecastByMonth(ctx: ReportContext): ReportResult {
  const months = monthsOf(ctx.filters.period);
  const where = dealConditions(ctx, 'd', ctx.filters.pipelineId)
    .add("s.kind = 'open'")
    .add('d.expected_close >= ? AND d.expected_close <= ?', ctx.period.from, ctx.period.to);
  const open = prepared(
    ctx.db,
    `SELECT substr(d.expected_close, 1, 7) AS month, d.currency, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS weighted_percent
       FROM ${STAGE_DEALS}
       ${where.toSql()} GROUP BY month, d.currency`,
  ).all(...where.params) as MonthSum[];
  const starts = months.map((month, index) => (index === 0 ? ctx.period.fromIso : new Date(dayStartMs(`${month}-01`, ctx.zone)).toISOString()));
  const bucket = bucketSql('d.closed_at', starts);
  const won = totalsBy(ctx, closedSums(ctx, { group: bucket.sql, groupParams: bucket.params, kinds: ['won'] }), 'won');

  const all = { count: 0, amount: 0, weighted: 0, won: 0 };
  const rows = months.map((month, index) => {
    const own = open.filter((sum) => sum.month === month);
    const count = own.reduce((total, sum) => total + sum.n, 0);
    const amount = own.reduce((total, sum) => total + ctx.money.toBase(sum.amount, sum.currency, ctx.today), 0);
    const weighted = own.reduce((total, sum) => total + ctx.money.toBase(Math.round(sum.weighted_percent / 100), sum.currency, ctx.today), 0);
    const wonAmount = won.get(index)?.amount ?? 0;
    all.count += count;
    all.amount += amount;
    all.weighted += weighted;
    all.won += wonAmount;
    const days = monthWithin(month, ctx.filters.period);
    return { cells: { month, count, amount, weighted, won: wonAmount }, link: dealsLink(ctx, { status: 'open', closeFrom: days.from, closeTo: days.to }) };
  });
  return resultOf(ctx, 'forecast-by-month', {
    columns: [column('month', 'month'), column('count', 'count'), column('amount', 'money'), column('weighted', 'money'), column('won', 'money')],
    rows,
    totals: all,
    chart: { kind: 'line', category: 'month', series: ['weighted', 'won'] },
  });
}
