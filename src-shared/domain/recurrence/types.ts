/**
 * The shapes of recurring events: a rule (the RFC 5545 RRULE subset the agenda supports), the
 * event's timing, exceptions and single-occurrence edits, and the occurrences they expand to.
 * Plain JSON-able data: instants are ISO 8601 UTC strings, dates and wall clocks are strings
 * (civil.ts), so these cross IPC and sit in the database as they are.
 */
import type { CivilDate, LocalDateTime } from './civil';

/** An instant, ISO 8601 in UTC: '2027-03-28T07:00:00.000Z'. */
export type Instant = string;

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export const frequencies = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export type Frequency = (typeof frequencies)[number];

/**
 * A day of the week, optionally numbered: { weekday: 'TU', ordinal: 2 } is the second Tuesday
 * (of the month in a monthly rule, or of the month or year in a yearly rule), ordinal -1 the
 * last. Without ordinal: every such day of the period.
 */
export type WeekdayRule = { weekday: Weekday; ordinal?: number };

/**
 * The last day a series may occur on, inclusive: a calendar date (in the event's zone, or the
 * date itself for all-day events), an instant, or a wall clock in the event's zone (what a
 * "floating" RRULE UNTIL means).
 */
export type RecurrenceUntil = { date: CivilDate } | { instant: Instant } | { local: LocalDateTime };

export type RecurrenceRule = {
  frequency: Frequency;
  /** Every `interval` days/weeks/months/years; 1 when absent. */
  interval?: number;
  /** Weekly: the days of the week; monthly/yearly: (numbered) weekdays; daily: a filter. */
  byDay?: readonly WeekdayRule[];
  /** Days of the month, 1…31 or -1 (last) … -31; months without that day are skipped. */
  byMonthDay?: readonly number[];
  /** Months, 1…12: the months of a yearly rule, a filter otherwise. */
  byMonth?: readonly number[];
  /** Positions within each period's set, 1… or -1 (last) …: "the last weekday of the month". */
  bySetPos?: readonly number[];
  /** The first day of the week for weekly rules with an interval; Monday when absent. */
  weekStart?: Weekday;
  /** At most this many occurrences, the event's own start counted as the first. */
  count?: number | null;
  until?: RecurrenceUntil | null;
};

/** A rule with every field present, arrays sorted and without duplicates. */
export type NormalizedRule = {
  frequency: Frequency;
  interval: number;
  byDay: WeekdayRule[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  weekStart: Weekday;
  count: number | null;
  until: RecurrenceUntil | null;
};

/**
 * When an event happens. Timed events are instants planned in a named IANA zone: a series
 * repeats at the wall clock its start shows in that zone (a start written in a spring-forward
 * gap, 02:30 on the day clocks jump to 03:00, is the instant 03:30 and repeats at 03:30). All-day
 * events are dates, the end exclusive (a one-day event on 14 July: startDate '2027-07-14',
 * endDate '2027-07-15').
 */
export type EventTiming =
  | { allDay: false; start: Instant; end: Instant; timeZone: string }
  | { allDay: true; startDate: CivilDate; endDate: CivilDate };

/**
 * Identifies one occurrence of a series by its original, planned start, as an iCalendar
 * RECURRENCE-ID would: the wall clock in the series' zone, 'YYYYMMDDTHHMMSS', for timed
 * series; the date, 'YYYYMMDD', for all-day ones. Stable while the series' start and zone stay.
 */
export type OccurrenceKey = string;

/**
 * A single-occurrence edit: the occurrence cancelled, or changed on its own — at its `timing`
 * (moved, or where the series planned it), with its own subject and place when given. Absent
 * `subject` / `location`: the series' (overrides written before they existed read that way);
 * `location` null: this occurrence has none.
 */
export type OccurrenceOverride =
  | { key: OccurrenceKey; cancelled: true }
  | { key: OccurrenceKey; cancelled?: false; timing: EventTiming; subject?: string; location?: string | null };

/** What a single-occurrence edit gives an occurrence besides its time (absent: the series'). */
export type OccurrenceDetails = { subject?: string; location?: string | null };

export type Recurrence = {
  rule: RecurrenceRule;
  /** Occurrences removed from the series (iCalendar EXDATE). */
  exceptions?: readonly OccurrenceKey[];
  overrides?: readonly OccurrenceOverride[];
};

/** The window asked for: occurrences overlapping [from, to). All-day dates are read in `timeZone`. */
export type OccurrenceWindow = { from: Instant; to: Instant; timeZone: string };

export type TimedOccurrence = {
  allDay: false;
  key: OccurrenceKey;
  start: Instant;
  end: Instant;
  timeZone: string;
  /** The wall clock the series planned this occurrence at, in the series' zone. */
  plannedAt: LocalDateTime;
  /** The planned wall clock did not exist (spring forward): the occurrence moved forward by the gap. */
  shiftedByGap: boolean;
  /** Changed by a single-occurrence edit (moved, or given its own subject or place). */
  moved: boolean;
} & OccurrenceDetails;

export type AllDayOccurrence = {
  allDay: true;
  key: OccurrenceKey;
  startDate: CivilDate;
  /** Exclusive. */
  endDate: CivilDate;
  /** The date the series planned, before any single-occurrence edit. */
  plannedOn: CivilDate;
  /** Changed by a single-occurrence edit (moved, or given its own subject or place). */
  moved: boolean;
} & OccurrenceDetails;

export type Occurrence = TimedOccurrence | AllDayOccurrence;

/** What is wrong with a rule or its RRULE text; describe it with describeRecurrenceProblem. */
export type RecurrenceProblem = {
  code:
    | 'empty'
    | 'malformed'
    | 'missing_frequency'
    | 'unknown_part'
    | 'duplicate_part'
    | 'invalid_value'
    | 'unsupported'
    | 'count_and_until'
    | 'invalid_combination';
  /** The RRULE part at fault ('BYDAY', 'UNTIL'…), when there is one. */
  part?: string;
  /** The offending text, as written. */
  value?: string;
};

export type RecurrenceResult<T> = { ok: true; value: T } | { ok: false; problem: RecurrenceProblem };
