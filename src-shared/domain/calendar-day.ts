/** "2026-03-12" (a calendar date, no time zone) → a local Date at midnight that day. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Local calendar day bounds as UTC instants, for date-range filters. */
export function dayStartInstant(day: string): string | undefined {
  const date = parseCalendarDate(day);
  return date ? date.toISOString() : undefined;
}

export function dayEndInstant(day: string): string | undefined {
  const date = parseCalendarDate(day);
  if (!date) return undefined;
  date.setHours(23, 59, 59, 999);
  return date.toISOString();
}
