import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { eventKinds, scheduledKinds, type ActivityKind, type AgendaEvent } from '../../../src-shared/domain/activities';
import { parseRecurrence } from '../../../src-shared/domain/activity-span';
import {
  dayOfDate,
  expandOccurrences,
  instantOfLocal,
  MS_PER_DAY,
  type EventTiming,
  type OccurrenceDetails,
  type OccurrenceKey,
  type OccurrenceWindow,
  type Recurrence,
} from '../../../src-shared/domain/recurrence';
import type { UserRef } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import { usersById } from '../common/refs';
import { placeholders } from '../common/sql';
import { busySlotsIn } from './busy-slots';
import { attendeesOf, linkNames, linksOf, timingOfRow, type ActivityDbRow, type LinkNames } from './mapping';
import { isVisible } from './queries';

/** Short activities span at most this long (activity-span.ts): a window reads starts from this far back. */
const LONGEST_SHORT_MS = 31 * MS_PER_DAY;

const AGENDA_COLUMNS =
  'a.id, a.kind, a.subject, a.owner_id, a.scope, a.contact_id, a.company_id, a.deal_id, a.all_day, a.starts_at, a.ends_at, a.start_date, a.end_date, a.time_zone, a.recurrence, a.location, a.attendees, a.done_at';

type AgendaRow = Pick<
  ActivityDbRow,
  | 'id'
  | 'kind'
  | 'subject'
  | 'owner_id'
  | 'scope'
  | 'contact_id'
  | 'company_id'
  | 'deal_id'
  | 'all_day'
  | 'starts_at'
  | 'ends_at'
  | 'start_date'
  | 'end_date'
  | 'time_zone'
  | 'recurrence'
  | 'location'
  | 'attendees'
  | 'done_at'
>;

export type AgendaQuery = { userId: string; window: OccurrenceWindow; userIds: readonly string[]; kinds: readonly ActivityKind[] };

const iso = (ms: number) => new Date(ms).toISOString();

const DATED = '(a.starts_at IS NOT NULL OR a.start_date IS NOT NULL)';
/**
 * A short activity (its span at most 31 days) that may touch [from, to): it starts at most 31 days
 * before. Kept off the span index (`+long_span`: the whole office's activities of those weeks),
 * for the narrower owner and open-task indexes.
 */
const SHORT_SPAN = 'a.span_start >= ? AND a.span_start < ? AND +a.long_span = 0 AND a.span_end >= ?';

