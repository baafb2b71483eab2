/**
 * One VEVENT to a meeting candidate, or the reason it cannot be one. Dates are read with their
 * TZID (resolved by the calendar's resolver), in UTC, or "floating" in the calendar's zone;
 * a RECURRENCE-ID is kept raw for the calendar to attach to its series (parse.ts).
 */
import { dayOfDate, formatDay, localMsOf, MS_PER_DAY } from '../domain/recurrence/civil';
import { occurrenceKeyFor, toInstant } from '../domain/recurrence/expand';
import { parseRRule } from '../domain/recurrence/rrule';
import type { EventTiming, OccurrenceKey } from '../domain/recurrence/types';
import { localMsAt, resolveLocal } from '../domain/recurrence/zone';
import { param, properties, property, type Component, type ContentLine } from './content-lines';
import { splitTextList, unescapeText } from './text';
import type { CalendarPerson, ImportedEvent, ImportWarning, SkippedItem, SkipReason, WarningReason } from './types';
import { parseDateValue, parseDuration } from './values';
import type { ZoneResolution } from './time-zones';

export type EventContext = {
  /** The IANA zone of a TZID, or null when unknown. */
  zoneOf: (tzid: string) => ZoneResolution | null;
  /** Where floating times (no TZID, no Z) are read: X-WR-TIMEZONE, else the importer's zone. */
  floatingZone: string;
};

/** A date as read: a calendar date, or an instant with the zone it was written in (null for UTC). */
type ReadDate = { kind: 'date'; date: string } | { kind: 'instant'; ms: number; zone: string | null; local: string | null };

type Failure = { reason: SkipReason; detail: string };

function readDate(content: ContentLine, context: EventContext): ReadDate | Failure {
  const value = parseDateValue(content.value.split(',')[0] ?? '');
  const invalid: Failure = { reason: 'invalid_date', detail: `${content.name}:${content.value}` };
  if (!value) return invalid;
  if (value.kind === 'date') return { kind: 'date', date: value.date };
  if (param(content, 'VALUE')?.toUpperCase() === 'DATE') return invalid;
  if (value.kind === 'utc') return { kind: 'instant', ms: value.instantMs, zone: null, local: null };
  const tzid = param(content, 'TZID');
  const zone = tzid === undefined ? context.floatingZone : context.zoneOf(tzid)?.zone;
  if (!zone) return { reason: 'unknown_time_zone', detail: tzid ?? '' };
  return { kind: 'instant', ms: resolveLocal(localMsOf(value.parts), zone).instantMs, zone, local: value.local };
}

const isFailure = (value: object): value is Failure => 'reason' in value;

export type EventDraft = {
  event: ImportedEvent;
  /** The RECURRENCE-ID line, when this VEVENT changes one occurrence of a series. */
  recurrenceId: ContentLine | null;
  cancelled: boolean;
  warnings: ImportWarning[];
};

function text(component: Component, name: string): string | null {
  const content = property(component, name);
  if (!content) return null;
  const value = unescapeText(content.value).trim();
  return value === '' ? null : value;
}

function person(content: ContentLine | undefined): CalendarPerson | null {
  if (!content) return null;
  const address = content.value.trim().replace(/^mailto:/i, '');
  const email = /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
  const name = param(content, 'CN')?.trim() || null;
  return email || name ? { email, name } : null;
}

/** A stable UID for an event that has none: a hash of what identifies it. */
function fallbackUid(component: Component): string {
  const seed = ['DTSTART', 'SUMMARY', 'DTEND', 'LOCATION'].map((name) => property(component, name)?.value ?? '').join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return `import-${hash.toString(16).padStart(8, '0')}@crm`;
}

