import { dayOfDate, formatDay, instantOfLocal, localMsAt, MS_PER_DAY, weekdayIndexOf } from '../../../src-shared/domain/recurrence';

/**
 * A stretch of calendar days in the user's zone, [fromDay, toDay) with its instants: what the
 * figures of a month, a quarter or a chosen period count. Activities on a whole day are placed
 * by their date, everything else (deals won, timed activities) by its instant.
 */
export type Span = { key: string; fromDay: string; toDay: string; fromIso: string; toIso: string };

/** This computer's zone: the one the user sees the app in when the caller does not say. */
export const computerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const dayNumberOf = (day: string): number => {
  const value = dayOfDate(day);
  if (value === null) throw new Error(`Not a calendar date: ${day}`);
  return value;
};

/** The span of days [fromDay, toDay) (toDay excluded) in a zone. */
export function spanOfDays(key: string, fromDay: string, toDay: string, zone: string): Span {
  const instant = (day: string) => new Date(instantOfLocal(dayNumberOf(day) * MS_PER_DAY, zone)).toISOString();
  return { key, fromDay, toDay, fromIso: instant(fromDay), toIso: instant(toDay) };
}

/** The day after a calendar date. */
export const nextDay = (day: string): string => formatDay(dayNumberOf(day) + 1);

/** The first day of the month after 'YYYY-MM'. */
export function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01-01` : `${year}-${String(index + 1).padStart(2, '0')}-01`;
}

/** The span of a month 'YYYY-MM'. */
export const monthSpan = (month: string, zone: string): Span => spanOfDays(month, `${month}-01`, monthAfter(month), zone);

/** The number of days of [fromDay, toDay). */
export const daysBetween = (fromDay: string, toDay: string): number => dayNumberOf(toDay) - dayNumberOf(fromDay);

/** Today's calendar date in a zone. */
export const todayIn = (nowMs: number, zone: string): string => formatDay(Math.floor(localMsAt(nowMs, zone) / MS_PER_DAY));

/** The Monday of the week of a day, and the Monday after. */
export function weekOf(day: string): { fromDay: string; toDay: string } {
  const number = dayNumberOf(day);
  const monday = number - weekdayIndexOf(number);
  return { fromDay: formatDay(monday), toDay: formatDay(monday + 7) };
}

/**
 * A SQL expression numbering the span a value falls in (0, 1…), for contiguous spans; its
 * parameters are the spans' ends, instants or days as `bound` picks.
 */
export function bucketSql(column: string, spans: readonly Span[], bound: 'toIso' | 'toDay'): { sql: string; params: string[] } {
  if (spans.length === 1) return { sql: '0', params: [] };
  return {
    sql: `CASE ${spans.map((_, index) => `WHEN ${column} < ? THEN ${index}`).join(' ')} END`,
    params: spans.map((span) => span[bound]),
  };
}

/** The day before a calendar date. */
export const formatDayBefore = (day: string): string => formatDay(dayNumberOf(day) - 1);
