/**
 * Reading .ics files into meeting candidates and a report of what was skipped and why.
 *
 * A careful parser of our own rather than ical.js (libraries.md's suggestion), because an
 * import report must name each refused event by its line and UID and go on with the others —
 * ical.js stops at the first unreadable line of the file and keeps no line numbers — and
 * because what follows the lexical layer is ours anyway: recurrence expansion
 * (src-shared/domain/recurrence), Windows and VTIMEZONE-defined zones mapped to IANA names
 * (time-zones.ts), occurrences keyed as the agenda keys them.
 *
 * The size is checked before anything is read (ICS_MAX_BYTES, 20 MB: a year of a busy
 * calendar is well under 5 MB; a 50 MB file is refused with the sizes in the message).
 * Events are accepted or skipped whole; the caller imports the accepted ones in one
 * transaction.
 */
import { isTimeZone } from '../domain/recurrence/zone';
import { readComponents, param, property, type Component } from './content-lines';
import { readEvent, recurrenceKey, type EventContext, type EventDraft } from './parse-event';
import { readZoneDefinition, resolveTzid, type ZoneDefinition, type ZoneResolution } from './time-zones';
import { unescapeText, utf8Length } from './text';
import type { CalendarOverride, ICalendarImport, ICalendarProblem, ICalendarResult, ImportedEvent, ImportWarning, SkippedItem } from './types';

/** The largest .ics file imported: 20 MiB. */
export const ICS_MAX_BYTES = 20 * 1024 * 1024;

/** The problem with a file of that many bytes, or null when it may be parsed. Check before reading it. */
export function checkICalendarSize(bytes: number, limit = ICS_MAX_BYTES): ICalendarProblem | null {
  return bytes > limit ? { code: 'too_large', bytes, limit } : null;
}

export type ParseOptions = {
  /** The importer's zone: floating times are read in it when the file names none (X-WR-TIMEZONE). */
  defaultTimeZone: string;
  /** Override ICS_MAX_BYTES. */
  maxBytes?: number;
};

const unsupported = new Set(['VTODO', 'VJOURNAL', 'VFREEBUSY', 'VAVAILABILITY']);

/** The years each TZID is used in by events, to compare VTIMEZONE definitions where it matters. */
function yearsByTzid(calendar: Component): Map<string, number[]> {
  const years = new Map<string, Set<number>>();
  for (const component of calendar.components) {
    for (const content of component.properties) {
      const tzid = param(content, 'TZID');
      if (tzid === undefined || (content.name !== 'DTSTART' && content.name !== 'DTEND')) continue;
      const year = Number(content.value.slice(0, 4));
      if (!Number.isInteger(year) || year < 1) continue;
      const set = years.get(tzid) ?? new Set<number>();
      set.add(year);
      years.set(tzid, set);
    }
  }
  // Three years are enough to tell zones apart: the first, the last and one between.
  return new Map([...years].map(([tzid, set]) => {
    const sorted = [...set].sort((a, b) => a - b);
    return [tzid, [...new Set([sorted[0], sorted[Math.floor(sorted.length / 2)], sorted[sorted.length - 1]])].filter((year): year is number => year !== undefined)];
  }));
}

type CalendarState = {
  events: ImportedEvent[];
  skipped: SkippedItem[];
  warnings: ImportWarning[];
  /** UIDs of the series taken, across the file's calendars. */
  taken: Set<string>;
  /** Why a series was skipped, by UID: its changed occurrences follow it. */
  skippedSeries: Map<string, SkippedItem>;
};

function zoneResolver(calendar: Component, preferred: string, warnings: ImportWarning[]): (tzid: string) => ZoneResolution | null {
  const definitions = new Map<string, { definition: ZoneDefinition; line: number }>();
  for (const component of calendar.components) {
    if (component.name !== 'VTIMEZONE') continue;
    const definition = readZoneDefinition(component);
    if (definition) definitions.set(definition.tzid, { definition, line: component.line });
  }
  const years = yearsByTzid(calendar);
  const cache = new Map<string, ZoneResolution | null>();
  return (tzid) => {
    if (cache.has(tzid)) return cache.get(tzid) ?? null;
    const known = definitions.get(tzid) ?? definitions.get(tzid.replace(/^"(.*)"$/, '$1'));
    const resolution = resolveTzid(tzid, known?.definition ?? null, years.get(tzid) ?? [], preferred);
    if (resolution?.fromDefinition && known) warnings.push({ reason: 'time_zone_matched', line: known.line, uid: null, summary: null, detail: `${tzid} → ${resolution.zone}` });
    cache.set(tzid, resolution);
    return resolution;
  };
}

