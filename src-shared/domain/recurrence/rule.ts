/**
 * Checking and normalising recurrence rules, whatever built them (the RRULE parser, a form, an
 * import): one place that knows which combinations RFC 5545 allows and which this agenda
 * supports.
 */
import { parseDate, parseDateTime } from './civil';
import {
  frequencies,
  weekdays,
  type NormalizedRule,
  type RecurrenceProblem,
  type RecurrenceRule,
  type RecurrenceUntil,
  type Weekday,
  type WeekdayRule,
} from './types';

export const MAX_INTERVAL = 1000;
export const MAX_COUNT = 100_000;

const weekdayIndex = (weekday: Weekday) => weekdays.indexOf(weekday);

const sortedUnique = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);

function sortedDays(days: readonly WeekdayRule[]): WeekdayRule[] {
  const seen = new Map<string, WeekdayRule>();
  for (const day of days) {
    const rule: WeekdayRule = day.ordinal === undefined ? { weekday: day.weekday } : { weekday: day.weekday, ordinal: day.ordinal };
    seen.set(`${day.ordinal ?? 0}${day.weekday}`, rule);
  }
  return [...seen.values()].sort((a, b) => weekdayIndex(a.weekday) - weekdayIndex(b.weekday) || (a.ordinal ?? 0) - (b.ordinal ?? 0));
}

/** Every field present, arrays sorted and deduplicated (does not check; see validateRule). */
export function normalizeRule(rule: RecurrenceRule): NormalizedRule {
  return {
    frequency: rule.frequency,
    interval: rule.interval ?? 1,
    byDay: sortedDays(rule.byDay ?? []),
    byMonthDay: sortedUnique(rule.byMonthDay ?? []),
    byMonth: sortedUnique(rule.byMonth ?? []),
    bySetPos: sortedUnique(rule.bySetPos ?? []),
    weekStart: rule.weekStart ?? 'MO',
    count: rule.count ?? null,
    until: rule.until ?? null,
  };
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function untilProblem(until: RecurrenceUntil): RecurrenceProblem | null {
  const bad = (value: string): RecurrenceProblem => ({ code: 'invalid_value', part: 'UNTIL', value });
  if ('date' in until) return parseDate(until.date) ? null : bad(until.date);
  if ('local' in until) return parseDateTime(until.local) ? null : bad(until.local);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(until.instant) && Number.isFinite(Date.parse(until.instant)) ? null : bad(until.instant);
}

/** The first thing wrong with a rule, or null when it is one this agenda can expand. */
export function validateRule(input: RecurrenceRule): RecurrenceProblem | null {
  if (!frequencies.includes(input.frequency)) return { code: 'invalid_value', part: 'FREQ', value: String(input.frequency) };
  const rule = normalizeRule(input);
  const { frequency } = rule;
  const invalid = (part: string, value: unknown): RecurrenceProblem => ({ code: 'invalid_value', part, value: String(value) });
  const combination = (part: string, value: unknown): RecurrenceProblem => ({ code: 'invalid_combination', part, value: String(value) });

  if (!isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_INTERVAL) return invalid('INTERVAL', rule.interval);
  if (rule.count !== null && (!isInteger(rule.count) || rule.count < 1 || rule.count > MAX_COUNT)) return invalid('COUNT', rule.count);
  if (rule.count !== null && rule.until !== null) return { code: 'count_and_until' };
  if (rule.until !== null) {
    const problem = untilProblem(rule.until);
    if (problem) return problem;
  }
  if (!weekdays.includes(rule.weekStart)) return invalid('WKST', rule.weekStart);
  for (const day of rule.byDay) {
    if (!weekdays.includes(day.weekday)) return invalid('BYDAY', day.weekday);
    if (day.ordinal === undefined) continue;
    if (!isInteger(day.ordinal) || day.ordinal === 0 || Math.abs(day.ordinal) > 53) return invalid('BYDAY', `${day.ordinal}${day.weekday}`);
    // RFC 5545: numbered weekdays only in monthly and yearly rules.
    if (frequency === 'daily' || frequency === 'weekly') return combination('BYDAY', `${day.ordinal}${day.weekday}`);
    if (frequency === 'monthly' && Math.abs(day.ordinal) > 5) return invalid('BYDAY', `${day.ordinal}${day.weekday}`);
  }
  for (const day of rule.byMonthDay) {
    if (!isInteger(day) || day === 0 || Math.abs(day) > 31) return invalid('BYMONTHDAY', day);
  }
  if (rule.byMonthDay.length > 0 && frequency === 'weekly') return combination('BYMONTHDAY', rule.byMonthDay.join(','));
  for (const month of rule.byMonth) {
    if (!isInteger(month) || month < 1 || month > 12) return invalid('BYMONTH', month);
  }
  for (const position of rule.bySetPos) {
    if (!isInteger(position) || position === 0 || Math.abs(position) > 366) return invalid('BYSETPOS', position);
  }
  if (rule.bySetPos.length > 0 && rule.byDay.length === 0 && rule.byMonthDay.length === 0 && rule.byMonth.length === 0) {
    return combination('BYSETPOS', rule.bySetPos.join(','));
  }
  return null;
}
