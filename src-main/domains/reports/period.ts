import type { ReportPeriod } from '../../../src-shared/domain/reports/types';
import { dayOfDate, formatDay, instantOfLocal, localMsAt, MS_PER_DAY } from '../../../src-shared/domain/recurrence';

/** A report's period as instants: from the first day's midnight to the midnight after the last day (excluded), in the user's zone. */
export type PeriodInstants = ReportPeriod & { fromIso: string; toIso: string; fromMs: number; toMs: number };

const iso = (ms: number): string => new Date(ms).toISOString();

function dayNumberOf(date: string): number {
  const day = dayOfDate(date);
  if (day === null) throw new RangeError(`not a calendar date: ${date}`);
  return day;
}

/** The instant a calendar day starts in a zone. */
export const dayStartMs = (date: string, zone: string): number => instantOfLocal(dayNumberOf(date) * MS_PER_DAY, zone);

export function periodInstants(period: ReportPeriod, zone: string): PeriodInstants {
  const fromMs = dayStartMs(period.from, zone);
  const toMs = instantOfLocal((dayNumberOf(period.to) + 1) * MS_PER_DAY, zone);
  return { ...period, fromMs, toMs, fromIso: iso(fromMs), toIso: iso(toMs) };
}

/** The calendar day ('YYYY-MM-DD') of an instant in a zone. */
export const localDayOf = (instant: string, zone: string): string => formatDay(Math.floor(localMsAt(Date.parse(instant), zone) / MS_PER_DAY));

/** The months ('YYYY-MM') the period touches, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The part of a month inside the period, as calendar days. */
export function monthWithin(month: string, period: ReportPeriod): ReportPeriod {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  return { from: first < period.from ? period.from : first, to: last > period.to ? period.to : last };
}

function nextMonthStart(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}-01`;
}

/** The last calendar day of a month. */
export const lastDayOfMonth = (month: string): string => formatDay(dayNumberOf(nextMonthStart(month)) - 1);

/**
 * An SQL expression numbering the bucket an ISO instant column falls in, given the buckets'
 * start instants in order: 0 for the first bucket, 1 for the next… (the column is known to be
 * inside the period).
 */
export function bucketSql(column: string, starts: readonly string[]): { sql: string; params: string[] } {
  if (starts.length <= 1) return { sql: '0', params: [] };
  const whens = starts.slice(1).map((_, index) => `WHEN ${column} < ? THEN ${index}`);
  return { sql: `CASE ${whens.join(' ')} ELSE ${starts.length - 1} END`, params: starts.slice(1) };
}
