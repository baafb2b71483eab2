/**
 * Writing an agenda to iCalendar (RFC 5545) that Outlook, Google Calendar and Thunderbird all
 * read the same way:
 * - timed events in their own zone: DTSTART;TZID=Europe/Paris:…, with a VTIMEZONE generated
 *   for each zone used (vtimezone.ts), so recurring series keep their wall clock across
 *   daylight-saving changes everywhere; zones that are UTC (or unknown here) get 'Z' times;
 * - all-day events as VALUE=DATE, the end exclusive; DTSTAMP, CREATED, LAST-MODIFIED and
 *   RRULE's UNTIL in UTC (UNTIL a DATE for all-day series), as the RFC requires;
 * - exceptions and cancelled occurrences as EXDATE, moved occurrences as their own VEVENT with
 *   the series' UID and a RECURRENCE-ID;
 * - reminders as VALARM ACTION:DISPLAY with a relative TRIGGER;
 * - TEXT escaped, lines folded at 75 octets without splitting a character, CRLF endings.
 * A single event starting at the second of two equal wall clocks (01:30 on a fall-back night)
 * is written in UTC, the only way to name it; a series starting there is written by its wall
 * clock, which readers take as the first 01:30.
 */
import { translate, type Language } from '../i18n';
import { compactOfLocalMs, dayOfDate, formatDay, localMsOf, MS_PER_DAY, parseCompactDate, parseCompactDateTime, parseDateTime } from '../domain/recurrence/civil';
import { parseInstant } from '../domain/recurrence/expand';
import { formatRRule } from '../domain/recurrence/rrule';
import { normalizeRule } from '../domain/recurrence/rule';
import type { EventTiming, OccurrenceKey, RecurrenceRule, RecurrenceUntil } from '../domain/recurrence/types';
import { isTimeZone, localMsAt, resolveLocal } from '../domain/recurrence/zone';
import { escapeText, foldLine, paramValue } from './text';
import type { CalendarEvent, CalendarPerson } from './types';
import { dateText, triggerText, utcText } from './values';
import { isUtcZone, vtimezoneLines } from './vtimezone';

export type WriteOptions = {
  /** When the file is made: every event's DTSTAMP. */
  stamp: string;
  /** PRODID; '-//CRM//Agenda//FR' when absent. */
  productId?: string;
  /** X-WR-CALNAME, the name Google and Apple give the imported calendar. */
  calendarName?: string | null;
  /** The language of texts the file needs and the events lack (an alarm's description). */
  language?: Language;
};

const ms = (instant: string) => parseInstant(instant) ?? 0;

/** Times written in UTC: zones that are UTC, and (defensively) names the runtime does not know. */
const inUtc = (zone: string) => isUtcZone(zone) || !isTimeZone(zone);

/** DTSTART/DTEND-style property for an instant in a zone; 'exact' asks for UTC when the wall clock would be ambiguous. */
function dateTimeLine(name: string, instantMs: number, zone: string, exact: boolean): string {
  if (inUtc(zone)) return `${name}:${utcText(instantMs)}`;
  const local = localMsAt(instantMs, zone);
  // The second 01:30 of a fall-back night cannot be named by its wall clock: say it in UTC.
  if (exact && resolveLocal(local, zone).instantMs !== Math.floor(instantMs / 1000) * 1000) return `${name}:${utcText(instantMs)}`;
  return `${name};TZID=${paramValue(zone)}:${compactOfLocalMs(local)}`;
}

function timingLines(timing: EventTiming, recurring: boolean): string[] {
  if (timing.allDay) {
    const start = dayOfDate(timing.startDate) ?? 0;
    const end = Math.max(dayOfDate(timing.endDate) ?? start + 1, start + 1);
    return [`DTSTART;VALUE=DATE:${dateText(timing.startDate)}`, `DTEND;VALUE=DATE:${dateText(formatDay(end))}`];
  }
  const startMs = ms(timing.start);
  const endMs = Math.max(startMs, ms(timing.end));
  return [dateTimeLine('DTSTART', startMs, timing.timeZone, !recurring), dateTimeLine('DTEND', endMs, timing.timeZone, true)];
}

