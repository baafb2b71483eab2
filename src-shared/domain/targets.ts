/**
 * Sales targets: what a salesperson or a team should reach in a month ('2026-11') or a quarter
 * ('2026-Q4'), in won amount (integer minor units of the office's base currency), won deals or
 * activities, set by managers; and what was actually reached beside them.
 */

export const targetMetrics = ['won_amount', 'won_deals', 'activities'] as const;
export type TargetMetric = (typeof targetMetrics)[number];

export const targetSubjectKinds = ['user', 'team'] as const;
export type TargetSubjectKind = (typeof targetSubjectKinds)[number];

export const targetGranularities = ['month', 'quarter'] as const;
export type TargetGranularity = (typeof targetGranularities)[number];

/** 'YYYY-MM' (a month) or 'YYYY-Qn' (a quarter). */
export const targetPeriodPattern = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

export type Target = {
  id: string;
  subjectKind: TargetSubjectKind;
  subjectId: string;
  period: string;
  metric: TargetMetric;
  /** Minor units of `currency` for won_amount; a count otherwise. */
  value: number;
  currency: string | null;
  updatedAt: string;
};

/** What a salesperson or a team reached in a period: minor units of the base currency for won_amount, a count otherwise. */
export type TargetActual = { subjectKind: TargetSubjectKind; subjectId: string; period: string; value: number };

/** A year of targets of one metric, by month or quarter, with what was reached. */
export type TargetYear = {
  year: number;
  metric: TargetMetric;
  granularity: TargetGranularity;
  /** The office's base currency: every amount (targets and actuals) is in it. */
  currency: string;
  /** The columns: the months ('2026-01'…) or quarters ('2026-Q1'…) of the year. */
  periods: string[];
  targets: Target[];
  actuals: TargetActual[];
};

/** The months of a year, or its quarters. */
export function periodsOfYear(year: number, granularity: TargetGranularity): string[] {
  return granularity === 'month'
    ? Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`)
    : [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`);
}

/** The months a period covers: a month itself, or the three of a quarter. */
export function monthsOfPeriod(period: string): string[] {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return [period];
  const first = (Number(quarter[2]) - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((month) => `${quarter[1]}-${String(month).padStart(2, '0')}`);
}

/** The quarter a month belongs to: '2026-11' → '2026-Q4'. */
export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Attainment as a ratio (1 = reached), null when there is no target to reach. */
export function attainment(actual: number, target: number | null): number | null {
  return target === null || target <= 0 ? null : actual / target;
}
