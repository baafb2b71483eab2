import type { Activity, ActivityKind, ActivityListRow, Attendee, AttendeeRef, CallOutcome, Direction, LinkedRecord, TaskPriority } from '../../../src-shared/domain/activities';
import { eventTimingOf, parseRecurrence } from '../../../src-shared/domain/activity-span';
import type { EventTiming, Recurrence } from '../../../src-shared/domain/recurrence';
import type { UserRef } from '../../../src-shared/domain/records';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { parseJson } from '../common/json';
import { usersById } from '../common/refs';
import { placeholders } from '../common/sql';

/** Contract field → column, for the fields stored as they are (timing and recurrence have their own columns). */
export const activityColumns: Record<string, string> = {
  subject: 'subject',
  notes: 'notes',
  ownerId: 'owner_id',
  scope: 'scope',
  contactId: 'contact_id',
  companyId: 'company_id',
  dealId: 'deal_id',
  location: 'location',
  attendees: 'attendees',
  priority: 'priority',
  direction: 'direction',
  durationMinutes: 'duration_min',
  outcome: 'outcome',
  reminders: 'reminders',
  followUpOf: 'follow_up_of',
};

/** The timing columns in the words of the change log readers (history, Sync review). */
export const activityTimingColumns: Record<string, string> = {
  allDay: 'all_day',
  start: 'starts_at',
  end: 'ends_at',
  startDate: 'start_date',
  endDate: 'end_date',
  timeZone: 'time_zone',
  recurrence: 'recurrence',
  doneAt: 'done_at',
  kind: 'kind',
  icalUid: 'ical_uid',
};

export type ActivityDbRow = {
  id: string;
  kind: string;
  subject: string;
  notes: string | null;
  owner_id: string;
  scope: string | null;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  all_day: number;
  starts_at: string | null;
  ends_at: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  recurrence: string | null;
  span_start: string;
  span_end: string;
  long_span: number;
  location: string | null;
  attendees: string | null;
  priority: string | null;
  done_at: string | null;
  direction: string | null;
  duration_min: number | null;
  outcome: string | null;
  reminders: string | null;
  follow_up_of: string | null;
  ical_uid: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
};

const utc = (instant: string) => new Date(Date.parse(instant)).toISOString();

/** Instants in UTC ('…Z'), whatever offset they were written with: spans and the agenda compare them as text. */
export function normalizeTiming(timing: EventTiming): EventTiming {
  return timing.allDay ? timing : { ...timing, start: utc(timing.start), end: utc(timing.end) };
}

/** A recurrence as stored: moved occurrences' instants in UTC too. */
export function normalizeRecurrence(recurrence: Recurrence): Recurrence {
  if (!recurrence.overrides?.length) return recurrence;
  return { ...recurrence, overrides: recurrence.overrides.map((override) => (override.cancelled ? override : { ...override, timing: normalizeTiming(override.timing) })) };
}

/** The timing columns of an activity (or a busy slot), written together so that none is left over from a previous timing. */
export function timingColumnValues(timing: EventTiming | null): Row {
  if (!timing) return { all_day: 0, starts_at: null, ends_at: null, start_date: null, end_date: null, time_zone: null };
  if (timing.allDay) return { all_day: 1, starts_at: null, ends_at: null, start_date: timing.startDate, end_date: timing.endDate, time_zone: null };
  return {
    all_day: 0,
    starts_at: utc(timing.start),
    ends_at: utc(timing.end),
    start_date: null,
    end_date: null,
    time_zone: timing.timeZone,
  };
}

type TimingRow = Pick<ActivityDbRow, 'all_day' | 'starts_at' | 'ends_at' | 'start_date' | 'end_date' | 'time_zone'>;

export function timingOfRow(row: TimingRow): EventTiming | null {
  return eventTimingOf({ allDay: row.all_day === 1, startsAt: row.starts_at, endsAt: row.ends_at, startDate: row.start_date, endDate: row.end_date, timeZone: row.time_zone });
}

/** When a row happens, happened or is due, as an instant (an all-day one at midnight UTC of its first day); null when undated. */
export function atOfRow(row: TimingRow): string | null {
  const timing = timingOfRow(row);
  if (!timing) return null;
  return timing.allDay ? `${timing.startDate}T00:00:00.000Z` : timing.start;
}

export const attendeesOf = (row: Pick<ActivityDbRow, 'attendees'>): AttendeeRef[] => parseJson<AttendeeRef[]>(row.attendees, []);
export const remindersOf = (row: Pick<ActivityDbRow, 'reminders'>): number[] => parseJson<number[]>(row.reminders, []);

