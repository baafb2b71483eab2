/**
 * When and how long, read from a quick-log line: "demain 14h30", "tomorrow at 2pm", "mardi",
 * "dans 3 jours", "31/12/2027", "3 mars", "de 14h à 15h30", "10 min", "1h30". Days are counted
 * on the calendar of the user's zone (civil day numbers), and a wall clock becomes an instant
 * only at the end, through the zone: daylight-saving changes never shift a day.
 */
import type { EventTiming } from './recurrence';
import { dateOfDay, dayNumber, daysInMonth, formatDay, MS_PER_DAY, weekdayIndexOf } from './recurrence/civil';
import { instantOfLocal } from './recurrence/zone';
import { words, type Scan, type Span } from './quick-log-scan';
import { monthNames, numberWords, weekdayNames } from './quick-log-words';

/** The present, in the user's zone. */
export type Clock = { nowMs: number; timeZone: string; /** Today's day number in the zone. */ today: number };

/** What a part of the line said about when. */
export type When = {
  day: number | null;
  /** Minutes after midnight, wall clock. */
  minuteOfDay: number | null;
  /** "dans 2 heures": an exact instant. */
  instantMs: number | null;
  /** "de 14h à 15h30": how long, in minutes. */
  rangeMinutes: number | null;
};

export const MAX_DURATION_MINUTES = 24 * 60;

const TIME = '\\d{1,2}(?:\\s?(?:h|heures?)(?:\\s?\\d{2})?|:\\d{2})?(?:\\s?[ap]\\.?m\\.?)?|midi|noon|minuit|midnight';
const NUMBER = `\\d{1,3}|${Object.keys(numberWords).join('|')}`;
const MONTHS = monthNames.join('|');
const WEEKDAYS = weekdayNames.join('|');

type Time = { minutes: number; marked: boolean; hour: number };

/** "14h30", "14:30", "2pm", "2:30 p.m.", "midi"; `marked` when it says it is a time (h, :, am/pm). */
export function parseTime(text: string): Time | null {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain === 'midi' || plain === 'noon') return { minutes: 720, marked: true, hour: 12 };
  if (plain === 'minuit' || plain === 'midnight') return { minutes: 0, marked: true, hour: 0 };
  const match = /^(\d{1,2})(?: ?(h|heures?) ?(\d{2})?|:(\d{2}))?(?: ?([ap])\.?m\.?)?$/u.exec(plain);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[3] ?? match[4] ?? 0);
  const meridiem = match[5];
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { minutes: hour * 60 + minute, marked: Boolean(match[2] ?? match[4] ?? meridiem), hour };
}

function numberOf(text: string): number | null {
  const word = numberWords[text];
  if (word !== undefined) return word;
  const value = Number(text);
  return Number.isInteger(value) ? value : null;
}

/** Finds a match the reader accepts, skipping the ones it refuses, and takes it. */
function takeFirst<T>(scan: Scan, pattern: RegExp, span: Span, read: (match: RegExpExecArray) => T | null): T | null {
  let from = span.start;
  while (from < span.end) {
    const match = scan.find(pattern, { start: from, end: span.end });
    if (!match) return null;
    const value = read(match);
    if (value !== null) {
      scan.take(match.index, match.index + match[0].length);
      return value;
    }
    from = match.index + 1;
  }
  return null;
}

const relativeInstant = words(`(?:dans|in|d'ici)\\s+(${NUMBER}|une demi|half an)\\s*-?\\s*(heures?|hours?|hrs?|h|minutes?|mins?|mn|heure|hour)`);
const timeRange = words(`(?:(?:de|from|entre|between)\\s+)?(${TIME})\\s*(?:-|a|to|until|till|jusqu'a|et|and)\\s*(${TIME})`);
const prefixedTime = words(`(?:a|at|@|vers|around|about|des|a partir de|from|pour|by)\\s*(${TIME})`);
const strongTime = words('\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}\\s?[ap]\\.?m\\.?|midi|noon|minuit|midnight');
const anyTime = words(TIME);
const dayParts: readonly [RegExp, number, boolean][] = [
  [words('ce soir|tonight'), 18 * 60, true],
  [words("(?:le |du |dans la |in the |this )?(?:matin|matinee|morning)"), 9 * 60, false],
  [words("(?:l'|dans l'|cet |in the |this )?(?:apres[ -]midi|aprem|afternoon)"), 14 * 60, false],
  [words('(?:le |du |in the |this )?(?:soir|soiree|evening)'), 18 * 60, false],
];

