/**
 * Activities' dates in words, in the interface language and the user's zone: "Aujourd’hui",
 * "Demain, 09:00", "mardi 30 mars", "14:30 – 15:30". Relative where it helps (today, tomorrow,
 * the days of this week), absolute beyond.
 */
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import type { CivilDate, EventTiming } from '../../../src-shared/domain/recurrence';
import { localeOf, type Language } from '../../../src-shared/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], options);
    formats.set(key, format);
  }
  return format;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const two = (value: number) => String(value).padStart(2, '0');
const DAY_MS = 86_400_000;

/** The calendar date of an instant in a zone (the user's when none is given). */
export function civilDateOf(iso: string, timeZone?: string): CivilDate {
  const parts = Object.fromEntries(
    dateFormat('en', { year: 'numeric', month: 'numeric', day: 'numeric', ...(timeZone ? { timeZone } : {}) })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${String(parts.year ?? '').padStart(4, '0')}-${two(Number(parts.month))}-${two(Number(parts.day))}`;
}

/** Days from one calendar date to another. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "Aujourd’hui", "Demain", "Hier", "Jeudi" (within the week ahead), "mar. 30 mars", "30 mars 2026". */
export function dayLabel(language: Language, date: CivilDate, today: CivilDate): string {
  const offset = daysBetween(today, date);
  if (Number.isNaN(offset)) return date;
  if (Math.abs(offset) <= 1) return capitalized(new Intl.RelativeTimeFormat(localeOf[language], { numeric: 'auto' }).format(offset, 'day'));
  const instant = Date.parse(`${date}T12:00:00Z`);
  if (offset > 1 && offset < 7) return capitalized(dateFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(instant));
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return dateFormat(language, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(instant);
}

/** "14:05" in the user's zone. */
export function timeOfDay(language: Language, iso: string): string {
  return dateFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** A time range: "14:00 – 15:30", or one time when it has no length. */
export function timeRange(language: Language, start: string, end: string): string {
  return end > start ? `${timeOfDay(language, start)} – ${timeOfDay(language, end)}` : timeOfDay(language, start);
}

/** A timing in words, relative to today: "Demain, 14:30 – 15:30", "Mardi", "Aujourd’hui, 09:00". */
export function timingText(language: Language, timing: EventTiming, today: CivilDate, allDayLabel: string): string {
  if (timing.allDay) {
    const last = new Date(Date.parse(`${timing.endDate}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    const first = dayLabel(language, timing.startDate, today);
    return last > timing.startDate ? `${first} – ${dayLabel(language, last, today)}` : `${first} (${allDayLabel.toLocaleLowerCase()})`;
  }
  return `${dayLabel(language, civilDateOf(timing.start), today)}, ${timeRange(language, timing.start, timing.end)}`;
}

/** When a listed activity happens or is due: "Demain", "Hier, 16:05"; null when undated. */
export function rowWhen(language: Language, row: Pick<ActivityListRow, 'at' | 'allDay'>, today: CivilDate): string | null {
  if (!row.at) return null;
  if (row.allDay) return dayLabel(language, row.at.slice(0, 10), today);
  return `${dayLabel(language, civilDateOf(row.at), today)}, ${timeOfDay(language, row.at)}`;
}

/** The full date and time, for a hover: "mardi 30 mars 2027 à 09:00". */
export function fullWhen(language: Language, row: Pick<ActivityListRow, 'at' | 'allDay'>): string {
  if (!row.at) return '';
  if (row.allDay) return dateFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(row.at));
  return dateFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(row.at));
}

/** Today's calendar date in the user's zone. */
export function todayDate(nowMs: number = Date.now()): CivilDate {
  return civilDateOf(new Date(nowMs).toISOString());
}
