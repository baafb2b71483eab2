import { localMsAt } from '../../../src-shared/domain/recurrence/zone';

/** Longest text a spreadsheet cell holds. */
export const MAX_CELL_TEXT = 32_767;

/** Control characters XML cannot carry (tab, line feed and carriage return are kept) and lone surrogates. */
// eslint-disable-next-line no-control-regex
const unwritable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A user's text as a file can hold it: characters no spreadsheet or XML parser accepts dropped, cut to a cell's size. */
export function cleanText(text: string): string {
  const clean = text.replace(unwritable, '');
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-31" as UTC milliseconds at midnight, or null when it is not a calendar date. */
export function calendarDateMs(value: string): number | null {
  const match = calendarDate.exec(value);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * A `datetime` value as the wall clock in the zone, in "local milliseconds" (UTC fields read as
 * local ones), with whether it is a whole day; null when unreadable.
 */
export function wallClock(value: string, timeZone: string): { ms: number; wholeDay: boolean } | null {
  const day = calendarDateMs(value);
  if (day !== null) return { ms: day, wholeDay: true };
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : { ms: localMsAt(instant, timeZone), wholeDay: false };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Local milliseconds as the file's text: "31/12/2026 14:30" in French, "2026-12-31 14:30" in English (time left out for a whole day). */
export function wallClockText(ms: number, wholeDay: boolean, style: 'fr' | 'iso'): string {
  const date = new Date(ms);
  const [y, m, d] = [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())];
  const day = style === 'fr' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
  return wholeDay ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
