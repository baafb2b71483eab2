/**
 * iCalendar (RFC 5545) for the agenda: export to .ics files Outlook, Google Calendar and
 * Thunderbird accept, and import of theirs as meeting candidates with a report.
 *
 * Design:
 * - Pure (no Node, no DOM): the main process reads and writes the files, checks their size
 *   before reading (checkICalendarSize) and may parse them outside the process that owns the
 *   database; the renderer can use the same code.
 * - Export writes times in the event's own zone with a generated VTIMEZONE per zone rather than
 *   in UTC, because recurring series must keep their wall clock across daylight-saving changes
 *   in every client (write.ts, vtimezone.ts).
 * - Import is our own tolerant parser (parse.ts says why not ical.js): every event is taken or
 *   skipped whole, with its line, UID and the reason; Windows zone names and VTIMEZONE
 *   definitions are mapped to IANA zones (time-zones.ts).
 * - Recurrence is the agenda's own (src-shared/domain/recurrence): what is imported expands
 *   exactly as what is created in the app.
 */
import type { Recurrence } from '../domain/recurrence/types';
import type { CalendarEvent } from './types';

export { readComponents, parseContentLine, unfold, type Component, type ContentLine } from './content-lines';
export { describeICalendarProblem, describeSkipped, describeWarning, describeWhere } from './messages';
export { checkICalendarSize, ICS_MAX_BYTES, parseICalendar, type ParseOptions } from './parse';
export { escapeText, foldLine, unescapeText, utf8Length } from './text';
export { resolveTzid, readZoneDefinition, definitionOffsetAt, type ZoneDefinition } from './time-zones';
export * from './types';
export { ianaOfWindowsZone, windowsZones } from './windows-zones';
export { isUtcZone, transitionsBetween, vtimezoneLines } from './vtimezone';
export { writeICalendar, type WriteOptions } from './write';

/** The recurrence of a calendar event as the expansion takes it, or null for a single event. */
export function recurrenceOf(event: CalendarEvent): Recurrence | null {
  return event.rule ? { rule: event.rule, exceptions: event.exceptions ?? [], overrides: event.overrides ?? [] } : null;
}
