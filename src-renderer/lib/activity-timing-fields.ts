/**
 * An activity's timing as the dialog edits it — dates and times as typed, on the wall clock of
 * the activity's zone — and back. What the fields mean depends on the kind: a meeting's start
 * and end, a task's due date (and optional time), when a call, note or email happened.
 */
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { ActivityKind } from '../../src-shared/domain/activities';
import {
  dayOfDate,
  formatDate,
  formatDay,
  instantOfLocal,
  localMsAt,
  localMsOf,
  parseDate,
  parseDateTime,
  partsOfLocalMs,
  type EventTiming,
} from '../../src-shared/domain/recurrence';

export type TimingFields = {
  timeZone: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  /** The last day, inclusive, for all-day events. */
  endDate: string;
  endTime: string;
  /** Minutes a call lasted, as typed. */
  duration: string;
  /** How long a timed meeting lasts, remembered while its start is being typed. */
  spanMs: number | null;
};

const two = (value: number) => String(value).padStart(2, '0');

/** An instant on the wall clock of a zone: its date and its time ("14:05"). */
export function wallClockIn(instant: string, zone: string): { date: string; time: string } {
  const parts = partsOfLocalMs(localMsAt(Date.parse(instant), zone));
  return { date: formatDate(parts), time: `${two(parts.hour)}:${two(parts.minute)}` };
}

/**
 * A time of day as people type it, on the 24-hour clock both languages use: "9", "0930",
 * "9h30", "9:30", "09.30" → "09:30"; null when it is not one.
 */
export function normalizeTime(text: string): string | null {
  const match = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?|(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return hour <= 23 && minute <= 59 ? `${two(hour)}:${two(minute)}` : null;
}

/** A date and time typed for a zone, as an instant; null when they are not a date and a time. */
export function instantIn(date: string, time: string, zone: string): string | null {
  const parts = parseDateTime(`${date}T${normalizeTime(time) ?? time}`);
  return parts ? new Date(instantOfLocal(localMsOf(parts), zone)).toISOString() : null;
}

export const addDaysTo = (date: string, days: number): string => {
  const day = dayOfDate(date);
  return day === null ? date : formatDay(day + days);
};

/** The fields for a timing (none: empty dates), in `zone` unless the timing has its own. */
export function timingFieldsOf(timing: EventTiming | null, zone: string, durationMinutes: number | null = null): TimingFields {
  const duration = durationMinutes === null ? '' : String(durationMinutes);
  if (!timing) return { timeZone: zone, allDay: false, startDate: '', startTime: '', endDate: '', endTime: '', duration, spanMs: null };
  if (timing.allDay) {
    return { timeZone: zone, allDay: true, startDate: timing.startDate, startTime: '', endDate: addDaysTo(timing.endDate, -1), endTime: '', duration, spanMs: null };
  }
  const start = wallClockIn(timing.start, timing.timeZone);
  const end = wallClockIn(timing.end, timing.timeZone);
  const spanMs = Date.parse(timing.end) - Date.parse(timing.start);
  return { timeZone: timing.timeZone, allDay: false, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time, duration, spanMs };
}

/** Whole minutes typed; null when empty, -1 when unreadable (the contract then refuses it). */
export function minutesOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : -1;
}

const issue = (path: string, code: FieldIssue['code'], message: string): FieldIssue => ({ path, code, message });

export type TimingResult = { timing: EventTiming | null; issues: FieldIssue[] };

function allDayTiming(fields: TimingFields, withEnd: boolean): TimingResult {
  if (!parseDate(fields.startDate)) return { timing: null, issues: [issue('start', fields.startDate ? 'invalid_date' : 'required', 'a date is needed')] };
  const last = withEnd && fields.endDate ? fields.endDate : fields.startDate;
  if (!parseDate(last)) return { timing: null, issues: [issue('end', 'invalid_date', 'not a date')] };
  // An end before the start is sent as it is: the contract names it.
  return { timing: { allDay: true, startDate: fields.startDate, endDate: last < fields.startDate ? last : addDaysTo(last, 1) }, issues: [] };
}

