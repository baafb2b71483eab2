/**
 * RFC 5545 RRULE text to rules and back: "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270630T215959Z".
 * Parsing never throws: what is malformed or outside what the agenda supports comes back as a
 * typed problem (describe it with describeRecurrenceProblem). Printing writes parts in a fixed
 * order, leaving out defaults (INTERVAL=1, WKST=MO), so equal rules print equal text.
 */
import { compactDate, compactDateTime, formatDate, formatDateTime, parseCompactDate, parseCompactDateTime, parseDate, parseDateTime } from './civil';
import { normalizeRule, validateRule } from './rule';
import {
  weekdays,
  type Frequency,
  type NormalizedRule,
  type RecurrenceProblem,
  type RecurrenceResult,
  type RecurrenceRule,
  type RecurrenceUntil,
  type Weekday,
  type WeekdayRule,
} from './types';

const frequencyOfText: Record<string, Frequency> = { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', YEARLY: 'yearly' };
const unsupportedFrequencies = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);
const unsupportedParts = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'RSCALE', 'SKIP']);
const knownParts = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);

type Failure = { ok: false; problem: RecurrenceProblem };
const fail = (problem: RecurrenceProblem): Failure => ({ ok: false, problem });

function positiveInteger(text: string): number | null {
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function signedIntegers(text: string): number[] | null {
  const values = text.split(',');
  if (values.some((value) => !/^[+-]?\d{1,3}$/.test(value))) return null;
  return values.map(Number);
}

function parseWeekday(text: string): Weekday | null {
  const upper = text.toUpperCase();
  return (weekdays as readonly string[]).includes(upper) ? (upper as Weekday) : null;
}

function parseByDay(text: string): WeekdayRule[] | null {
  const rules: WeekdayRule[] = [];
  for (const item of text.split(',')) {
    const match = /^([+-]?\d{1,2})?([A-Za-z]{2})$/.exec(item);
    const weekday = match ? parseWeekday(match[2] ?? '') : null;
    if (!match || !weekday) return null;
    rules.push(match[1] === undefined ? { weekday } : { weekday, ordinal: Number(match[1]) });
  }
  return rules;
}

/** UNTIL as a date ('20270630'), a UTC instant ('20270630T215959Z') or a floating wall clock. */
function parseUntil(text: string): RecurrenceUntil | null {
  const date = parseCompactDate(text);
  if (date) return { date: formatDate(date) };
  const utc = text.endsWith('Z') || text.endsWith('z');
  const dateTime = parseCompactDateTime(utc ? text.slice(0, -1) : text);
  if (!dateTime) return null;
  const local = formatDateTime(dateTime);
  return utc ? { instant: `${local}.000Z` } : { local };
}

/** Reads RRULE text (with or without the "RRULE:" prefix) into a normalised rule. */
export function parseRRule(text: string): RecurrenceResult<NormalizedRule> {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return fail({ code: 'empty' });
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part.trim() === '') continue;
    const equals = part.indexOf('=');
    if (equals <= 0) return fail({ code: 'malformed', value: part });
    const name = part.slice(0, equals).trim().toUpperCase();
    const value = part.slice(equals + 1).trim();
    if (name.startsWith('X-')) continue;
    if (unsupportedParts.has(name)) return fail({ code: 'unsupported', part: name, value });
    if (!knownParts.has(name)) return fail({ code: 'unknown_part', part: name, value });
    if (parts.has(name)) return fail({ code: 'duplicate_part', part: name, value });
    if (value === '') return fail({ code: 'invalid_value', part: name, value });
    parts.set(name, value);
  }
  const invalid = (part: string): Failure => fail({ code: 'invalid_value', part, value: parts.get(part) ?? '' });

  const freqText = parts.get('FREQ');
  if (freqText === undefined) return fail({ code: 'missing_frequency' });
  const frequency = frequencyOfText[freqText.toUpperCase()];
  if (!frequency) return unsupportedFrequencies.has(freqText.toUpperCase()) ? fail({ code: 'unsupported', part: 'FREQ', value: freqText }) : invalid('FREQ');
  const rule: { -readonly [K in keyof RecurrenceRule]: RecurrenceRule[K] } = { frequency };

  const intervalText = parts.get('INTERVAL');
  if (intervalText !== undefined) {
    const interval = positiveInteger(intervalText);
    if (interval === null || interval === 0) return invalid('INTERVAL');
    rule.interval = interval;
  }
  const countText = parts.get('COUNT');
  if (countText !== undefined) {
    const count = positiveInteger(countText);
    if (count === null || count === 0) return invalid('COUNT');
    rule.count = count;
  }
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    const until = parseUntil(untilText);
    if (!until) return invalid('UNTIL');
    rule.until = until;
  }
  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined) {
    const byDay = parseByDay(byDayText);
    if (!byDay) return invalid('BYDAY');
    rule.byDay = byDay;
  }
  for (const [part, key] of [
    ['BYMONTHDAY', 'byMonthDay'],
    ['BYMONTH', 'byMonth'],
    ['BYSETPOS', 'bySetPos'],
  ] as const) {
    const valueText = parts.get(part);
    if (valueText === undefined) continue;
    const values = signedIntegers(valueText);
    if (!values) return invalid(part);
    rule[key] = values;
  }
  const weekStartText = parts.get('WKST');
  if (weekStartText !== undefined) {
    const weekStart = parseWeekday(weekStartText);
    if (!weekStart) return invalid('WKST');
    rule.weekStart = weekStart;
  }
  const problem = validateRule(rule);
  if (problem) {
    // Point at the text as written rather than at the normalised value.
    const written = problem.part ? parts.get(problem.part) : undefined;
    return fail(written !== undefined && problem.code !== 'count_and_until' ? { ...problem, value: written } : problem);
  }
  return { ok: true, value: normalizeRule(rule) };
}

function untilText(until: RecurrenceUntil): string {
  if ('date' in until) {
    const date = parseDate(until.date);
    return date ? compactDate(date) : until.date;
  }
  if ('local' in until) {
    const local = parseDateTime(until.local);
    return local ? compactDateTime(local) : until.local;
  }
  // Whole seconds, rounded down: UNTIL is inclusive and occurrences start on whole seconds.
  const ms = Date.parse(until.instant);
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const local = parseDateTime(iso.slice(0, 19));
  return local ? `${compactDateTime(local)}Z` : until.instant;
}

const weekdayText = (day: WeekdayRule) => `${day.ordinal ?? ''}${day.weekday}`;

/** Prints a rule as RRULE text (without the "RRULE:" prefix). Check it with validateRule first. */
export function formatRRule(input: RecurrenceRule): string {
  const rule = normalizeRule(input);
  const parts = [`FREQ=${rule.frequency.toUpperCase()}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.until !== null) parts.push(`UNTIL=${untilText(rule.until)}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.byMonth.length > 0) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map(weekdayText).join(',')}`);
  if (rule.bySetPos.length > 0) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.weekStart !== 'MO') parts.push(`WKST=${rule.weekStart}`);
  return parts.join(';');
}
