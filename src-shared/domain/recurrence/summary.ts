/**
 * A rule in words, French and English: "Toutes les semaines le lundi et le jeudi, jusqu’au
 * 30 juin 2027" / "Weekly on Monday and Thursday, until 30 June 2027". The phrases live in the
 * agenda catalogue (src-shared/i18n/agenda); day and month names come from Intl in the
 * language's locale. Defaults the rule leaves to the event (the weekday of a weekly rule
 * without BYDAY…) are read from the event's start when it is given.
 */
import { localeOf, translate, type Language, type TranslateParams } from '../../i18n';
import { dateOfDay, dayOfDate, MS_PER_DAY, parseDate, parseDateTime } from './civil';
import { parseInstant } from './expand';
import { normalizeRule } from './rule';
import { weekdays, type EventTiming, type NormalizedRule, type RecurrenceProblem, type RecurrenceRule, type RecurrenceUntil, type WeekdayRule } from './types';
import { localMsAt } from './zone';

const t = (language: Language, key: string, params?: TranslateParams) => translate(language, `agenda.recurrence.${key}`, params);

function weekdayName(language: Language, weekday: string): string {
  const index = (weekdays as readonly string[]).indexOf(weekday);
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(localeOf[language], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

function monthName(language: Language, month: number): string {
  return new Intl.DateTimeFormat(localeOf[language], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, month - 1, 15));
}

const list = (language: Language, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new Intl.ListFormat(localeOf[language], { style: 'long', type }).format(items);

/**
 * A numbered form by Intl's ordinal category: nth ("2e", "2nd"), monthDay ("le 1er", "le 15";
 * "the 1st", "the 15th") or dateDay ("1er juillet", "1 July").
 */
function numbered(language: Language, key: 'nth' | 'monthDay' | 'dateDay', n: number): string {
  const category = new Intl.PluralRules(localeOf[language], { type: 'ordinal' }).select(n);
  const message = t(language, `${key}.${category}`, { n });
  return message.startsWith('agenda.') ? t(language, `${key}.other`, { n }) : message;
}

/**
 * A position in words: "second", "last", "second to last"; beyond the words a number ("7th"),
 * with `fromEnd` for positions counted from the end (-3 and below), which the phrases place.
 */
function ordinalWord(language: Language, position: number): { nth: string; fromEnd: boolean } {
  const words: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last', [-2]: 'secondLast' };
  const word = words[position];
  if (word) return { nth: t(language, `ordinal.${word}`), fromEnd: false };
  return { nth: numbered(language, 'nth', Math.abs(position)), fromEnd: position < 0 };
}

/** A phrase with a position, in its from-the-end variant when the position needs it. */
function positioned(language: Language, key: string, position: number, params: TranslateParams = {}): string {
  const { nth, fromEnd } = ordinalWord(language, position);
  return t(language, fromEnd ? `${key}FromEnd` : key, { ...params, nth });
}

function monthDayPhrase(language: Language, day: number): string {
  if (day === -1) return t(language, 'lastDay');
  if (day < 0) return t(language, 'dayFromEnd', { nth: numbered(language, 'nth', -day) });
  return t(language, 'monthDayItem', { day: numbered(language, 'monthDay', day) });
}

const isMondayToFriday = (days: readonly WeekdayRule[]) =>
  days.length === 5 && days.every((day) => day.ordinal === undefined) && ['MO', 'TU', 'WE', 'TH', 'FR'].every((weekday) => days.some((day) => day.weekday === weekday));

function weekdayItems(language: Language, days: readonly WeekdayRule[], ofYear: boolean): string[] {
  return days.map((day) => {
    const name = weekdayName(language, day.weekday);
    if (day.ordinal === undefined) return t(language, 'weekdayItem', { day: name });
    return positioned(language, ofYear ? 'nthWeekdayOfYearItem' : 'nthWeekdayItem', day.ordinal, { day: name });
  });
}

function weekdaysPhrase(language: Language, days: readonly WeekdayRule[], ofYear = false): string {
  if (isMondayToFriday(days)) return t(language, 'mondayToFriday');
  return t(language, 'weekdayList', { days: list(language, weekdayItems(language, days, ofYear)) });
}

/** Days from the start first (1st, 15th), then from the end (second to last, last). */
const readingOrder = (days: readonly number[]) => [...days.filter((day) => day > 0), ...days.filter((day) => day < 0)];

function monthDaysPhrase(language: Language, days: readonly number[]): string {
  const items = readingOrder(days).map((day) => monthDayPhrase(language, day));
  // The list template adds the article once in English ("on the 1st and 15th").
  return t(language, 'monthDayList', { days: list(language, items) });
}

function monthsPhrase(language: Language, months: readonly number[]): string {
  return t(language, 'inMonths', { months: list(language, months.map((month) => monthName(language, month))) });
}

function datesPhrase(language: Language, months: readonly number[], days: readonly number[]): string {
  const items = months.flatMap((month) => days.map((day) => t(language, 'dateItem', { day: numbered(language, 'dateDay', day), month: monthName(language, month) })));
  return t(language, 'dateList', { dates: list(language, items) });
}

/** The weekday-filter phrase "… si c’est un vendredi" for BYMONTHDAY with BYDAY. */
function withWeekdayFilter(language: Language, daysPhrase: string, byDay: readonly WeekdayRule[]): string {
  if (byDay.length === 0) return daysPhrase;
  return t(language, 'ifWeekday', { days: daysPhrase, weekdays: list(language, byDay.map((day) => weekdayName(language, day.weekday)), 'disjunction') });
}

function setPositionsPhrase(language: Language, rule: NormalizedRule): string {
  const workdays = isMondayToFriday(rule.byDay) && rule.byMonthDay.length === 0;
  const among = rule.byMonthDay.length > 0 ? rule.byMonthDay.map((day) => numbered(language, 'monthDay', day)) : rule.byDay.map((day) => weekdayName(language, day.weekday));
  const items = rule.bySetPos.map((position) =>
    workdays ? positioned(language, 'setPosWorkday', position) : positioned(language, 'setPosAmong', position, { days: list(language, among) }),
  );
  return t(language, 'weekdayList', { days: list(language, items) });
}

type StartInfo = { day: number; zone: string };

function startInfo(start: EventTiming | null | undefined): StartInfo | null {
  if (!start) return null;
  if (start.allDay) {
    const day = dayOfDate(start.startDate);
    return day === null ? null : { day, zone: 'UTC' };
  }
  const ms = parseInstant(start.start);
  return ms === null ? null : { day: Math.floor(localMsAt(ms, start.timeZone) / MS_PER_DAY), zone: start.timeZone };
}

function detailsOf(language: Language, rule: NormalizedRule, start: StartInfo | null): string[] {
  const startDate = start ? dateOfDay(start.day) : null;
  const startWeekday: WeekdayRule[] = start ? [{ weekday: weekdays[(((start.day + 3) % 7) + 7) % 7] ?? 'MO' }] : [];
  const { frequency, byDay, byMonthDay, byMonth, bySetPos } = rule;
  const parts: string[] = [];
  const monthFilter = () => (byMonth.length > 0 ? [monthsPhrase(language, byMonth)] : []);
  if (bySetPos.length > 0) return [setPositionsPhrase(language, rule), ...monthFilter()];
  switch (frequency) {
    case 'daily':
      if (byMonthDay.length > 0) parts.push(withWeekdayFilter(language, monthDaysPhrase(language, byMonthDay), byDay));
      else if (byDay.length > 0) parts.push(weekdaysPhrase(language, byDay));
      return [...parts, ...monthFilter()];
    case 'weekly': {
      const days = byDay.length > 0 ? byDay : startWeekday;
      if (days.length > 0) parts.push(weekdaysPhrase(language, days));
      return [...parts, ...monthFilter()];
    }
    case 'monthly':
      if (byMonthDay.length > 0) parts.push(withWeekdayFilter(language, monthDaysPhrase(language, byMonthDay), byDay));
      else if (byDay.length > 0) parts.push(weekdaysPhrase(language, byDay));
      else if (startDate) parts.push(monthDaysPhrase(language, [startDate.day]));
      return [...parts, ...monthFilter()];
    case 'yearly': {
      const months = byMonth.length > 0 ? byMonth : startDate && byDay.length === 0 && byMonthDay.length === 0 ? [startDate.month] : [];
      const days = byMonthDay.length > 0 ? byMonthDay : byDay.length === 0 && startDate ? [startDate.day] : [];
      if (byDay.length > 0 && byMonthDay.length === 0) {
        parts.push(weekdaysPhrase(language, byDay, byMonth.length === 0));
        return [...parts, ...(months.length > 0 ? [monthsPhrase(language, months)] : [])];
      }
      // Few dates read best in full: "le 14 juillet", "le 4 janvier et le 4 juillet".
      if (months.length > 0 && days.length > 0 && months.length * days.length <= 4 && days.every((day) => day > 0) && byDay.length === 0) {
        return [datesPhrase(language, months, days)];
      }
      if (months.length === 0) {
        if (days.length > 0) parts.push(t(language, 'ofEveryMonth', { days: withWeekdayFilter(language, monthDaysPhrase(language, days), byDay) }));
        return parts;
      }
      if (days.length > 0) parts.push(withWeekdayFilter(language, monthDaysPhrase(language, days), byDay));
      return [...parts, monthsPhrase(language, months)];
    }
  }
}

function untilPhrase(language: Language, until: RecurrenceUntil, zone: string): string {
  let parts: { year: number; month: number; day: number } | null;
  if ('date' in until) parts = parseDate(until.date);
  else if ('local' in until) parts = parseDateTime(until.local);
  else {
    const ms = parseInstant(until.instant);
    parts = ms === null ? null : dateOfDay(Math.floor(localMsAt(ms, zone) / MS_PER_DAY));
  }
  if (!parts) return '';
  const date = t(language, 'untilDate', { day: numbered(language, 'dateDay', parts.day), month: monthName(language, parts.month), year: String(parts.year) });
  return t(language, 'until', { date });
}

const frequencyKeys = { daily: ['daily', 'everyDays'], weekly: ['weekly', 'everyWeeks'], monthly: ['monthly', 'everyMonths'], yearly: ['yearly', 'everyYears'] } as const;

/**
 * The rule in words. `start` (the event's timing) fills what the rule leaves to the event and
 * gives the zone an UNTIL instant is dated in.
 */
export function describeRecurrence(input: RecurrenceRule, options: { language: Language; start?: EventTiming | null }): string {
  const { language } = options;
  const rule = normalizeRule(input);
  const start = startInfo(options.start);
  const [single, every] = frequencyKeys[rule.frequency];
  let sentence = rule.interval === 1 ? t(language, single) : t(language, every, { count: rule.interval });
  for (const details of detailsOf(language, rule, start)) sentence = t(language, 'withDetails', { rule: sentence, details });
  if (rule.count !== null) sentence = t(language, 'withEnd', { rule: sentence, end: t(language, 'count', { count: rule.count }) });
  if (rule.until !== null) {
    const end = untilPhrase(language, rule.until, start?.zone ?? 'UTC');
    if (end) sentence = t(language, 'withEnd', { rule: sentence, end });
  }
  return sentence;
}

/** A recurrence problem (from parseRRule or validateRule) in words. */
export function describeRecurrenceProblem(problem: RecurrenceProblem, language: Language): string {
  return t(language, `problem.${problem.code}`, { part: problem.part ?? '', value: problem.value ?? '' });
}