/** UNTIL in the form RFC 5545 wants for this DTSTART: a DATE for all-day series, UTC otherwise. */
function untilForWriting(until: RecurrenceUntil, timing: EventTiming): RecurrenceUntil {
  if (timing.allDay) {
    if ('date' in until) return until;
    if ('local' in until) return { date: until.local.slice(0, 10) };
    return { date: new Date(ms(until.instant)).toISOString().slice(0, 10) };
  }
  if ('instant' in until) return until;
  let lastLocalMs: number;
  if ('date' in until) lastLocalMs = ((dayOfDate(until.date) ?? 0) + 1) * MS_PER_DAY - 1000;
  else {
    const parts = parseDateTime(until.local);
    lastLocalMs = parts ? localMsOf(parts) : 0;
  }
  const instantMs = inUtc(timing.timeZone) ? lastLocalMs : resolveLocal(lastLocalMs, timing.timeZone).instantMs;
  return { instant: new Date(instantMs).toISOString() };
}

function ruleLine(rule: RecurrenceRule, timing: EventTiming): string {
  const normalized = normalizeRule(rule);
  const until = normalized.until ? untilForWriting(normalized.until, timing) : null;
  return `RRULE:${formatRRule({ ...normalized, until })}`;
}

/** EXDATE / RECURRENCE-ID value(s) for occurrence keys, shaped like the series' DTSTART. */
function keyProperty(name: string, keys: readonly OccurrenceKey[], timing: EventTiming): string | null {
  if (timing.allDay) {
    const dates = keys.filter((key) => parseCompactDate(key) !== null);
    return dates.length > 0 ? `${name};VALUE=DATE:${dates.join(',')}` : null;
  }
  const times = keys.filter((key) => parseCompactDateTime(key) !== null);
  if (times.length === 0) return null;
  if (inUtc(timing.timeZone)) return `${name}:${times.map((key) => `${key}Z`).join(',')}`;
  return `${name};TZID=${paramValue(timing.timeZone)}:${times.join(',')}`;
}

function personLine(name: 'ORGANIZER' | 'ATTENDEE', person: CalendarPerson): string | null {
  if (!person.email) return null;
  const cn = person.name ? `;CN=${paramValue(person.name)}` : '';
  const role = name === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT' : '';
  return `${name}${cn}${role}:mailto:${person.email}`;
}

function textLine(name: string, value: string | null | undefined): string[] {
  return value ? [`${name}:${escapeText(value)}`] : [];
}

function alarmLines(reminders: readonly number[], summary: string, language: Language): string[] {
  const description = summary || translate(language, 'agenda.ical.reminder');
  return [...new Set(reminders)]
    .sort((a, b) => a - b)
    .flatMap((minutes) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, `TRIGGER:${triggerText(minutes)}`, 'END:VALARM']);
}

type Shared = { stampLine: string; language: Language };