/** Attaches RECURRENCE-ID drafts to their series; those without a series stand alone. */
function attachOverrides(masters: Map<string, EventDraft>, overrides: EventDraft[], context: EventContext, state: CalendarState): void {
  for (const draft of overrides) {
    const { event } = draft;
    const where = { line: event.line, uid: event.uid, summary: event.summary || null };
    const content = draft.recurrenceId;
    if (!content) continue;
    const master = masters.get(event.uid);
    const skippedSeries = state.skippedSeries.get(event.uid);
    if (!master && skippedSeries) {
      // The series was not taken: neither are its changed occurrences.
      state.skipped.push({ ...skippedSeries, ...where });
      continue;
    }
    if (!master || master.event.rule === null) {
      // A single occurrence shared without its series (an invitation to one meeting of many).
      if (draft.cancelled) state.skipped.push({ reason: 'cancelled', ...where });
      else {
        state.events.push({ ...event, uid: `${event.uid}/${content.value.trim()}` });
        state.warnings.push(...draft.warnings);
      }
      continue;
    }
    if (param(content, 'RANGE')?.toUpperCase() === 'THISANDFUTURE') {
      state.warnings.push({ reason: 'override_ignored', ...where, detail: `RANGE=THISANDFUTURE` });
      continue;
    }
    const key = recurrenceKey(content, master.event.timing, context);
    if (key === null) {
      state.warnings.push({ reason: 'override_ignored', ...where, detail: `RECURRENCE-ID:${content.value}` });
      continue;
    }
    const series = master.event;
    const override: CalendarOverride = draft.cancelled
      ? { key, cancelled: true }
      : {
          key,
          timing: event.timing,
          ...(event.summary !== series.summary ? { summary: event.summary } : {}),
          ...(event.location !== series.location ? { location: event.location } : {}),
          ...(event.description !== series.description ? { description: event.description } : {}),
        };
    series.overrides = [...series.overrides.filter((existing) => existing.key !== key), override];
    state.warnings.push(...draft.warnings);
  }
}

function readCalendar(calendar: Component, options: ParseOptions, state: CalendarState): Pick<ICalendarImport, 'calendarName' | 'calendarTimeZone' | 'productId'> {
  const calendarZoneText = property(calendar, 'X-WR-TIMEZONE')?.value.trim() ?? null;
  const zoneOf = zoneResolver(calendar, options.defaultTimeZone, state.warnings);
  const calendarTimeZone = calendarZoneText ? (zoneOf(calendarZoneText)?.zone ?? null) : null;
  const importerZone = isTimeZone(options.defaultTimeZone) ? options.defaultTimeZone : 'UTC';
  const context: EventContext = { zoneOf, floatingZone: calendarTimeZone ?? importerZone };
  const masters = new Map<string, EventDraft>();
  const overrides: EventDraft[] = [];
  for (const component of calendar.components) {
    if (unsupported.has(component.name)) {
      const uid = property(component, 'UID');
      const summary = property(component, 'SUMMARY');
      state.skipped.push({
        reason: 'unsupported_component',
        line: component.line,
        uid: uid ? unescapeText(uid.value) : null,
        summary: summary ? unescapeText(summary.value) : null,
        detail: component.name,
      });
      continue;
    }
    if (component.name !== 'VEVENT') continue;
    const draft = readEvent(component, context);
    if ('reason' in draft) {
      state.skipped.push(draft);
      if (draft.uid && !property(component, 'RECURRENCE-ID')) state.skippedSeries.set(draft.uid, draft);
      continue;
    }
    if (draft.recurrenceId) {
      overrides.push(draft);
      continue;
    }
    const where = { line: draft.event.line, uid: draft.event.uid, summary: draft.event.summary || null };
    if (draft.cancelled) {
      const skipped: SkippedItem = { reason: 'cancelled', ...where };
      state.skipped.push(skipped);
      state.skippedSeries.set(draft.event.uid, skipped);
    } else if (state.taken.has(draft.event.uid)) state.skipped.push({ reason: 'duplicate_uid', ...where });
    else {
      state.taken.add(draft.event.uid);
      masters.set(draft.event.uid, draft);
    }
  }
  attachOverrides(masters, overrides, context, state);
  for (const draft of masters.values()) {
    state.events.push(draft.event);
    state.warnings.push(...draft.warnings);
  }
  const name = property(calendar, 'X-WR-CALNAME');
  return {
    calendarName: name ? unescapeText(name.value).trim() || null : null,
    calendarTimeZone,
    productId: property(calendar, 'PRODID')?.value.trim() ?? null,
  };
}

/**
 * Parses .ics text. Refuses the whole file only when it is too large or not a calendar;
 * otherwise gives every event it could read and, for the others, why not.
 */
export function parseICalendar(text: string, options: ParseOptions): ICalendarResult {
  const limit = options.maxBytes ?? ICS_MAX_BYTES;
  // A UTF-16 code unit takes 1 to 3 UTF-8 bytes: short texts need no count.
  const tooLarge = checkICalendarSize(text.length * 3 > limit ? utf8Length(text) : text.length, limit);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const firstLine = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1]?.trim().toUpperCase() ?? '';
  if (firstLine !== 'BEGIN:VCALENDAR') return { ok: false, problem: { code: 'not_icalendar' } };
  const { components, strayLines } = readComponents(text);
  const calendars = components.filter((component) => component.name === 'VCALENDAR');
  if (calendars.length === 0) return { ok: false, problem: { code: 'not_icalendar' } };
  const state: CalendarState = { events: [], skipped: [], warnings: [], taken: new Set(), skippedSeries: new Map() };
  let header: Pick<ICalendarImport, 'calendarName' | 'calendarTimeZone' | 'productId'> = { calendarName: null, calendarTimeZone: null, productId: null };
  for (const calendar of calendars) {
    const read = readCalendar(calendar, options, state);
    if (header.productId === null) header = read;
    for (const line of calendar.malformedLines) state.warnings.push({ reason: 'malformed_line', line, uid: null, summary: null });
  }
  for (const line of strayLines) state.warnings.push({ reason: 'malformed_line', line, uid: null, summary: null });
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  return {
    ok: true,
    value: { events: state.events.sort(byLine), skipped: state.skipped.sort(byLine), warnings: state.warnings.sort(byLine), ...header },
  };
}
