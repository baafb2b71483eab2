/**
 * Moving a whole series by the move made to one of its occurrences: the series' start and end
 * shift by the same wall-clock amount in the series' zone (so a week across a daylight-saving
 * change keeps its hour), the rule's weekdays and month days follow the days moved, and the
 * exceptions and single-occurrence edits keep pointing at the occurrences they were about.
 */
import type { Recurrence, RecurrenceRule, EventTiming, OccurrenceKey } from '../../src-shared/domain/recurrence';
import {
  compactDate,
  compactOfLocalMs,
  dateOfDay,
  dayOfDate,
  formatDay,
  instantOfLocal,
  localMsAt,
  MS_PER_DAY,
  parseOccurrenceKey,
  weekdays,
} from '../../src-shared/domain/recurrence';

export type MovedSeries = { timing: EventTiming; recurrence: Recurrence | null };

const localOf = (instant: string, zone: string) => localMsAt(Date.parse(instant), zone);
const toIso = (ms: number) => new Date(ms).toISOString();

/** Weekdays turned by `days` (Tuesday + 1 = Wednesday); month days and months follow the start. */
export function shiftRule(rule: RecurrenceRule, days: number, month: { from: number; to: number }): RecurrenceRule {
  if (days === 0) return rule;
  const next: RecurrenceRule = { ...rule };
  if (rule.byDay) {
    next.byDay = rule.byDay.map((day) => {
      const index = weekdays.indexOf(day.weekday);
      const weekday = weekdays[(((index + days) % 7) + 7) % 7] ?? day.weekday;
      return day.ordinal === undefined ? { weekday } : { weekday, ordinal: day.ordinal };
    });
  }
  if (rule.byMonthDay) {
    const shifted = rule.byMonthDay.map((day) => day + days);
    const valid = shifted.every((day, index) => (rule.byMonthDay?.[index] ?? 0) > 0 ? day >= 1 && day <= 31 : day <= -1 && day >= -31);
    // Beyond the month's days, the rule falls back to the start's day of the month.
    if (valid) next.byMonthDay = shifted;
    else delete next.byMonthDay;
  }
  if (rule.byMonth && month.from !== month.to) next.byMonth = [...new Set(rule.byMonth.map((value) => (value === month.from ? month.to : value)))];
  return next;
}

function shiftKeys(recurrence: Recurrence, shiftKey: (key: OccurrenceKey) => OccurrenceKey): Recurrence {
  const next: Recurrence = { rule: recurrence.rule };
  if (recurrence.exceptions) next.exceptions = recurrence.exceptions.map(shiftKey);
  if (recurrence.overrides) next.overrides = recurrence.overrides.map((override) => ({ ...override, key: shiftKey(override.key) }));
  return next;
}

const monthOfDay = (day: number) => dateOfDay(day).month;

/** Six dates as day numbers, or null when one is not a date. */
function dayNumbers(dates: readonly string[]): [number, number, number, number, number, number] | null {
  const days = dates.map(dayOfDate);
  return days.length === 6 && days.every((day): day is number => day !== null) ? (days as [number, number, number, number, number, number]) : null;
}

/**
 * The series after one occurrence moved from `from` to `to`, applied to all of it; null when
 * the move switches between all-day and timed (that only applies to the one occurrence).
 */
export function shiftSeries(series: EventTiming, recurrence: Recurrence | null, from: EventTiming, to: EventTiming): MovedSeries | null {
  if (series.allDay && from.allDay && to.allDay) {
    const days = dayNumbers([series.startDate, series.endDate, from.startDate, from.endDate, to.startDate, to.endDate]);
    if (!days) return null;
    const [seriesStart, seriesEnd, fromStart, fromEnd, toStart, toEnd] = days;
    const startDays = toStart - fromStart;
    const newStart = seriesStart + startDays;
    const newEnd = Math.max(seriesEnd + (toEnd - fromEnd), newStart + 1);
    const timing: EventTiming = { allDay: true, startDate: formatDay(newStart), endDate: formatDay(newEnd) };
    if (!recurrence) return { timing, recurrence: null };
    const shiftKey = (key: OccurrenceKey) => {
      const parsed = parseOccurrenceKey(key);
      return parsed?.allDay ? compactDate(dateOfDay(parsed.day + startDays)) : key;
    };
    const month = { from: monthOfDay(seriesStart), to: monthOfDay(newStart) };
    return { timing, recurrence: { ...shiftKeys(recurrence, shiftKey), rule: shiftRule(recurrence.rule, startDays, month) } };
  }
  if (!series.allDay && !from.allDay && !to.allDay) {
    const zone = series.timeZone;
    const startDelta = localOf(to.start, zone) - localOf(from.start, zone);
    const endDelta = localOf(to.end, zone) - localOf(from.end, zone);
    const seriesStartLocal = localOf(series.start, zone);
    const newStartLocal = seriesStartLocal + startDelta;
    const start = instantOfLocal(newStartLocal, zone);
    const end = Math.max(instantOfLocal(localOf(series.end, zone) + endDelta, zone), start);
    const timing: EventTiming = { allDay: false, start: toIso(start), end: toIso(end), timeZone: zone };
    if (!recurrence) return { timing, recurrence: null };
    const days = Math.floor(localOf(to.start, zone) / MS_PER_DAY) - Math.floor(localOf(from.start, zone) / MS_PER_DAY);
    const shiftKey = (key: OccurrenceKey) => {
      const parsed = parseOccurrenceKey(key);
      return parsed && !parsed.allDay ? compactOfLocalMs(parsed.localMs + startDelta) : key;
    };
    const month = { from: monthOfDay(Math.floor(seriesStartLocal / MS_PER_DAY)), to: monthOfDay(Math.floor(newStartLocal / MS_PER_DAY)) };
    return { timing, recurrence: { ...shiftKeys(recurrence, shiftKey), rule: shiftRule(recurrence.rule, days, month) } };
  }
  return null;
}
