/**
 * Dates of the agenda in words, through Intl in the interface language: the toolbar's period
 * ("4 – 10 janv. 2027"), a timing's summary ("lundi 4 janvier 2027, 10:00 – 11:00"), the grid's
 * headers and times.
 */
import { addDays } from 'date-fns';
import { localeOf, type Language } from '../../src-shared/i18n';
import type { EventTiming } from '../../src-shared/domain/recurrence';
import type { AgendaView } from './agenda-dates';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per language and options, kept (they are costly to build). */
export function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], options);
    formats.set(key, format);
  }
  return format;
}

/** "janvier 2027" → "Janvier 2027": a label that starts a line. */
export const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The period a view shows, for the toolbar; `start`/`end` are the visible range [start, end). */
export function periodLabel(language: Language, view: AgendaView, date: Date, range: { start: Date; end: Date }): string {
  switch (view) {
    case 'day':
      return capitalized(dateFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date));
    case 'month':
      return capitalized(dateFormat(language, { month: 'long', year: 'numeric' }).format(date));
    case 'week':
    case 'list':
      return dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(range.start, addDays(range.end, -1));
  }
}

/** A timing in words, in its own zone: "lundi 4 janvier 2027, 10:00 – 11:00", "4 – 6 janvier 2027". */
export function timingSummary(language: Language, timing: EventTiming): string {
  if (timing.allDay) {
    const first = Date.parse(`${timing.startDate}T00:00:00Z`);
    const last = Math.max(first, Date.parse(`${timing.endDate}T00:00:00Z`) - 86_400_000);
    if (!Number.isFinite(first) || !Number.isFinite(last)) return '';
    return dateFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).formatRange(first, last);
  }
  const start = Date.parse(timing.start);
  const end = Date.parse(timing.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return '';
  const format = dateFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: timing.timeZone });
  return end > start ? format.formatRange(start, end) : format.format(start);
}

const timeLabels = new Map<string, string>();

/**
 * A time of day, short: "14:05" / "14:05". Kept per language and minute of the day: a week's grid
 * writes several hundred, mostly the same few.
 */
export function timeLabel(language: Language, date: Date): string {
  const key = `${language}:${date.getHours()}:${date.getMinutes()}`;
  let label = timeLabels.get(key);
  if (label === undefined) {
    label = dateFormat(language, { hour: '2-digit', minute: '2-digit' }).format(date);
    timeLabels.set(key, label);
  }
  return label;
}
