/**
 * Between the calendar grid (local Dates, in the user's zone) and the activities' timings (an
 * instant in a named zone, or dates): a selected slot becomes a new meeting's timing, an
 * agenda occurrence becomes a box on the grid, and a box dropped elsewhere a new timing.
 */
import { addDays, addMinutes } from 'date-fns';
import type { AgendaEvent } from '../../src-shared/domain/activities';
import type { EventTiming } from '../../src-shared/domain/recurrence';
import { civilOfLocal, isLocalMidnight, localOfCivil } from './agenda-dates';

/** What react-big-calendar draws: the occurrence it stands for, at local Dates. */
export type CalendarEvent = {
  id: string;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  /** A task due at a time (or a call without duration): drawn with a minimal height, kept without one. */
  instant: boolean;
  source: AgendaEvent;
};

/** How tall an instant event is drawn in the time grid. */
export const INSTANT_DRAWN_MINUTES = 30;

/** Too short for the grid to write its times above its subject: the start is written beside it. */
export function isShort(event: CalendarEvent): boolean {
  return !event.allDay && (event.instant || event.end.getTime() - event.start.getTime() < 45 * 60_000);
}

/** An occurrence as a box on the grid; `busyLabel` stands in for another user's private subject. */
export function calendarEventOf(event: AgendaEvent, busyLabel: string): CalendarEvent {
  const title = event.busy ? busyLabel : (event.subject ?? '');
  if (event.allDay) {
    const start = (event.startDate && localOfCivil(event.startDate)) || new Date(event.start);
    const end = (event.endDate && localOfCivil(event.endDate)) || addDays(start, 1);
    return { id: event.key, title, start, end: end > start ? end : addDays(start, 1), allDay: true, instant: false, source: event };
  }
  const start = new Date(event.start);
  const end = new Date(event.end);
  const instant = end.getTime() <= start.getTime();
  return { id: event.key, title, start, end: instant ? addMinutes(start, INSTANT_DRAWN_MINUTES) : end, allDay: false, instant, source: event };
}

/** A selection covering whole days (the all-day row, the month view). */
export function isWholeDays(start: Date, end: Date): boolean {
  return isLocalMidnight(start) && isLocalMidnight(end) && end > start;
}

/** The last day an all-day selection or drop covers, as the exclusive end date. */
function exclusiveEndDate(start: Date, end: Date): string {
  const first = civilOfLocal(start);
  // A range ending at midnight ends the day before; one ending during a day includes that day.
  const last = isLocalMidnight(end) ? civilOfLocal(end) : civilOfLocal(addDays(end, 1));
  return last > first ? last : civilOfLocal(addDays(start, 1));
}

/**
 * A selected slot as a timing: whole days become an all-day timing; a click on one time slot
 * (shorter than `minimumMinutes`) lasts `minimumMinutes`.
 */
export function slotTiming(slot: { start: Date; end: Date; allDay: boolean }, timeZone: string, minimumMinutes = 60): EventTiming {
  if (slot.allDay || isWholeDays(slot.start, slot.end)) {
    return { allDay: true, startDate: civilOfLocal(slot.start), endDate: exclusiveEndDate(slot.start, slot.end) };
  }
  const shortest = addMinutes(slot.start, minimumMinutes);
  const end = slot.end.getTime() - slot.start.getTime() < minimumMinutes * 60_000 ? shortest : slot.end;
  return { allDay: false, start: slot.start.toISOString(), end: end.toISOString(), timeZone };
}

/** The timing an occurrence has now, in the series' zone when it is timed. */
export function occurrenceTiming(event: AgendaEvent, timeZone: string): EventTiming {
  if (event.allDay && event.startDate && event.endDate) return { allDay: true, startDate: event.startDate, endDate: event.endDate };
  return { allDay: false, start: new Date(event.start).toISOString(), end: new Date(event.end).toISOString(), timeZone };
}

export type Drop = { start: Date; end: Date; allDay: boolean };

/**
 * Where a dragged (or resized) box lands, as the occurrence's new timing. A timed event keeps
 * its zone; an instant stays an instant; an all-day event dropped on a time lasts an hour.
 */
export function droppedTiming(drop: Drop, event: CalendarEvent, timeZone: string): EventTiming {
  if (drop.allDay) return { allDay: true, startDate: civilOfLocal(drop.start), endDate: exclusiveEndDate(drop.start, drop.end) };
  let end = drop.end;
  if (event.instant) end = drop.start;
  else if (event.allDay || end <= drop.start) end = addMinutes(drop.start, 60);
  return { allDay: false, start: drop.start.toISOString(), end: end.toISOString(), timeZone };
}

/** The same timing, drawn where it will be (for the optimistic move). */
export function movedEvent(event: AgendaEvent, timing: EventTiming): AgendaEvent {
  if (timing.allDay) {
    // All-day occurrences carry their dates at midnight UTC too, as the core sends them.
    return { ...event, allDay: true, startDate: timing.startDate, endDate: timing.endDate, start: `${timing.startDate}T00:00:00.000Z`, end: `${timing.endDate}T00:00:00.000Z` };
  }
  return { ...event, allDay: false, startDate: null, endDate: null, start: timing.start, end: timing.end };
}