const MINUTES = '\\d{1,4}\\s?(?:minutes?|mins?|mn|m)';
const HOURS = '\\d{1,2}(?:[.,]\\d{1,2})?\\s?(?:heures?|hours?|hrs?|h)(?:\\s?\\d{2})?';
const DURATION = `${MINUTES}|${HOURS}|une demi[ -]heure|une heure et demie|half an hour|half hour|(?:un )?quart d'heure|(?:a )?quarter of an hour|(?:une|one|an) (?:heure|hour)`;
/** Words that make what follows a duration, whatever its length ("pendant 6h"). */
const strongDuration = words(`(?:pendant|durant|during|for|duree|duration|lasting)\\s+(${DURATION})`);
const plainDuration = words(`(?:(?:de|en|sur)\\s+)?(${DURATION})`);

/** Minutes of a duration's text: "10 min", "1h30", "1,5 h", "une demi-heure"; null when it is not one. */
export function durationOf(text: string, allowLongHours: boolean): number | null {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (/demi[ -]heure|half an hour|half hour/u.test(plain)) return 30;
  if (/heure et demie/u.test(plain)) return 90;
  if (/quart d'heure|quarter of an hour/u.test(plain)) return 15;
  if (/^(?:une|one|an) (?:heure|hour)$/u.test(plain)) return 60;
  const minutes = /^(\d{1,4}) ?(?:minutes?|mins?|mn|m)$/u.exec(plain);
  if (minutes) {
    const value = Number(minutes[1]);
    return value <= MAX_DURATION_MINUTES ? value : null;
  }
  const hours = /^(\d{1,2}(?:[.,]\d{1,2})?) ?(?:heures?|hours?|hrs?|h)(?: ?(\d{2}))?$/u.exec(plain);
  if (!hours) return null;
  const amount = Number((hours[1] ?? '').replace(',', '.'));
  const extra = hours[2] === undefined ? 0 : Number(hours[2]);
  // "14h30" is a time of day, "1h30" a duration: without a word saying which, the short ones last.
  if (!allowLongHours && amount > 4) return null;
  if (extra > 59) return null;
  const total = Math.round(amount * 60) + extra;
  return total <= MAX_DURATION_MINUTES ? total : null;
}

/** How long: "10 min", "pendant 2h", "1h30", "une demi-heure". Reads and takes the first one. */
export function readDuration(scan: Scan, span: Span): number | null {
  return takeFirst(scan, strongDuration, span, (match) => durationOf(match[1] ?? '', true)) ?? takeFirst(scan, plainDuration, span, (match) => durationOf(match[1] ?? '', false));
}

function readTime(scan: Scan, span: Span, clock: Clock): Pick<When, 'minuteOfDay' | 'instantMs' | 'rangeMinutes'> {
  const instantMs = takeFirst(scan, relativeInstant, span, (match) => {
    const unit = match[2] ?? '';
    const amount = match[1] === 'une demi' || match[1] === 'half an' ? 0.5 : numberOf(match[1] ?? '');
    const minutes = amount === null ? null : unit.startsWith('h') ? amount * 60 : amount;
    if (minutes === null || minutes > 7 * MAX_DURATION_MINUTES) return null;
    return Math.floor((clock.nowMs + minutes * 60_000) / 60_000) * 60_000;
  });
  if (instantMs !== null) return { minuteOfDay: null, instantMs, rangeMinutes: null };
  const range = takeFirst(scan, timeRange, span, (match) => {
    const from = parseTime(match[1] ?? '');
    const to = parseTime(match[2] ?? '');
    if (!from || !to || (!from.marked && !to.marked)) return null;
    let start = from.minutes;
    // "2-3pm": the start takes the end's afternoon.
    if (!/[ap]\.?m/u.test(match[1] ?? '') && /p\.?m/u.test(match[2] ?? '') && from.hour < 12 && start + 720 < to.minutes) start += 720;
    const length = (to.minutes - start + 1440) % 1440;
    return length > 0 ? { start, length } : null;
  });
  if (range) return { minuteOfDay: range.start, instantMs: null, rangeMinutes: range.length };
  const marked = (match: RegExpExecArray) => {
    const time = parseTime(match[1] ?? match[0]);
    return time?.marked ? time.minutes : null;
  };
  const minuteOfDay = takeFirst(scan, prefixedTime, span, marked) ?? takeFirst(scan, strongTime, span, marked);
  return { minuteOfDay, instantMs: null, rangeMinutes: null };
}

/** A time left after durations were read: "9h", "14h30" (the short ones were durations). */
function readLooseTime(scan: Scan, span: Span): number | null {
  return takeFirst(scan, anyTime, span, (match) => {
    const time = parseTime(match[0]);
    return time?.marked ? time.minutes : null;
  });
}

function readDayPart(scan: Scan, span: Span): { minutes: number; today: boolean } | null {
  for (const [pattern, minutes, today] of dayParts) {
    if (scan.takeMatch(pattern, span)) return { minutes, today };
  }
  return null;
}

function addMonths(day: number, months: number): number {
  const date = dateOfDay(day);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(date.day, daysInMonth(year, month)));
}

