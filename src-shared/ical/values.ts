/**
 * iCalendar value types the agenda reads and writes: DATE, DATE-TIME (UTC, with TZID, or
 * floating), DURATION and UTC-OFFSET.
 */
import { compactOfLocalMs, formatDate, formatDateTime, localMsOf, parseCompactDate, parseCompactDateTime, type DateTimeParts } from '../domain/recurrence/civil';

export type DateValue =
  | { kind: 'date'; date: string }
  | { kind: 'utc'; instantMs: number }
  /** A wall clock: with a TZID parameter, in that zone; without, "floating". */
  | { kind: 'local'; local: string; parts: DateTimeParts };

/** DATE or DATE-TIME text ('20270314', '20270314T090000', '20270314T080000Z'), or null. */
export function parseDateValue(text: string): DateValue | null {
  const value = text.trim();
  const date = parseCompactDate(value);
  if (date) return { kind: 'date', date: formatDate(date) };
  const utc = /z$/i.test(value);
  const parts = parseCompactDateTime(utc ? value.slice(0, -1) : value);
  if (!parts) return null;
  if (utc) return { kind: 'utc', instantMs: localMsOf(parts) };
  return { kind: 'local', local: formatDateTime(parts), parts };
}

/** An instant as UTC DATE-TIME text, whole seconds: '20270314T080000Z'. */
export function utcText(instantMs: number): string {
  return `${compactOfLocalMs(Math.floor(instantMs / 1000) * 1000)}Z`;
}

/** A 'YYYY-MM-DD' date as DATE text. */
export function dateText(date: string): string {
  return date.replace(/-/g, '');
}

export type Duration = { negative: boolean; days: number; seconds: number };

/** DURATION text ('-PT15M', 'P1D', 'P1W', '-P0DT0H10M0S'), or null. Weeks count as 7 days. */
export function parseDuration(text: string): Duration | null {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text.trim());
  if (!match || text.trim().replace(/^[+-]/, '').length <= 1 || /T$/i.test(text.trim())) return null;
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  return {
    negative: sign === '-',
    days: Number(weeks ?? 0) * 7 + Number(days ?? 0),
    seconds: Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0),
  };
}

/** A reminder's trigger, minutes before the start: '-PT15M', '-PT2H', '-P1D', 'PT0S'. */
export function triggerText(minutesBefore: number): string {
  if (minutesBefore <= 0) return 'PT0S';
  if (minutesBefore % 1440 === 0) return `-P${minutesBefore / 1440}D`;
  if (minutesBefore % 60 === 0) return `-PT${minutesBefore / 60}H`;
  return `-PT${minutesBefore}M`;
}

/** UTC-OFFSET text ('+0200', '-0330', '+053028') in milliseconds, or null. */
export function parseUtcOffset(text: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const [, sign, hours, minutes, seconds] = match;
  const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
  return sign === '-' ? -ms : ms;
}

export function utcOffsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${sign}${pad(hours)}${pad(minutes)}${seconds ? pad(seconds) : ''}`;
}
