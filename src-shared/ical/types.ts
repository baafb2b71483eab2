/**
 * Calendar events as iCalendar carries them, in the agenda's terms: what the writer takes and
 * what the parser gives back (meeting candidates, with where each came from), plus the import
 * report — what was skipped and why, what was kept with a reservation.
 */
import type { EventTiming, Instant, OccurrenceKey, RecurrenceProblem, RecurrenceRule } from '../domain/recurrence/types';

export type CalendarPerson = { email: string | null; name: string | null };

/** A single-occurrence edit: cancelled, or moved (and possibly retitled, relocated…). */
export type CalendarOverride =
  | { key: OccurrenceKey; cancelled: true }
  | { key: OccurrenceKey; cancelled?: false; timing: EventTiming; summary?: string; location?: string | null; description?: string | null };

export type CalendarEvent = {
  /** iCalendar UID, stable across exports: the same event imported twice is recognised. */
  uid: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  timing: EventTiming;
  rule?: RecurrenceRule | null;
  /** Occurrences removed (EXDATE). */
  exceptions?: readonly OccurrenceKey[];
  overrides?: readonly CalendarOverride[];
  /** Reminders, in minutes before the start (0: at the start). */
  reminders?: readonly number[];
  /** Shown to others as busy only (CLASS:PRIVATE or CONFIDENTIAL). */
  private?: boolean;
  status?: 'confirmed' | 'tentative';
  /** False for events that do not block time (TRANSP:TRANSPARENT). */
  busy?: boolean;
  organizer?: CalendarPerson | null;
  attendees?: readonly CalendarPerson[];
  categories?: readonly string[];
  sequence?: number;
  created?: Instant | null;
  lastModified?: Instant | null;
};

export type SkipReason =
  | 'missing_dtstart'
  | 'invalid_date'
  | 'end_before_start'
  | 'invalid_rrule'
  | 'unknown_time_zone'
  | 'unsupported_component'
  | 'cancelled'
  | 'duplicate_uid'
  | 'truncated';

export type WarningReason =
  | 'malformed_line'
  | 'extra_dates_ignored'
  | 'extra_rules_ignored'
  | 'alarm_ignored'
  | 'override_ignored'
  | 'exception_ignored'
  | 'time_zone_matched';

/** Where in the file, and what: the line the component starts on, its UID and title when known. */
export type ImportNote<Reason> = {
  reason: Reason;
  line: number;
  uid: string | null;
  summary: string | null;
  /** The text at fault (a date, a zone name, a component name), as written. */
  detail?: string;
  /** For invalid_rrule: what is wrong with the rule. */
  problem?: RecurrenceProblem;
};

export type SkippedItem = ImportNote<SkipReason>;
export type ImportWarning = ImportNote<WarningReason>;

/** An event read from a file: every field present, with the line it starts on. */
export type ImportedEvent = Required<Omit<CalendarEvent, 'rule' | 'organizer' | 'created' | 'lastModified'>> & {
  rule: RecurrenceRule | null;
  organizer: CalendarPerson | null;
  created: Instant | null;
  lastModified: Instant | null;
  line: number;
};

export type ICalendarImport = {
  events: ImportedEvent[];
  skipped: SkippedItem[];
  warnings: ImportWarning[];
  calendarName: string | null;
  /** X-WR-TIMEZONE: the zone floating times were read in, when the file gives one. */
  calendarTimeZone: string | null;
  productId: string | null;
};

/** Why a whole file is refused. */
export type ICalendarProblem = { code: 'too_large'; bytes: number; limit: number } | { code: 'not_icalendar' };

export type ICalendarResult = { ok: true; value: ICalendarImport } | { ok: false; problem: ICalendarProblem };