function readTiming(component: Component, start: ReadDate, recurring: boolean, context: EventContext): EventTiming | Failure {
  const endLine = property(component, 'DTEND');
  const durationLine = property(component, 'DURATION');
  const end = endLine ? readDate(endLine, context) : null;
  if (end && isFailure(end)) return end;
  const duration = !endLine && durationLine ? parseDuration(durationLine.value) : null;
  if (!endLine && durationLine && (!duration || duration.negative)) return { reason: 'invalid_date', detail: `DURATION:${durationLine.value}` };
  if (start.kind === 'date') {
    const startDay = dayOfDate(start.date) ?? 0;
    let endDay = startDay + 1;
    if (end?.kind === 'date') endDay = dayOfDate(end.date) ?? endDay;
    else if (duration) endDay = startDay + Math.max(1, duration.days + (duration.seconds > 0 ? 1 : 0));
    if (endDay < startDay) return { reason: 'end_before_start', detail: '' };
    return { allDay: true, startDate: start.date, endDate: formatDay(Math.max(endDay, startDay + 1)) };
  }
  // UTC times: a series repeats in UTC (what the file says); a single event is shown in the calendar's zone.
  const zone = start.zone ?? (recurring ? 'UTC' : context.floatingZone);
  let endMs = start.ms;
  if (end?.kind === 'instant') endMs = end.ms;
  else if (end?.kind === 'date') endMs = resolveLocal((dayOfDate(end.date) ?? 0) * MS_PER_DAY, zone).instantMs;
  else if (duration) {
    // Days are nominal (same wall clock), the rest exact, as RFC 5545 says.
    const local = localMsAt(start.ms, zone) + duration.days * MS_PER_DAY;
    endMs = (duration.days > 0 ? resolveLocal(local, zone).instantMs : start.ms) + duration.seconds * 1000;
  }
  if (endMs < start.ms) return { reason: 'end_before_start', detail: '' };
  return { allDay: false, start: toInstant(start.ms), end: toInstant(endMs), timeZone: zone };
}

function startMsOf(timing: EventTiming, floatingZone: string): [number, number] {
  if (!timing.allDay) return [Date.parse(timing.start), Date.parse(timing.end)];
  const midnight = (date: string) => resolveLocal((dayOfDate(date) ?? 0) * MS_PER_DAY, floatingZone).instantMs;
  return [midnight(timing.startDate), midnight(timing.endDate)];
}