/** The day of a date written without its year: the nearest one, or the next one for what is planned. */
function dayWithoutYear(month: number, dayOfMonth: number, clock: Clock, future: boolean): number | null {
  const { year } = dateOfDay(clock.today);
  const candidates = [year - 1, year, year + 1].filter((candidate) => dayOfMonth <= daysInMonth(candidate, month)).map((candidate) => dayNumber(candidate, month, dayOfMonth));
  if (candidates.length === 0) return null;
  if (future) return candidates.find((day) => day >= clock.today) ?? null;
  return candidates.reduce((best, day) => (Math.abs(day - clock.today) < Math.abs(best - clock.today) ? day : best));
}

function dateOf(year: number | null, month: number, dayOfMonth: number, clock: Clock, future: boolean): number | null {
  if (month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (year === null) return dayOfMonth <= 31 ? dayWithoutYear(month, dayOfMonth, clock, future) : null;
  const fullYear = year < 100 ? 2000 + year : year;
  if (fullYear < 1970 || fullYear > 9999 || dayOfMonth > daysInMonth(fullYear, month)) return null;
  return dayNumber(fullYear, month, dayOfMonth);
}

const exactly = (names: readonly string[]) => names.map((alternatives) => new RegExp(`^(?:${alternatives})$`, 'u'));
const monthPatterns = exactly(monthNames);
const weekdayPatterns = exactly(weekdayNames);
const monthIndex = (text: string) => monthPatterns.findIndex((pattern) => pattern.test(text)) + 1;
const weekdayIndex = (text: string) => weekdayPatterns.findIndex((pattern) => pattern.test(text));

const LEADING_WEEKDAY = `(?:(?:${WEEKDAYS}),?\\s+)?(?:(?:le|the|on)\\s+)?`;
const isoDate = words(`${LEADING_WEEKDAY}(\\d{4})-(\\d{2})-(\\d{2})`);
const numericDate = words(`${LEADING_WEEKDAY}(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?`);
const dayMonthDate = words(`${LEADING_WEEKDAY}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?(?:\\s+(\\d{4}))?`);
const monthDayDate = words(`${LEADING_WEEKDAY}(${MONTHS})\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`);
const relativeDays = words(`(?:dans|in|d'ici)\\s+(${NUMBER})\\s*(jours?|j|days?|d|semaines?|sem|weeks?|wks?|w|mois|months?)`);
const namedDays: readonly [RegExp, (clock: Clock) => number][] = [
  [words('apres[ -]demain|(?:the )?day after tomorrow'), (clock) => clock.today + 2],
  [words('avant[ -]hier|(?:the )?day before yesterday'), (clock) => clock.today - 2],
  [words("aujourd'?hui|today|auj"), (clock) => clock.today],
  [words('demain|tomorrow|tmrw|tmr'), (clock) => clock.today + 1],
  [words('hier|yesterday'), (clock) => clock.today - 1],
  [words('(?:la )?semaine prochaine|next week'), (clock) => clock.today + 7 - weekdayIndexOf(clock.today)],
  [words('(?:le )?mois prochain|next month'), (clock) => addMonths(clock.today - dateOfDay(clock.today).day + 1, 1)],
];
const weekday = words(`(?:(?:le|ce|this|on|next|this coming|coming)\\s+)?(${WEEKDAYS})(?:\\s+(?:prochain|qui vient|next))?`);

function readDay(scan: Scan, span: Span, clock: Clock, future: boolean): number | null {
  const written =
    takeFirst(scan, isoDate, span, (match) => dateOf(Number(match[1]), Number(match[2]), Number(match[3]), clock, future)) ??
    takeFirst(scan, numericDate, span, (match) => {
      // 31.12 and 10-12 are dates only with their year; 12/31 reads the American way when it cannot be day first.
      if (match[2] !== '/' && match[4] === undefined) return null;
      let [first, second] = [Number(match[1]), Number(match[3])];
      if (first <= 12 && second > 12) [first, second] = [second, first];
      return dateOf(match[4] === undefined ? null : Number(match[4]), second, first, clock, future);
    }) ??
    takeFirst(scan, dayMonthDate, span, (match) => dateOf(match[3] === undefined ? null : Number(match[3]), monthIndex(match[2] ?? ''), Number(match[1]), clock, future)) ??
    takeFirst(scan, monthDayDate, span, (match) => dateOf(match[3] === undefined ? null : Number(match[3]), monthIndex(match[1] ?? ''), Number(match[2]), clock, future));
  if (written !== null) return written;
  const relative = takeFirst(scan, relativeDays, span, (match) => {
    const amount = numberOf(match[1] ?? '');
    const unit = match[2] ?? '';
    if (amount === null || amount > 3650) return null;
    if (unit.startsWith('m')) return amount > 120 ? null : addMonths(clock.today, amount);
    return clock.today + amount * (/^(?:s|w)/u.test(unit) ? 7 : 1);
  });
  if (relative !== null) return relative;
  for (const [pattern, dayOf] of namedDays) {
    if (scan.takeMatch(pattern, span)) return dayOf(clock);
  }
  return takeFirst(scan, weekday, span, (match) => {
    const index = weekdayIndex(match[1] ?? '');
    if (index < 0) return null;
    // The next such day, never today: "mardi" said on a Tuesday is next week's.
    return clock.today + (((index - weekdayIndexOf(clock.today) + 6) % 7) + 1);
  });
}

/**
 * Reads (and takes) when and how long: an exact instant, a time range, a time, then the duration
 * (before the times left, so that "1h" is not one in the morning), then the day.
 */
export function readWhen(scan: Scan, span: Span, clock: Clock, options: { future: boolean; withDuration: boolean }): { when: When; durationMinutes: number | null } {
  const time = readTime(scan, span, clock);
  const durationMinutes = options.withDuration ? readDuration(scan, span) : null;
  const minuteOfDay = time.minuteOfDay ?? (time.instantMs === null ? readLooseTime(scan, span) : null);
  const day = time.instantMs === null ? readDay(scan, span, clock, options.future) : null;
  const part = minuteOfDay === null && time.instantMs === null ? readDayPart(scan, span) : null;
  const when = {
    day: day ?? (part?.today ? clock.today : null),
    minuteOfDay: minuteOfDay ?? part?.minutes ?? null,
    instantMs: time.instantMs,
    rangeMinutes: time.rangeMinutes,
  };
  return { when, durationMinutes };
}

export function nothingSaid(when: When): boolean {
  return when.day === null && when.minuteOfDay === null && when.instantMs === null;
}

/** The next working day (Monday to Friday) after today. */
export function nextWorkingDay(clock: Clock): number {
  let day = clock.today + 1;
  while (weekdayIndexOf(day) > 4) day += 1;
  return day;
}

/** An all-day timing on one day. */
export function allDayTiming(day: number): EventTiming {
  return { allDay: true, startDate: formatDay(day), endDate: formatDay(day + 1) };
}

/** What was said, as the activity's timing: timed in the user's zone, or all-day on a date. */
export function timingOf(when: When, durationMinutes: number | null, clock: Clock): EventTiming | null {
  const length = (when.rangeMinutes ?? durationMinutes ?? 0) * 60_000;
  let startMs: number | null = when.instantMs;
  if (startMs === null && when.minuteOfDay !== null) startMs = instantOfLocal((when.day ?? clock.today) * MS_PER_DAY + when.minuteOfDay * 60_000, clock.timeZone);
  if (startMs !== null) {
    return { allDay: false, start: new Date(startMs).toISOString(), end: new Date(startMs + length).toISOString(), timeZone: clock.timeZone };
  }
  return when.day === null ? null : allDayTiming(when.day);
}
