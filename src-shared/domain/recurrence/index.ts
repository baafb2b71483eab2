/**
 * Recurring events — the pure core the agenda, reminders and iCalendar stand on.
 *
 * Design:
 * - A rule is the RFC 5545 RRULE subset a CRM's users make and receive: DAILY, WEEKLY,
 *   MONTHLY, YEARLY with INTERVAL, COUNT or UNTIL, BYDAY (numbered: "2nd Tuesday", "last
 *   Friday"), BYMONTHDAY, BYMONTH, BYSETPOS ("last weekday of the month") and WKST. Sub-daily
 *   frequencies, BYHOUR/BYMINUTE/BYSECOND, BYYEARDAY and BYWEEKNO are refused as unsupported.
 * - Timed events are instants planned in a named IANA zone; a series repeats at the same wall
 *   clock in that zone, across daylight-saving changes (zone.ts: gaps move forward by their
 *   length, overlaps take the first moment — RFC 5545 3.3.5). All-day events are dates.
 * - Occurrences are keyed by their planned start (a RECURRENCE-ID-shaped wall clock or date),
 *   which exceptions (EXDATE) and single-occurrence edits (moved or cancelled) refer to.
 * - Expansion is computed by calendar arithmetic on day numbers (civil.ts, pattern.ts) and
 *   jumps to the window asked for (series.ts); only the occurrences found go through the zone.
 * - Pure: no Node, no DOM, no database; time zones through Intl, which every runtime here ships.
 */
export * from './civil';
export { expandOccurrences, nextOccurrence, occurrenceKeyFor, parseInstant, parseOccurrenceKey, seriesSpan, toInstant, type SeriesSpan } from './expand';
export { parseRRule, formatRRule } from './rrule';
export { normalizeRule, validateRule, MAX_COUNT, MAX_INTERVAL } from './rule';
export { describeRecurrence, describeRecurrenceProblem } from './summary';
export * from './types';
export { isTimeZone, localMsAt, offsetMsAt, resolveLocal, instantOfLocal, zoneLookupCount, type LocalResolution } from './zone';