function commonLines(event: CalendarEvent): string[] {
  return [
    `CLASS:${event.private ? 'PRIVATE' : 'PUBLIC'}`,
    `STATUS:${event.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED'}`,
    `TRANSP:${event.busy === false ? 'TRANSPARENT' : 'OPAQUE'}`,
    ...(event.categories && event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    ...(event.organizer ? [personLine('ORGANIZER', event.organizer)] : []),
    ...(event.attendees ?? []).map((person) => personLine('ATTENDEE', person)),
    `SEQUENCE:${event.sequence ?? 0}`,
  ].filter((line): line is string => line !== null);
}

function eventLines(event: CalendarEvent, shared: Shared): string[] {
  const rule = event.rule ?? null;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, shared.stampLine];
  if (event.created) lines.push(`CREATED:${utcText(ms(event.created))}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcText(ms(event.lastModified))}`);
  lines.push(...timingLines(event.timing, rule !== null));
  if (rule) {
    lines.push(ruleLine(rule, event.timing));
    const cancelled = (event.overrides ?? []).filter((override) => override.cancelled).map((override) => override.key);
    const exdate = keyProperty('EXDATE', [...new Set([...(event.exceptions ?? []), ...cancelled])].sort(), event.timing);
    if (exdate) lines.push(exdate);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`, ...textLine('LOCATION', event.location), ...textLine('DESCRIPTION', event.description));
  lines.push(...commonLines(event), ...alarmLines(event.reminders ?? [], event.summary, shared.language), 'END:VEVENT');
  if (!rule) return lines;
  for (const override of event.overrides ?? []) {
    if (override.cancelled) continue;
    const recurrenceId = keyProperty('RECURRENCE-ID', [override.key], event.timing);
    if (!recurrenceId) continue;
    const summary = override.summary ?? event.summary;
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, shared.stampLine, recurrenceId, ...timingLines(override.timing, false));
    lines.push(`SUMMARY:${escapeText(summary)}`);
    lines.push(...textLine('LOCATION', override.location === undefined ? event.location : override.location));
    lines.push(...textLine('DESCRIPTION', override.description === undefined ? event.description : override.description));
    lines.push(...commonLines(event), ...alarmLines(event.reminders ?? [], summary, shared.language), 'END:VEVENT');
  }
  return lines;
}

const yearOf = (instantMs: number) => new Date(instantMs).getUTCFullYear();

const daysPerPeriod = { daily: 1, weekly: 7, monthly: 31, yearly: 366 } as const;

/** The last year a series may reach: its UNTIL, where its COUNT leads at most, or `openYear` without end. */
function lastYearOf(rule: RecurrenceRule, firstMs: number, openYear: number): number {
  const normalized = normalizeRule(rule);
  if (normalized.until) {
    const until = normalized.until;
    const text = 'date' in until ? until.date : 'local' in until ? until.local : until.instant;
    return Math.max(yearOf(firstMs), Number(text.slice(0, 4)) + 1);
  }
  if (normalized.count !== null) {
    // BYSETPOS and filters only thin a period out: count × interval periods is as far as it goes.
    const days = Math.min(normalized.count * normalized.interval * daysPerPeriod[normalized.frequency], 200 * 366);
    return yearOf(firstMs + days * MS_PER_DAY) + 1;
  }
  return Math.max(openYear, yearOf(firstMs));
}

/** For each zone used by timed events and moved occurrences, the years its offsets must be right for. */
function zoneYears(events: readonly CalendarEvent[], stampYear: number): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  const note = (zone: string, first: number, last: number) => {
    if (inUtc(zone)) return;
    const known = years.get(zone);
    years.set(zone, known ? [Math.min(known[0], first), Math.max(known[1], last)] : [first, last]);
  };
  for (const event of events) {
    if (!event.timing.allDay) {
      const startMs = ms(event.timing.start);
      const endYear = yearOf(Math.max(ms(event.timing.end), startMs));
      note(event.timing.timeZone, yearOf(startMs), event.rule ? Math.max(endYear, lastYearOf(event.rule, startMs, stampYear)) : endYear);
    }
    for (const override of event.overrides ?? []) {
      if (override.cancelled || override.timing.allDay) continue;
      note(override.timing.timeZone, yearOf(ms(override.timing.start)), yearOf(ms(override.timing.end)));
    }
  }
  return years;
}

/** The .ics text of events (CRLF line endings, folded lines). */
export function writeICalendar(events: readonly CalendarEvent[], options: WriteOptions): string {
  const stampMs = ms(options.stamp);
  const shared: Shared = { stampLine: `DTSTAMP:${utcText(stampMs)}`, language: options.language ?? 'fr' };
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.productId ?? '-//CRM//Agenda//FR'}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const years = [...zoneYears(events, yearOf(stampMs)).entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [zone, [first, last]] of years) lines.push(...vtimezoneLines(zone, Math.max(first - 1, last - 200), last + 1));
  for (const event of events) lines.push(...eventLines(event, shared));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
