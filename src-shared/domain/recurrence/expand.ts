/**
 * Expanding an event and its recurrence into the occurrences of a window — what the agenda
 * shows for a week, what reminders are armed from, what an export writes.
 *
 * Timed series repeat at the same wall clock in the event's own zone (a weekly 09:00 meeting in
 * Europe/Paris stays at 09:00 Paris time on both sides of the clock changes); a wall clock that
 * does not exist moves forward by the gap, one that exists twice takes the first (zone.ts).
 * The duration is kept exact (end − start, as RFC 5545 does for DTEND). All-day series are
 * dates; a window's instants become dates in the window's zone (the viewer's). Occurrences are
 * keyed by their planned start (types.ts, OccurrenceKey): exceptions remove keys, overrides
 * cancel or change them (a changed occurrence shows where it was moved to, with its own subject
 * and place when it has them, and only when its key is a real occurrence of the series). The work is proportional to the window, not to the series'
 * age (series.ts).
 */
import {
  compactDate,
  compactOfLocalMs,
  dateOfDay,
  dateTimeOfLocalMs,
  dayNumber,
  dayOfDate,
  formatDay,
  MS_PER_DAY,
  parseCompactDate,
  parseCompactDateTime,
  parseDateTime,
  localMsOf,
} from './civil';
import { planSeries, type SeriesPlan } from './pattern';
import { normalizeRule, validateRule } from './rule';
import { seriesDays } from './series';
import type {
  EventTiming,
  Instant,
  Occurrence,
  OccurrenceDetails,
  OccurrenceKey,
  OccurrenceOverride,
  OccurrenceWindow,
  Recurrence,
  RecurrenceUntil,
} from './types';
import { isTimeZone, localMsAt, resolveLocal } from './zone';

/** A series stops generating far in the future: 400 years, whatever the rule. */
const HORIZON_DAYS = 146_097;

export const toInstant = (ms: number): Instant => new Date(ms).toISOString();