function timedTiming(fields: TimingFields, end: (start: string) => string | null): TimingResult {
  const start = instantIn(fields.startDate, fields.startTime, fields.timeZone);
  if (!start) return { timing: null, issues: [issue('start', fields.startDate ? 'invalid_date' : 'required', 'a date and time are needed')] };
  const finish = end(start);
  if (!finish) return { timing: null, issues: [issue('end', 'invalid_date', 'not a date and time')] };
  return { timing: { allDay: false, start, end: finish, timeZone: fields.timeZone }, issues: [] };
}

/**
 * The timing the fields stand for, for an activity of `kind`, with what is wrong with them
 * (paths "start" and "end"). A task without a due date, a note without a date: no timing.
 */
export function timingOfFields(kind: ActivityKind, fields: TimingFields): TimingResult {
  switch (kind) {
    case 'meeting':
    case 'visit':
      if (fields.allDay) return allDayTiming(fields, true);
      return timedTiming(fields, () => instantIn(fields.endDate || fields.startDate, fields.endTime || fields.startTime, fields.timeZone));
    case 'call': {
      if (!fields.startDate) return { timing: null, issues: [issue('start', 'required', 'a date is needed')] };
      if (!fields.startTime) return allDayTiming(fields, false);
      const minutes = minutesOf(fields.duration);
      return timedTiming(fields, (start) => new Date(Date.parse(start) + Math.max(0, minutes ?? 0) * 60_000).toISOString());
    }
    case 'task':
    case 'note':
    case 'email':
      if (!fields.startDate) return { timing: null, issues: [] };
      if (!fields.startTime) return allDayTiming(fields, false);
      return timedTiming(fields, (start) => start);
  }
}

/** How long the timed meeting the fields describe lasts; null while they are not a start and an end. */
function spanOf(fields: TimingFields): number | null {
  const start = instantIn(fields.startDate, fields.startTime, fields.timeZone);
  const end = instantIn(fields.endDate || fields.startDate, fields.endTime || fields.startTime, fields.timeZone);
  return start && end ? Date.parse(end) - Date.parse(start) : null;
}

/**
 * A new start for a meeting, with its end moved to keep its length, as calendars do. While the
 * start is being typed ("14:3"), the length is remembered and applied once it reads as a time.
 */
export function movedStart(fields: TimingFields, patch: Partial<Pick<TimingFields, 'startDate' | 'startTime'>>): Partial<TimingFields> {
  const next = { ...fields, ...patch };
  if (fields.allDay) {
    const [before, after, end] = [fields.startDate, next.startDate, fields.endDate || fields.startDate].map(dayOfDate);
    if (before === null || after === null || end === null || before === undefined || after === undefined || end === undefined) return patch;
    return { ...patch, endDate: formatDay(end + after - before) };
  }
  const spanMs = spanOf(fields) ?? fields.spanMs;
  const newStart = instantIn(next.startDate, next.startTime, fields.timeZone);
  if (!newStart || spanMs === null) return { ...patch, spanMs };
  const end = wallClockIn(new Date(Date.parse(newStart) + spanMs).toISOString(), fields.timeZone);
  return { ...patch, endDate: end.date, endTime: end.time, spanMs };
}

/** A new end: the meeting's length is what it now reads. */
export function movedEnd(fields: TimingFields, patch: Partial<Pick<TimingFields, 'endDate' | 'endTime'>>): Partial<TimingFields> {
  const spanMs = spanOf({ ...fields, ...patch });
  return spanMs === null || spanMs < 0 ? patch : { ...patch, spanMs };
}

/** All day on or off: dates stay, times come back as they were (or 09:00 – 10:00). */
export function switchedAllDay(fields: TimingFields, allDay: boolean): Partial<TimingFields> {
  if (allDay) return { allDay, endDate: fields.endDate || fields.startDate };
  return { allDay, startTime: fields.startTime || '09:00', endTime: fields.endTime || '10:00', endDate: fields.endDate || fields.startDate };
}
