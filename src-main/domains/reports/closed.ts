import { prepared } from '../../db/handles';
import type { SqlValue } from '../../db/synced-tables';
import type { ReportContext } from './context';
import { ALL_DEALS, dealConditions } from './filters';

/** Closed deals summed per group, outcome, currency and close day (the day whose rate converts them). */
export type ClosedSum = { grp: string | number | null; kind: 'won' | 'lost'; currency: string; day: string; n: number; amount: number; cycle_days: number };

export type ClosedQuery = {
  /** An SQL expression over `d` (deals) and `s` (their stage) naming the group; its parameters. */
  group: string;
  groupParams?: SqlValue[];
  kinds: readonly ('won' | 'lost')[];
};

/**
 * Deals won or lost in the period (their close instant inside it, in the user's zone), kept by
 * the filters (salespeople, team, segment, the chosen pipeline or every pipeline), summed in SQL.
 * The cycle is the days from the deal's creation to its close.
 */
export function closedSums(ctx: ReportContext, query: ClosedQuery): ClosedSum[] {
  const where = dealConditions(ctx, 'd', ctx.filters.pipelineId)
    .add('d.closed_at >= ? AND d.closed_at < ?', ctx.period.fromIso, ctx.period.toIso)
    .add(`s.kind IN (${query.kinds.map(() => '?').join(', ')})`, ...query.kinds);
  return prepared(
    ctx.db,
    `SELECT ${query.group} AS grp, s.kind AS kind, d.currency AS currency, substr(d.closed_at, 1, 10) AS day, count(*) AS n,
            sum(d.amount_minor) AS amount, sum(julianday(d.closed_at) - julianday(d.created_at)) AS cycle_days
       FROM ${ALL_DEALS}
       ${where.toSql()}
      GROUP BY grp, s.kind, d.currency, day`,
  ).all(...(query.groupParams ?? []), ...where.params) as ClosedSum[];
}

export type Totals = { count: number; amount: number; cycleDays: number };

/** The sums per group and outcome, amounts in the base currency at the rate of each close day. */
export function totalsBy(ctx: ReportContext, sums: readonly ClosedSum[], kind: 'won' | 'lost'): Map<string | number | null, Totals> {
  const totals = new Map<string | number | null, Totals>();
  for (const sum of sums) {
    if (sum.kind !== kind) continue;
    const total = totals.get(sum.grp) ?? { count: 0, amount: 0, cycleDays: 0 };
    total.count += sum.n;
    total.amount += ctx.money.toBase(sum.amount, sum.currency, sum.day);
    total.cycleDays += sum.cycle_days;
    totals.set(sum.grp, total);
  }
  return totals;
}

export const sumOf = (totals: Iterable<Totals>): Totals => {
  const all = { count: 0, amount: 0, cycleDays: 0 };
  for (const total of totals) {
    all.count += total.count;
    all.amount += total.amount;
    all.cycleDays += total.cycleDays;
  }
  return all;
};
