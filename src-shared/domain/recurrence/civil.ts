/**
 * Calendar arithmetic without time zones: dates as day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar) and wall-clock times as "local milliseconds" (the same count,
 * in milliseconds, as if the wall clock were UTC). Exact integer arithmetic, no Date objects,
 * valid for years 1 to 9999.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type CivilDate = string;
/** A wall-clock date and time without a zone, 'YYYY-MM-DDTHH:mm:ss' (seconds optional on input). */
export type LocalDateTime = string;

export type DateParts = { year: number; month: number; day: number };
export type DateTimeParts = DateParts & { hour: number; minute: number; second: number };

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (inverse of dayNumber). */
export function dateOfDay(days: number): DateParts {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndexOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** Months since year 0, January = 0: consecutive months differ by one. */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearMonthOf(monthIndex: number): { year: number; month: number } {
  return { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function formatDate(parts: DateParts): CivilDate {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

export function formatDay(days: number): CivilDate {
  return formatDate(dateOfDay(days));
}

export function formatDateTime(parts: DateTimeParts): LocalDateTime {
  return `${formatDate(parts)}T${pad(parts.hour, 2)}:${pad(parts.minute, 2)}:${pad(parts.second, 2)}`;
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validTime(hour: number, minute: number, second: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** 'YYYY-MM-DD' to its parts, or null when it is not a real date. */
export function parseDate(text: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDate(year, month, day) ? { year, month, day } : null;
}

/** 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss' to its parts, or null. */
export function parseDateTime(text: string): DateTimeParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return validDate(year, month, day) && validTime(hour, minute, second) ? { year, month, day, hour, minute, second } : null;
}

/** Compact iCalendar forms: 'YYYYMMDD' and 'YYYYMMDDTHHMMSS' (no zone letter). */
export function parseCompactDate(text: string): DateParts | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDate(year, month, day) ? { year, month, day } : null;
}

export function parseCompactDateTime(text: string): DateTimeParts | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return validDate(year, month, day) && validTime(hour, minute, second) ? { year, month, day, hour, minute, second } : null;
}

export function compactDate(parts: DateParts): string {
  return `${pad(parts.year, 4)}${pad(parts.month, 2)}${pad(parts.day, 2)}`;
}

export function compactDateTime(parts: DateTimeParts): string {
  return `${compactDate(parts)}T${pad(parts.hour, 2)}${pad(parts.minute, 2)}${pad(parts.second, 2)}`;
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const four = (value: number) => (value >= 1000 ? `${value}` : String(value).padStart(4, '0'));

function clockOf(localMs: number): [DateParts, number, number, number] {
  const days = Math.floor(localMs / MS_PER_DAY);
  const seconds = Math.floor((localMs - days * MS_PER_DAY) / 1000);
  return [dateOfDay(days), Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
}

/** Wall-clock milliseconds as 'YYYYMMDDTHHMMSS' (the hot path of keys and iCalendar times). */
export function compactOfLocalMs(localMs: number): string {
  const [date, hour, minute, second] = clockOf(localMs);
  return `${four(date.year)}${two(date.month)}${two(date.day)}T${two(hour)}${two(minute)}${two(second)}`;
}

/** Wall-clock milliseconds as 'YYYY-MM-DDTHH:mm:ss'. */
export function dateTimeOfLocalMs(localMs: number): LocalDateTime {
  const [date, hour, minute, second] = clockOf(localMs);
  return `${four(date.year)}-${two(date.month)}-${two(date.day)}T${two(hour)}:${two(minute)}:${two(second)}`;
}

/** Wall-clock milliseconds of a date and time ("as if UTC"). */
export function localMsOf(parts: DateTimeParts): number {
  return dayNumber(parts.year, parts.month, parts.day) * MS_PER_DAY + ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000;
}

/** Date and time of wall-clock milliseconds (milliseconds dropped). */
export function partsOfLocalMs(localMs: number): DateTimeParts {
  const [date, hour, minute, second] = clockOf(localMs);
  return { year: date.year, month: date.month, day: date.day, hour, minute, second };
}

export function dayOfDate(date: CivilDate): number | null {
  const parts = parseDate(date);
  return parts ? dayNumber(parts.year, parts.month, parts.day) : null;
}
