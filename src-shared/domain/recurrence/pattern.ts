/**
 * The days a rule produces, period by period (a period is the day, week, month or year the rule
 * steps by), in calendar arithmetic only: no time zones, no times of day. RFC 5545's BYxxx
 * semantics for the parts supported: BYMONTH limits daily/weekly/monthly rules and expands yearly
 * ones; BYMONTHDAY expands monthly/yearly rules and limits daily ones; BYDAY expands weekly,
 * monthly and yearly rules (numbered within the month, or the year without BYMONTH) and limits
 * when BYMONTHDAY is there too; BYSETPOS then picks positions in each period's set.
 */
import { dateOfDay, dayNumber, daysInMonth, monthIndexOf, weekdayIndexOf, yearMonthOf } from './civil';
import { weekdays, type NormalizedRule, type WeekdayRule } from './types';

export type SeriesPlan = {
  rule: NormalizedRule;
  /** The day of the event's own start (DTSTART), the series' first occurrence. */
  startDay: number;
  startYear: number;
  startMonth: number;
  startDayOfMonth: number;
  startMonthIndex: number;
  /** The first day of the week (rule.weekStart) holding startDay. */
  startWeekFirstDay: number;
  /** Occurrences per period after the first, when every period yields the same number, else null. */
  perPeriod: number | null;
};

const weekdayIndexOfRule = (day: WeekdayRule) => weekdays.indexOf(day.weekday);

export function planSeries(rule: NormalizedRule, startDay: number): SeriesPlan {
  const start = dateOfDay(startDay);
  const weekStartIndex = weekdays.indexOf(rule.weekStart);
  const startWeekFirstDay = startDay - ((weekdayIndexOf(startDay) - weekStartIndex + 7) % 7);
  const noFilters = rule.byMonth.length === 0 && rule.byMonthDay.length === 0 && rule.bySetPos.length === 0;
  let perPeriod: number | null = null;
  if (rule.frequency === 'daily' && noFilters && rule.byDay.length === 0) perPeriod = 1;
  if (rule.frequency === 'weekly' && noFilters) perPeriod = Math.max(1, new Set(rule.byDay.map((day) => day.weekday)).size);
  return {
    rule,
    startDay,
    startYear: start.year,
    startMonth: start.month,
    startDayOfMonth: start.day,
    startMonthIndex: monthIndexOf(start.year, start.month),
    startWeekFirstDay,
    perPeriod,
  };
}

/** The first day of period `p` (0 = the period holding the start). */
export function periodFirstDay(plan: SeriesPlan, p: number): number {
  const { interval, frequency } = plan.rule;
  switch (frequency) {
    case 'daily':
      return plan.startDay + p * interval;
    case 'weekly':
      return plan.startWeekFirstDay + 7 * p * interval;
    case 'monthly': {
      const { year, month } = yearMonthOf(plan.startMonthIndex + p * interval);
      return dayNumber(year, month, 1);
    }
    case 'yearly':
      return dayNumber(plan.startYear + p * interval, 1, 1);
  }
}

/** The last period starting on or before `day` (0 when `day` is before the start). */
export function periodAtOrBefore(plan: SeriesPlan, day: number): number {
  const { interval, frequency } = plan.rule;
  let steps: number;
  switch (frequency) {
    case 'daily':
      steps = Math.floor((day - plan.startDay) / interval);
      break;
    case 'weekly':
      steps = Math.floor((day - plan.startWeekFirstDay) / (7 * interval));
      break;
    case 'monthly': {
      const { year, month } = dateOfDay(day);
      steps = Math.floor((monthIndexOf(year, month) - plan.startMonthIndex) / interval);
      break;
    }
    case 'yearly':
      steps = Math.floor((dateOfDay(day).year - plan.startYear) / interval);
      break;
  }
  return Math.max(0, steps);
}

/** Day `dayOfMonth` (negative: from the end) of a month, or null when the month has no such day. */
function monthDay(year: number, month: number, dayOfMonth: number): number | null {
  const length = daysInMonth(year, month);
  const day = dayOfMonth > 0 ? dayOfMonth : length + dayOfMonth + 1;
  return day >= 1 && day <= length ? dayNumber(year, month, day) : null;
}

/** The days of [first, last] falling on a weekday: all of them, or the n-th (negative: from the end). */
function weekdaysIn(first: number, last: number, rule: WeekdayRule): number[] {
  const target = weekdayIndexOfRule(rule);
  const firstMatch = first + ((target - weekdayIndexOf(first) + 7) % 7);
  if (rule.ordinal === undefined) {
    const days: number[] = [];
    for (let day = firstMatch; day <= last; day += 7) days.push(day);
    return days;
  }
  if (rule.ordinal > 0) {
    const day = firstMatch + 7 * (rule.ordinal - 1);
    return day <= last ? [day] : [];
  }
  const lastMatch = last - ((weekdayIndexOf(last) - target + 7) % 7);
  const day = lastMatch + 7 * (rule.ordinal + 1);
  return day >= first ? [day] : [];
}

