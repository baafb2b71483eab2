import { prepared } from '../../db/handles';
import type { ReportContext } from './context';
import { lastDayOfMonth, monthsOf } from './period';

export const targetMetrics = ['won_amount', 'won_deals', 'activities'] as const;
export type TargetMetric = (typeof targetMetrics)[number];

type TargetRow = { subject_kind: string; subject_id: string; period: string; metric: string; value: number; currency: string | null };

/** 'YYYY-MM' (a quarter is 'YYYY-Qn', as long). */
const isMonth = (period: string): boolean => /^\d{4}-\d{2}$/.test(period);

const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** Targets per subject ('user:<id>' or 'team:<id>') and metric, amounts in the base currency. */
export type TargetValues = Map<string, Map<TargetMetric, number>>;

/**
 * The targets falling in the period: each month it covers whole, and each quarter it covers
 * whole whose months have no target of their own (month targets refine their quarter's).
 * Targets of months or quarters the period only cuts through are left out, and the note says so.
 * Amount targets are converted at today's rate.
 */
export function targetValues(ctx: ReportContext): TargetValues {
  const period = ctx.filters.period;
  const months = monthsOf(period);
  const whole = new Set(months.filter((month) => period.from <= `${month}-01` && period.to >= lastDayOfMonth(month)));
  const quarters = [...new Set(months.map(quarterOf))];
  const wholeQuarters = new Set(quarters.filter((quarter) => months.filter((month) => quarterOf(month) === quarter && whole.has(month)).length === 3));
  const rows = prepared(ctx.db, 'SELECT subject_kind, subject_id, period, metric, value, currency FROM targets WHERE deleted = 0 AND period IN (SELECT value FROM json_each(?))').all(
    JSON.stringify([...months, ...quarters]),
  ) as TargetRow[];
  const monthTargeted = new Set(rows.filter((row) => isMonth(row.period)).map((row) => `${row.subject_kind}:${row.subject_id}|${row.metric}|${quarterOf(row.period)}`));
  const values: TargetValues = new Map();
  for (const row of rows) {
    if (!(targetMetrics as readonly string[]).includes(row.metric)) continue;
    const subject = `${row.subject_kind}:${row.subject_id}`;
    const month = isMonth(row.period);
    const counted = month ? whole.has(row.period) : wholeQuarters.has(row.period) && !monthTargeted.has(`${subject}|${row.metric}|${row.period}`);
    if (!counted) {
      if (month || !wholeQuarters.has(row.period)) ctx.notes.add('reports.notes.partialTargets');
      continue;
    }
    const metric = row.metric as TargetMetric;
    const value = metric === 'won_amount' ? ctx.money.toBase(row.value, row.currency ?? ctx.money.base, ctx.today) : row.value;
    const own = values.get(subject) ?? new Map<TargetMetric, number>();
    own.set(metric, (own.get(metric) ?? 0) + value);
    values.set(subject, own);
  }
  return values;
}