/** Attendee lists hold `"id":"<user id>"`: a first sieve in SQL, confirmed in `concerns`. */
const attendedBy = (count: number) => `(${Array.from({ length: count }, () => 'instr(a.attendees, ?) > 0').join(' OR ')})`;
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`);

/**
 * The activities that may touch the window, by their derived span: short ones by start (from 31
 * days before the window), series and long events by end. Owned ones come from each user's own
 * range of the owner index; attended ones are meetings and visits, read per owner and kind from
 * the open-task index (meetings are never "done"), so that a week reads the week's meetings of
 * the office rather than all of its activities.
 */
function candidateRows(db: ReadDb, query: AgendaQuery, fromMs: number): AgendaRow[] {
  const { from, to } = query.window;
  const span = [iso(fromMs - LONGEST_SHORT_MS), to, from];
  const kinds = placeholders(query.kinds.length);
  const users = placeholders(query.userIds.length);
  const owned = prepared(
    db,
    `SELECT ${AGENDA_COLUMNS} FROM activities a WHERE a.owner_id IN (${users}) AND a.deleted = 0 AND ${SHORT_SPAN} AND a.kind IN (${kinds}) AND ${DATED}`,
  ).all(...query.userIds, ...span, ...query.kinds) as AgendaRow[];

  const meetingKinds = query.kinds.filter((kind) => (eventKinds as readonly ActivityKind[]).includes(kind));
  let attended: AgendaRow[] = [];
  if (meetingKinds.length > 0) {
    const owners = prepared(db, 'SELECT id FROM users').pluck().all() as string[];
    // Not the span index (the whole office's activities of those weeks): the open-task one, by owner and kind.
    attended = prepared(
      db,
      `SELECT ${AGENDA_COLUMNS} FROM activities a
        WHERE a.owner_id IN (${placeholders(owners.length)}) AND a.kind IN (${placeholders(meetingKinds.length)}) AND a.done_at IS NULL AND a.deleted = 0
          AND ${SHORT_SPAN} AND ${attendedBy(query.userIds.length)} AND ${DATED}`,
    ).all(...owners, ...meetingKinds, ...span, ...quoted(query.userIds)) as AgendaRow[];
  }
  const long = prepared(
    db,
    `SELECT ${AGENDA_COLUMNS} FROM activities a
      WHERE a.long_span = 1 AND a.span_end >= ? AND a.span_start < ? AND a.deleted = 0 AND a.kind IN (${kinds})
        AND (a.owner_id IN (${users}) OR ${attendedBy(query.userIds.length)}) AND ${DATED}`,
  ).all(from, to, ...query.kinds, ...query.userIds, ...quoted(query.userIds)) as AgendaRow[];
  const byId = new Map<string, AgendaRow>();
  for (const row of [...owned, ...attended, ...long]) byId.set(row.id, row);
  return [...byId.values()];
}

/** Whether one of the users owns the activity or attends it (the SQL test on attendees is a first sieve). */
function concerns(row: AgendaRow, users: ReadonlySet<string>): boolean {
  return users.has(row.owner_id) || attendeesOf(row).some((attendee) => attendee.kind === 'user' && users.has(attendee.id));
}

type Placed = { event: AgendaEvent; sortMs: number };

type Span = { allDay: false; start: string; end: string } | { allDay: true; startDate: string; endDate: string };

const midnight = (date: string, zone: string) => instantOfLocal((dayOfDate(date) ?? 0) * MS_PER_DAY, zone);

/** Where an occurrence sits: timed, its instants; all-day, its dates at midnight UTC (sorted at midnight in the viewer's zone). */
function place(occurrence: Span, zone: string): Pick<AgendaEvent, 'allDay' | 'start' | 'end' | 'startDate' | 'endDate'> & { sortMs: number } {
  if (!occurrence.allDay) {
    return { allDay: false, start: occurrence.start, end: occurrence.end, startDate: null, endDate: null, sortMs: Date.parse(occurrence.start) };
  }
  return {
    allDay: true,
    start: `${occurrence.startDate}T00:00:00.000Z`,
    end: `${occurrence.endDate}T00:00:00.000Z`,
    startDate: occurrence.startDate,
    endDate: occurrence.endDate,
    sortMs: midnight(occurrence.startDate, zone),
  };
}

/**
 * The occurrences of an activity in the window, keyed (null for a single activity). A single
 * one is placed directly — the same overlap rule as the series expansion: [start, end) meets
 * [from, to), an instant counts from `from` up to `to` excluded; all-day dates read in the window's zone.
 */
function occurrencesIn(timing: EventTiming, recurrence: Recurrence | null, window: OccurrenceWindow): { key: OccurrenceKey | null; span: Span; own: OccurrenceDetails }[] {
  if (recurrence) {
    return expandOccurrences(timing, recurrence, window).map((occurrence) => ({
      key: occurrence.key,
      span: occurrence,
      own: { subject: occurrence.subject, location: occurrence.location },
    }));
  }
  const [startMs, endMs] = timing.allDay
    ? [midnight(timing.startDate, window.timeZone), midnight(timing.endDate, window.timeZone)]
    : [Date.parse(timing.start), Date.parse(timing.end)];
  const fromMs = Date.parse(window.from);
  const toMs = Date.parse(window.to);
  const meets = endMs > startMs ? startMs < toMs && endMs > fromMs : startMs >= fromMs && startMs < toMs;
  return meets ? [{ key: null, span: timing, own: {} }] : [];
}

function activityEvents(row: AgendaRow, window: OccurrenceWindow, names: LinkNames): Placed[] {
  const timing = timingOfRow(row);
  if (!timing) return [];
  const recurrence = parseRecurrence(row.recurrence);
  return occurrencesIn(timing, recurrence, window).map(({ key, span, own }) => {
    const { sortMs, ...at } = place(span, window.timeZone);
    const event: AgendaEvent = {
      key: key ? `${row.id}/${key}` : row.id,
      activityId: row.id,
      occurrenceKey: key,
      kind: row.kind as ActivityKind,
      busy: false,
      // An occurrence edited on its own shows its own subject and place.
      subject: own.subject ?? row.subject,
      owner: names.users.get(row.owner_id) ?? null,
      ...at,
      location: own.location !== undefined ? own.location : row.location,
      recurring: recurrence !== null,
      doneAt: row.done_at,
      private: row.scope === 'private',
      ...linksOf(row, names),
    };
    return { event, sortMs };
  });
}

type BusyRow = ReturnType<typeof busySlotsIn>[number];

/** Another user's private time: owner and times, never a subject, a place or a link. */
function busyEvents(slot: BusyRow, window: OccurrenceWindow, owners: Map<string, UserRef>): Placed[] {
  const timing = timingOfRow(slot);
  if (!timing) return [];
  const recurrence = parseRecurrence(slot.recurrence);
  return occurrencesIn(timing, recurrence, window).map(({ key, span }) => {
    const { sortMs, ...at } = place(span, window.timeZone);
    const event: AgendaEvent = {
      key: key ? `${slot.id}/${key}` : slot.id,
      activityId: slot.id,
      occurrenceKey: key,
      kind: 'meeting',
      busy: true,
      subject: null,
      owner: owners.get(slot.owner_id) ?? null,
      ...at,
      location: null,
      recurring: recurrence !== null,
      doneAt: null,
      private: true,
      contact: null,
      company: null,
      deal: null,
    };
    return { event, sortMs };
  });
}

/**
 * The agenda's occurrences overlapping [from, to) for these users, in start order: their
 * activities (owned or attended) with every detail, and other users' private ones as busy time
 * only. Recurring series are expanded in the window's zone (all-day dates are read there).
 */
export function agendaEvents(db: ReadDb, query: AgendaQuery): AgendaEvent[] {
  const fromMs = Date.parse(query.window.from);
  const window: OccurrenceWindow = { from: iso(fromMs), to: iso(Date.parse(query.window.to)), timeZone: query.window.timeZone };
  const normalized = { ...query, window };
  const users = new Set(query.userIds);
  const rows = query.kinds.length === 0 ? [] : candidateRows(db, normalized, fromMs).filter((row) => isVisible(row, query.userId) && concerns(row, users));
  const names = linkNames(db, rows);
  const placed = rows.flatMap((row) => activityEvents(row, window, names));

  const showsBusy = query.kinds.some((kind) => (eventKinds as readonly ActivityKind[]).includes(kind));
  const others = query.userIds.filter((id) => id !== query.userId);
  if (showsBusy && others.length > 0) {
    const shown = new Set(rows.map((row) => row.id));
    const slots = busySlotsIn(db, { earliest: iso(fromMs - LONGEST_SHORT_MS), from: window.from, to: window.to }, others).filter((slot) => !shown.has(slot.id));
    const owners = usersById(db, slots.map((slot) => slot.owner_id));
    placed.push(...slots.flatMap((slot) => busyEvents(slot, window, owners)));
  }
  return placed.sort((a, b) => a.sortMs - b.sortMs || a.event.key.localeCompare(b.event.key)).map((entry) => entry.event);
}

const agendaKinds: ReadonlySet<ActivityKind> = new Set(scheduledKinds);

export function agendaRange(db: ReadDb, userId: string, input: ApiParsedInput<'agenda.range'>): AgendaEvent[] {
  return agendaEvents(db, {
    userId,
    window: { from: input.from, to: input.to, timeZone: input.timeZone },
    userIds: input.userIds ?? [userId],
    kinds: (input.kinds ?? scheduledKinds).filter((kind) => agendaKinds.has(kind)),
  });
}