/** Whether `day` is one of the weekdays a BYDAY entry names within [first, last]. */
function matchesWeekday(day: number, first: number, last: number, rule: WeekdayRule): boolean {
  if (weekdayIndexOf(day) !== weekdayIndexOfRule(rule)) return false;
  if (rule.ordinal === undefined) return true;
  return rule.ordinal > 0 ? Math.floor((day - first) / 7) + 1 === rule.ordinal : -(Math.floor((last - day) / 7) + 1) === rule.ordinal;
}

function monthBounds(year: number, month: number): [number, number] {
  return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))];
}

function matchesMonthDay(day: number, byMonthDay: readonly number[]): boolean {
  const { year, month, day: dayOfMonth } = dateOfDay(day);
  const fromEnd = dayOfMonth - daysInMonth(year, month) - 1;
  return byMonthDay.some((wanted) => wanted === dayOfMonth || wanted === fromEnd);
}

/** The candidate days of one month of a monthly rule, or of a yearly rule with BYMONTH. */
function daysOfMonth(plan: SeriesPlan, year: number, month: number, weekdayScope: [number, number]): number[] {
  const { byDay, byMonthDay } = plan.rule;
  if (byMonthDay.length > 0) {
    const days = byMonthDay.map((wanted) => monthDay(year, month, wanted)).filter((day): day is number => day !== null);
    if (byDay.length === 0) return days;
    return days.filter((day) => byDay.some((rule) => matchesWeekday(day, weekdayScope[0], weekdayScope[1], rule)));
  }
  if (byDay.length > 0) {
    const [first, last] = monthBounds(year, month);
    return byDay.flatMap((rule) => weekdaysIn(first, last, rule));
  }
  const day = monthDay(year, month, plan.startDayOfMonth);
  return day === null ? [] : [day];
}

function yearDays(plan: SeriesPlan, year: number): number[] {
  const { byDay, byMonth, byMonthDay } = plan.rule;
  const yearBounds: [number, number] = [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  if (byMonth.length === 0 && byMonthDay.length === 0) {
    if (byDay.length > 0) return byDay.flatMap((rule) => weekdaysIn(yearBounds[0], yearBounds[1], rule));
    const day = monthDay(year, plan.startMonth, plan.startDayOfMonth);
    return day === null ? [] : [day];
  }
  const months = byMonth.length > 0 ? byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  // Numbered weekdays count within the month when BYMONTH is given, within the year otherwise.
  return months.flatMap((month) => daysOfMonth(plan, year, month, byMonth.length > 0 ? monthBounds(year, month) : yearBounds));
}

function periodDays(plan: SeriesPlan, p: number): number[] {
  const { frequency, byDay, byMonth, byMonthDay } = plan.rule;
  const first = periodFirstDay(plan, p);
  switch (frequency) {
    case 'daily': {
      const { month } = dateOfDay(first);
      if (byMonth.length > 0 && !byMonth.includes(month)) return [];
      if (byMonthDay.length > 0 && !matchesMonthDay(first, byMonthDay)) return [];
      if (byDay.length > 0 && !byDay.some((rule) => rule.weekday === weekdays[weekdayIndexOf(first)])) return [];
      return [first];
    }
    case 'weekly': {
      const wanted = byDay.length > 0 ? byDay.map(weekdayIndexOfRule) : [weekdayIndexOf(plan.startDay)];
      const days = wanted.map((target) => first + ((target - weekdayIndexOf(first) + 7) % 7));
      return byMonth.length > 0 ? days.filter((day) => byMonth.includes(dateOfDay(day).month)) : days;
    }
    case 'monthly': {
      const { year, month } = dateOfDay(first);
      if (byMonth.length > 0 && !byMonth.includes(month)) return [];
      return daysOfMonth(plan, year, month, monthBounds(year, month));
    }
    case 'yearly':
      return yearDays(plan, dateOfDay(first).year);
  }
}

/** The days of period `p`, sorted, BYSETPOS applied (days before the start included). */
export function candidateDays(plan: SeriesPlan, p: number): number[] {
  const days = [...new Set(periodDays(plan, p))].sort((a, b) => a - b);
  const { bySetPos } = plan.rule;
  if (bySetPos.length === 0) return days;
  const picked = bySetPos
    .map((position) => (position > 0 ? days[position - 1] : days[days.length + position]))
    .filter((day): day is number => day !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}