/** The names of the contacts, companies and deals rows point to (and of attendee contacts), read once for a page. */
export type LinkNames = { contacts: Map<string, string>; companies: Map<string, string>; deals: Map<string, string>; users: Map<string, UserRef> };

function namesOf(db: ReadDb, sqlText: string, ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = prepared(db, `${sqlText} WHERE id IN (${placeholders(unique.length)})`).all(...unique) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

function contactNames(db: ReadDb, ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = prepared(db, `SELECT id, first_name, last_name FROM contacts WHERE id IN (${placeholders(unique.length)})`).all(...unique) as {
    id: string;
    first_name: string | null;
    last_name: string | null;
  }[];
  return new Map(rows.map((row) => [row.id, personDisplayName(row.first_name, row.last_name)]));
}

type LinkedRow = Pick<ActivityDbRow, 'owner_id' | 'contact_id' | 'company_id' | 'deal_id'> & { attendees?: string | null };

export function linkNames(db: ReadDb, rows: readonly LinkedRow[]): LinkNames {
  const attendees = rows.flatMap((row) => (row.attendees ? attendeesOf({ attendees: row.attendees }) : []));
  const contactIds = [...rows.map((row) => row.contact_id), ...attendees.filter((a) => a.kind === 'contact').map((a) => a.id)].filter((id): id is string => !!id);
  const contacts = contactNames(db, contactIds);
  return {
    contacts,
    companies: namesOf(db, 'SELECT id, name FROM companies', rows.map((row) => row.company_id).filter((id): id is string => !!id)),
    deals: namesOf(db, 'SELECT id, title AS name FROM deals', rows.map((row) => row.deal_id).filter((id): id is string => !!id)),
    users: usersById(db, [...rows.map((row) => row.owner_id), ...attendees.filter((a) => a.kind === 'user').map((a) => a.id)]),
  };
}

const linked = (names: Map<string, string>, id: string | null): LinkedRecord | null => {
  if (!id) return null;
  const name = names.get(id);
  return name === undefined ? null : { id, name };
};

export function linksOf(row: LinkedRow, names: LinkNames): Pick<Activity, 'contact' | 'company' | 'deal'> {
  return { contact: linked(names.contacts, row.contact_id), company: linked(names.companies, row.company_id), deal: linked(names.deals, row.deal_id) };
}

export function activityFromRow(row: ActivityDbRow, names: LinkNames): Activity {
  const attendees: Attendee[] = attendeesOf(row).map((attendee) => ({
    ...attendee,
    name: (attendee.kind === 'user' ? names.users.get(attendee.id)?.displayName : names.contacts.get(attendee.id)) ?? '',
  }));
  return {
    id: row.id,
    kind: row.kind as ActivityKind,
    subject: row.subject,
    notes: row.notes,
    owner: names.users.get(row.owner_id) ?? null,
    scope: row.scope,
    ...linksOf(row, names),
    timing: timingOfRow(row),
    recurrence: parseRecurrence(row.recurrence),
    location: row.location,
    attendees,
    priority: row.priority as TaskPriority | null,
    doneAt: row.done_at,
    direction: row.direction as Direction | null,
    durationMinutes: row.duration_min,
    outcome: row.outcome as CallOutcome | null,
    reminders: remindersOf(row),
    followUpOf: row.follow_up_of,
    icalUid: row.ical_uid,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
  };
}

/** The columns a list row needs (lists, Today, timelines). */
export const LIST_COLUMNS =
  'a.id, a.kind, a.subject, a.owner_id, a.scope, a.contact_id, a.company_id, a.deal_id, a.all_day, a.starts_at, a.ends_at, a.start_date, a.end_date, a.time_zone, a.span_start, a.priority, a.done_at, a.outcome, a.created_at';

export type ListDbRow = Pick<
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
  | 'span_start'
  | 'priority'
  | 'done_at'
  | 'outcome'
  | 'created_at'
>;

export function listRowFromRow(row: ListDbRow, names: LinkNames): ActivityListRow {
  return {
    id: row.id,
    kind: row.kind as ActivityKind,
    subject: row.subject,
    owner: names.users.get(row.owner_id) ?? null,
    ...linksOf(row, names),
    at: atOfRow(row),
    allDay: row.all_day === 1,
    priority: row.priority as TaskPriority | null,
    doneAt: row.done_at,
    outcome: row.outcome as CallOutcome | null,
    private: row.scope === 'private',
    createdAt: row.created_at,
  };
}

/** List rows with their names, read once for all of them. */
export function listRowsOf(db: ReadDb, rows: readonly ListDbRow[]): ActivityListRow[] {
  const names = linkNames(db, rows);
  return rows.map((row) => listRowFromRow(row, names));
}
