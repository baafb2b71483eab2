/**
 * The agenda's periods, in the user's own zone (the browser's, which react-big-calendar draws
 * in): which days a view shows, moving by a period, and calendar dates of local Dates.
 */
import { addDays, addMonths, endOfMonth, startOfDay, startOfMonth, startOfWeek } from 'date-fns';
import type { CivilDate } from '../../src-shared/domain/recurrence';

export const agendaViews = ['day', 'week', 'month', 'list'] as const;
export type AgendaView = (typeof agendaViews)[number];

export function isAgendaView(value: unknown): value is AgendaView {
  return typeof value === 'string' && (agendaViews as readonly string[]).includes(value);
}

/** Days the list view covers from its first day. */
export const LIST_DAYS = 30;

export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const two = (value: number) => String(value).padStart(2, '0');

/** The calendar date a local Date falls on: 'YYYY-MM-DD'. */
export function civilOfLocal(date: Date): CivilDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Local midnight of a calendar date; null when it is not one. */
export function localOfCivil(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return civilOfLocal(date) === value ? date : null;
}

/** The user's zone, as the browser knows it ("Europe/Paris"). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The days a view shows around a date: [start, end), local midnights. */
export function visibleRange(view: AgendaView, date: Date, weekStartsOn: WeekStart): { start: Date; end: Date } {
  const day = startOfDay(date);
  switch (view) {
    case 'day':
      return { start: day, end: addDays(day, 1) };
    case 'week': {
      const start = startOfWeek(day, { weekStartsOn });
      return { start, end: addDays(start, 7) };
    }
    case 'month': {
      const start = startOfWeek(startOfMonth(day), { weekStartsOn });
      const lastWeek = startOfWeek(endOfMonth(day), { weekStartsOn });
      return { start, end: addDays(lastWeek, 7) };
    }
    case 'list':
      // The list shows its first day and the LIST_DAYS after it.
      return { start: day, end: addDays(day, LIST_DAYS + 1) };
  }
}

/** The same view one period earlier (-1) or later (1). */
export function shiftPeriod(view: AgendaView, date: Date, direction: 1 | -1): Date {
  switch (view) {
    case 'day':
      return addDays(date, direction);
    case 'week':
      return addDays(date, 7 * direction);
    case 'month':
      return addMonths(date, direction);
    case 'list':
      return addDays(date, LIST_DAYS * direction);
  }
}

/** Exactly midnight, local time: where whole days begin and end. */
export function isLocalMidnight(date: Date): boolean {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
}