/** Milliseconds of an ISO 8601 instant with a zone designator ('Z' or ±hh:mm), or null. */
export function parseInstant(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

const dayOfLocalMs = (localMs: number) => Math.floor(localMs / MS_PER_DAY);

/** The key of a timed occurrence planned at a wall clock ("local ms", civil.ts). */
export const timedKeyOf = (plannedLocalMs: number): OccurrenceKey => compactOfLocalMs(plannedLocalMs);
/** The key of an all-day occurrence planned on a day number. */
export const allDayKeyOf = (day: number): OccurrenceKey => compactDate(dateOfDay(day));

/** A key back to its planned wall clock (timed) or day (all-day); null when it is neither. */
export function parseOccurrenceKey(key: OccurrenceKey): { allDay: false; localMs: number } | { allDay: true; day: number } | null {
  const dateTime = parseCompactDateTime(key);
  if (dateTime) return { allDay: false, localMs: localMsOf(dateTime) };
  const date = parseCompactDate(key);
  return date ? { allDay: true, day: dayNumber(date.year, date.month, date.day) } : null;
}

type Bounds = { fromMs: number; toMs: number };

/** [start, end) overlaps [from, to); an instant (start = end) counts when from ≤ start < to. */
function overlaps(startMs: number, endMs: number, { fromMs, toMs }: Bounds): boolean {
  return endMs > startMs ? startMs < toMs && endMs > fromMs : startMs >= fromMs && startMs < toMs;
}

type TimedSeries = {
  kind: 'timed';
  startMs: number;
  durationMs: number;
  zone: string;
  startDay: number;
  timeOfDayMs: number;
  plan: SeriesPlan | null;
  isPastEnd: (day: number) => boolean;
};

type AllDaySeries = {
  kind: 'allDay';
  startDay: number;
  lengthDays: number;
  plan: SeriesPlan | null;
  isPastEnd: (day: number) => boolean;
};

type Series = TimedSeries | AllDaySeries;

function untilDay(until: RecurrenceUntil): number {
  if ('date' in until) return dayOfDate(until.date) ?? Number.POSITIVE_INFINITY;
  if ('local' in until) {
    const parts = parseDateTime(until.local);
    return parts ? dayNumber(parts.year, parts.month, parts.day) : Number.POSITIVE_INFINITY;
  }
  const ms = parseInstant(until.instant);
  return ms === null ? Number.POSITIVE_INFINITY : dayOfLocalMs(ms);
}

function timedPastEnd(until: RecurrenceUntil | null, zone: string, timeOfDayMs: number): (day: number) => boolean {
  if (until === null) return () => false;
  if ('date' in until) {
    const last = untilDay(until);
    return (day) => day > last;
  }
  if ('local' in until) {
    const parts = parseDateTime(until.local);
    const lastLocal = parts ? localMsOf(parts) : Number.POSITIVE_INFINITY;
    return (day) => day * MS_PER_DAY + timeOfDayMs > lastLocal;
  }
  const lastMs = parseInstant(until.instant) ?? Number.POSITIVE_INFINITY;
  return (day) => resolveLocal(day * MS_PER_DAY + timeOfDayMs, zone).instantMs > lastMs;
}

/**
 * The series behind an event, or null when its timing is unreadable (a bad date, a zone the
 * runtime does not know). A rule validateRule refuses is not expanded: the event stays single.
 */
function seriesOf(event: EventTiming, recurrence: Recurrence | null): Series | null {
  const rule = recurrence && validateRule(recurrence.rule) === null ? normalizeRule(recurrence.rule) : null;
  if (event.allDay) {
    const startDay = dayOfDate(event.startDate);
    const endDay = dayOfDate(event.endDate);
    if (startDay === null || endDay === null) return null;
    const last = rule?.until ? untilDay(rule.until) : Number.POSITIVE_INFINITY;
    return {
      kind: 'allDay',
      startDay,
      lengthDays: Math.max(1, endDay - startDay),
      plan: rule ? planSeries(rule, startDay) : null,
      isPastEnd: (day) => day > last,
    };
  }
  const startMs = parseInstant(event.start);
  const endMs = parseInstant(event.end);
  if (startMs === null || endMs === null || !isTimeZone(event.timeZone)) return null;
  const startLocal = localMsAt(startMs, event.timeZone);
  const startDay = dayOfLocalMs(startLocal);
  const timeOfDayMs = startLocal - startDay * MS_PER_DAY;
  return {
    kind: 'timed',
    startMs,
    durationMs: Math.max(0, endMs - startMs),
    zone: event.timeZone,
    startDay,
    timeOfDayMs,
    plan: rule ? planSeries(rule, startDay) : null,
    isPastEnd: timedPastEnd(rule?.until ?? null, event.timeZone, timeOfDayMs),
  };
}

/** The series' planned days within [fromDay, toDay] (just the start for a single event). */
function* plannedDays(series: Series, fromDay: number, toDay: number): Generator<number> {
  if (series.plan) yield* seriesDays(series.plan, fromDay, toDay, series.isPastEnd);
  else if (series.startDay >= fromDay && series.startDay <= toDay) yield series.startDay;
}

type Found = { occurrence: Occurrence; startMs: number };

/** The planned occurrence of a timed series on a day, when it overlaps the window and is not removed. */
function timedOccurrenceIn(series: TimedSeries, day: number, bounds: Bounds, removed: ReadonlySet<OccurrenceKey>): Found | null {
  const plannedLocal = day * MS_PER_DAY + series.timeOfDayMs;
  // The event's own start stays the instant it was given (it may be the second of two 01:30s).
  const resolved = day === series.startDay ? { instantMs: series.startMs, kind: 'exact' as const } : resolveLocal(plannedLocal, series.zone);
  const startMs = resolved.instantMs;
  const endMs = startMs + series.durationMs;
  if (!overlaps(startMs, endMs, bounds)) return null;
  const key = compactOfLocalMs(plannedLocal);
  if (removed.has(key)) return null;
  const occurrence: Occurrence = {
    allDay: false,
    key,
    start: toInstant(startMs),
    end: toInstant(endMs),
    timeZone: series.zone,
    plannedAt: dateTimeOfLocalMs(plannedLocal),
    shiftedByGap: resolved.kind === 'gap',
    moved: false,
  };
  return { occurrence, startMs };
}

/** Midnight starting a day in a zone. */
const midnightMs = (day: number, zone: string) => resolveLocal(day * MS_PER_DAY, zone).instantMs;

function allDayOccurrenceIn(series: AllDaySeries, day: number, bounds: Bounds, zone: string, removed: ReadonlySet<OccurrenceKey>): Found | null {
  const startMs = midnightMs(day, zone);
  if (!overlaps(startMs, midnightMs(day + series.lengthDays, zone), bounds)) return null;
  const key = allDayKeyOf(day);
  if (removed.has(key)) return null;
  const occurrence: Occurrence = {
    allDay: true,
    key,
    startDate: formatDay(day),
    endDate: formatDay(day + series.lengthDays),
    plannedOn: formatDay(day),
    moved: false,
  };
  return { occurrence, startMs };
}

/** The start and end instants of an occurrence (all-day dates at midnight in `zone`). */
function spanMs(occurrence: Occurrence, zone: string): [number, number] {
  if (!occurrence.allDay) return [parseInstant(occurrence.start) ?? 0, parseInstant(occurrence.end) ?? 0];
  return [midnightMs(dayOfDate(occurrence.startDate) ?? 0, zone), midnightMs(dayOfDate(occurrence.endDate) ?? 0, zone)];
}

/** Whether a key names an occurrence the series' rule produces (exceptions aside). */
function isPlannedKey(series: Series, key: OccurrenceKey): boolean {
  const parsed = parseOccurrenceKey(key);
  if (!parsed) return false;
  let day: number;
  if (series.kind === 'timed') {
    if (parsed.allDay) return false;
    day = dayOfLocalMs(parsed.localMs);
    if (parsed.localMs - day * MS_PER_DAY !== series.timeOfDayMs) return false;
  } else {
    if (!parsed.allDay) return false;
    day = parsed.day;
  }
  return !plannedDays(series, day, day).next().done;
}

/** The subject and place an override gives its occurrence, when it gives them (stored JSON is read defensively). */
function detailsOf(override: { subject?: unknown; location?: unknown }): OccurrenceDetails {
  const details: OccurrenceDetails = {};
  if (typeof override.subject === 'string' && override.subject.trim() !== '') details.subject = override.subject;
  if (typeof override.location === 'string' || override.location === null) details.location = override.location;
  return details;
}

function movedOccurrence(override: Extract<OccurrenceOverride, { timing: EventTiming }>): Occurrence | null {
  const { key, timing } = override;
  const parsed = parseOccurrenceKey(key);
  if (!parsed) return null;
  const details = detailsOf(override);
  if (timing.allDay) {
    const startDay = dayOfDate(timing.startDate);
    const endDay = dayOfDate(timing.endDate);
    if (startDay === null || endDay === null) return null;
    const plannedDay = parsed.allDay ? parsed.day : dayOfLocalMs(parsed.localMs);
    return { allDay: true, key, startDate: timing.startDate, endDate: formatDay(Math.max(endDay, startDay + 1)), plannedOn: formatDay(plannedDay), moved: true, ...details };
  }
  const startMs = parseInstant(timing.start);
  const endMs = parseInstant(timing.end);
  if (startMs === null || endMs === null) return null;
  const plannedLocal = parsed.allDay ? parsed.day * MS_PER_DAY : parsed.localMs;
  return {
    allDay: false,
    key,
    start: toInstant(startMs),
    end: toInstant(Math.max(startMs, endMs)),
    timeZone: timing.timeZone,
    plannedAt: dateTimeOfLocalMs(plannedLocal),
    shiftedByGap: false,
    moved: true,
    ...details,
  };
}

/**
 * The occurrences of an event (with its recurrence, or null for a single event) overlapping
 * the window [from, to), in start order. An empty list for an unreadable timing or window;
 * check rules with validateRule where they are entered (an invalid one expands to the start only).
 */
export function expandOccurrences(event: EventTiming, recurrence: Recurrence | null, window: OccurrenceWindow): Occurrence[] {
  const fromMs = parseInstant(window.from);
  const toMs = parseInstant(window.to);
  const series = seriesOf(event, recurrence);
  if (fromMs === null || toMs === null || toMs <= fromMs || series === null || !isTimeZone(window.timeZone)) return [];
  const bounds = { fromMs, toMs };
  const removed = new Set<OccurrenceKey>([...(recurrence?.exceptions ?? []), ...(recurrence?.overrides ?? []).map((override) => override.key)]);
  const found: Found[] = [];

  let fromDay: number;
  let toDay: number;
  if (series.kind === 'timed') {
    fromDay = dayOfLocalMs(localMsAt(fromMs - series.durationMs, series.zone)) - 1;
    toDay = dayOfLocalMs(localMsAt(toMs, series.zone)) + 1;
  } else {
    fromDay = dayOfLocalMs(localMsAt(fromMs, window.timeZone)) - series.lengthDays - 1;
    toDay = dayOfLocalMs(localMsAt(toMs, window.timeZone)) + 1;
  }
  for (const day of plannedDays(series, fromDay, Math.min(toDay, series.startDay + HORIZON_DAYS))) {
    const entry = series.kind === 'timed' ? timedOccurrenceIn(series, day, bounds, removed) : allDayOccurrenceIn(series, day, bounds, window.timeZone, removed);
    if (entry) found.push(entry);
  }
  const exceptions = new Set(recurrence?.exceptions ?? []);
  for (const override of recurrence?.overrides ?? []) {
    if (override.cancelled || exceptions.has(override.key) || !isPlannedKey(series, override.key)) continue;
    const occurrence = movedOccurrence(override);
    if (!occurrence) continue;
    const [startMs, endMs] = spanMs(occurrence, window.timeZone);
    if (overlaps(startMs, endMs, bounds)) found.push({ occurrence, startMs });
  }
  return found.sort((a, b) => a.startMs - b.startMs || a.occurrence.key.localeCompare(b.occurrence.key)).map((entry) => entry.occurrence);
}

/**
 * The first occurrence starting at or after `after` (all-day ones at midnight in `timeZone`),
 * looking up to 400 years ahead; null when the series has ended. For reminders.
 */
export function nextOccurrence(event: EventTiming, recurrence: Recurrence | null, after: Instant, timeZone: string): Occurrence | null {
  const afterMs = parseInstant(after);
  if (afterMs === null) return null;
  for (const days of [8, 62, 400, 4000, HORIZON_DAYS]) {
    const window = { from: after, to: toInstant(afterMs + days * MS_PER_DAY), timeZone };
    const next = expandOccurrences(event, recurrence, window).find((occurrence) => spanMs(occurrence, timeZone)[0] >= afterMs);
    if (next) return next;
  }
  return null;
}

/**
 * The key an occurrence is known by, from its original start as another calendar wrote it
 * (an iCalendar RECURRENCE-ID or EXDATE): a date, a wall clock in the series' zone, or an
 * instant. An instant that is a planned occurrence's actual start (even one moved by a gap)
 * gets that occurrence's key.
 */
export function occurrenceKeyFor(event: EventTiming, original: { date: string } | { local: string } | { instant: Instant }): OccurrenceKey | null {
  if (event.allDay) {
    if ('date' in original) {
      const day = dayOfDate(original.date);
      return day === null ? null : allDayKeyOf(day);
    }
    if ('local' in original) {
      const parts = parseDateTime(original.local);
      return parts ? allDayKeyOf(dayNumber(parts.year, parts.month, parts.day)) : null;
    }
    const ms = parseInstant(original.instant);
    return ms === null ? null : allDayKeyOf(dayOfLocalMs(ms));
  }
  const startMs = parseInstant(event.start);
  if (startMs === null) return null;
  const startLocal = localMsAt(startMs, event.timeZone);
  const timeOfDayMs = startLocal - dayOfLocalMs(startLocal) * MS_PER_DAY;
  if ('date' in original) {
    const day = dayOfDate(original.date);
    return day === null ? null : timedKeyOf(day * MS_PER_DAY + timeOfDayMs);
  }
  if ('local' in original) {
    const parts = parseDateTime(original.local);
    return parts ? timedKeyOf(localMsOf(parts)) : null;
  }
  const ms = parseInstant(original.instant);
  if (ms === null) return null;
  const local = localMsAt(ms, event.timeZone);
  const planned = dayOfLocalMs(local) * MS_PER_DAY + timeOfDayMs;
  // The planned occurrence of that day, when this instant is its start (also when a gap moved it).
  if (resolveLocal(planned, event.timeZone).instantMs === ms) return timedKeyOf(planned);
  return timedKeyOf(local);
}

export type SeriesSpan =
  | { allDay: false; start: Instant; end: Instant | null }
  | { allDay: true; startDate: string; endDate: string | null };

/**
 * From the first start to the last end of a series (moved occurrences included), for indexing
 * which events may touch a window; end null for a series without end. With UNTIL the end is
 * an upper bound (the last allowed start plus the duration), with COUNT it is exact.
 */
export function seriesSpan(event: EventTiming, recurrence: Recurrence | null): SeriesSpan | null {
  const series = seriesOf(event, recurrence);
  if (!series) return null;
  const rule = recurrence ? normalizeRule(recurrence.rule) : null;
  let lastDay: number | null = series.startDay;
  if (series.plan && rule) {
    if (rule.count !== null) {
      for (const day of plannedDays(series, series.startDay, series.startDay + HORIZON_DAYS)) lastDay = day;
    } else if (rule.until !== null) {
      lastDay = Math.max(series.startDay, untilDay(rule.until));
    } else {
      lastDay = null;
    }
  }
  const moved = (recurrence?.overrides ?? []).flatMap((override) => (override.cancelled ? [] : [override.timing]));
  if (series.kind === 'allDay') {
    const starts = [series.startDay, ...moved.map((timing) => (timing.allDay ? dayOfDate(timing.startDate) : null))].filter((day): day is number => day !== null);
    const ends = moved.map((timing) => (timing.allDay ? dayOfDate(timing.endDate) : null)).filter((day): day is number => day !== null);
    return {
      allDay: true,
      startDate: formatDay(Math.min(...starts)),
      endDate: lastDay === null ? null : formatDay(Math.max(lastDay + series.lengthDays, ...ends)),
    };
  }
  const starts = [series.startMs, ...moved.map((timing) => (timing.allDay ? null : parseInstant(timing.start)))].filter((ms): ms is number => ms !== null);
  const ends = moved.map((timing) => (timing.allDay ? null : parseInstant(timing.end))).filter((ms): ms is number => ms !== null);
  let endMs: number | null = null;
  if (lastDay !== null) {
    const untilMs = rule?.until && 'instant' in rule.until ? parseInstant(rule.until.instant) : null;
    const lastStart =
      untilMs !== null
        ? Math.max(series.startMs, untilMs)
        : lastDay === series.startDay
          ? series.startMs
          : resolveLocal(lastDay * MS_PER_DAY + series.timeOfDayMs, series.zone).instantMs;
    endMs = Math.max(lastStart + series.durationMs, ...ends);
  }
  return { allDay: false, start: toInstant(Math.min(...starts)), end: endMs === null ? null : toInstant(endMs) };
}