/** VALARMs to minutes before the start; alarms after the start or unreadable are reported. */
function readReminders(component: Component, timing: EventTiming, context: EventContext, warn: (reason: WarningReason, detail: string) => void): number[] {
  const [startMs, endMs] = startMsOf(timing, context.floatingZone);
  const minutes: number[] = [];
  for (const alarm of component.components.filter((child) => child.name === 'VALARM')) {
    const trigger = property(alarm, 'TRIGGER');
    if (!trigger) {
      warn('alarm_ignored', 'TRIGGER');
      continue;
    }
    let atMs: number | null = null;
    if (param(trigger, 'VALUE')?.toUpperCase() === 'DATE-TIME') {
      const value = parseDateValue(trigger.value);
      atMs = value?.kind === 'utc' ? value.instantMs : null;
    } else {
      const duration = parseDuration(trigger.value);
      if (duration) {
        const offset = (duration.days * MS_PER_DAY + duration.seconds * 1000) * (duration.negative ? -1 : 1);
        atMs = (param(trigger, 'RELATED')?.toUpperCase() === 'END' ? endMs : startMs) + offset;
      }
    }
    if (atMs === null || atMs > startMs) {
      warn('alarm_ignored', trigger.value);
      continue;
    }
    minutes.push(Math.round((startMs - atMs) / 60_000));
  }
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/** An EXDATE or RECURRENCE-ID as occurrenceKeyFor takes it: all-day series by the date written. */
function originalStart(read: ReadDate, series: EventTiming): { date: string } | { local: string } | { instant: string } {
  if (read.kind === 'date') return { date: read.date };
  return series.allDay && read.local !== null ? { local: read.local } : { instant: toInstant(read.ms) };
}

function readExceptions(component: Component, timing: EventTiming, context: EventContext, warn: (reason: WarningReason, detail: string) => void): OccurrenceKey[] {
  const keys = new Set<OccurrenceKey>();
  for (const content of properties(component, 'EXDATE')) {
    for (const item of content.value.split(',')) {
      const read = readDate({ ...content, value: item }, context);
      const key = isFailure(read) ? null : occurrenceKeyFor(timing, originalStart(read, timing));
      if (key === null) warn('exception_ignored', `${content.name}:${item}`);
      else keys.add(key);
    }
  }
  return [...keys].sort();
}

/** One VEVENT to a draft event, or why it is skipped. */
export function readEvent(component: Component, context: EventContext): EventDraft | SkippedItem {
  const uid = text(component, 'UID');
  const summary = text(component, 'SUMMARY');
  const where = { line: component.line, uid, summary };
  const skip = (reason: SkipReason, detail = '', extra: Partial<SkippedItem> = {}): SkippedItem => ({ reason, ...where, ...(detail ? { detail } : {}), ...extra });
  const warnings: ImportWarning[] = [];
  const warn = (reason: WarningReason, detail: string) => warnings.push({ reason, ...where, detail });
  if (component.unterminated) return skip('truncated');

  const recurrenceId = property(component, 'RECURRENCE-ID') ?? null;
  const cancelled = property(component, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED';
  const startLine = property(component, 'DTSTART');
  if (!startLine) return skip('missing_dtstart');
  const start = readDate(startLine, context);
  if (isFailure(start)) return skip(start.reason, start.detail);

  const rules = properties(component, 'RRULE');
  const firstRule = rules[0];
  let rule = null;
  if (firstRule && !recurrenceId) {
    const parsed = parseRRule(firstRule.value);
    if (!parsed.ok) return skip('invalid_rrule', firstRule.value, { problem: parsed.problem });
    rule = parsed.value;
    if (rules.length > 1) warn('extra_rules_ignored', rules.slice(1).map((content) => content.value).join(' '));
  }
  if (properties(component, 'RDATE').length > 0) warn('extra_dates_ignored', properties(component, 'RDATE').map((content) => content.value).join(','));

  const timing = readTiming(component, start, rule !== null, context);
  if (isFailure(timing)) return skip(timing.reason, timing.detail);
  for (const line of component.malformedLines) warnings.push({ reason: 'malformed_line', line, uid, summary });

  const classification = property(component, 'CLASS')?.value.trim().toUpperCase();
  const transparency = property(component, 'TRANSP')?.value.trim().toUpperCase();
  const busyStatus = property(component, 'X-MICROSOFT-CDO-BUSYSTATUS')?.value.trim().toUpperCase();
  const sequence = Number.parseInt(property(component, 'SEQUENCE')?.value ?? '0', 10);
  const stamp = (name: string) => {
    const value = parseDateValue(property(component, name)?.value ?? '');
    return value?.kind === 'utc' ? toInstant(value.instantMs) : null;
  };
  const event: ImportedEvent = {
    uid: uid ?? fallbackUid(component),
    summary: summary ?? '',
    location: text(component, 'LOCATION'),
    description: text(component, 'DESCRIPTION'),
    timing,
    rule,
    exceptions: rule ? readExceptions(component, timing, context, warn) : [],
    overrides: [],
    reminders: readReminders(component, timing, context, warn),
    private: classification === 'PRIVATE' || classification === 'CONFIDENTIAL',
    status: property(component, 'STATUS')?.value.trim().toUpperCase() === 'TENTATIVE' ? 'tentative' : 'confirmed',
    busy: transparency !== 'TRANSPARENT' && busyStatus !== 'FREE',
    organizer: person(property(component, 'ORGANIZER')),
    attendees: properties(component, 'ATTENDEE')
      .map((content) => person(content))
      .filter((entry): entry is CalendarPerson => entry !== null),
    categories: properties(component, 'CATEGORIES').flatMap((content) => splitTextList(content.value)),
    sequence: Number.isFinite(sequence) ? sequence : 0,
    created: stamp('CREATED'),
    lastModified: stamp('LAST-MODIFIED'),
    line: component.line,
  };
  return { event, recurrenceId, cancelled, warnings };
}

/** The key of the occurrence a RECURRENCE-ID names, in its series' terms; null when unreadable. */
export function recurrenceKey(content: ContentLine, series: EventTiming, context: EventContext): OccurrenceKey | null {
  const read = readDate(content, context);
  return isFailure(read) ? null : occurrenceKeyFor(series, originalStart(read, series));
}
