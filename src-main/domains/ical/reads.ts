/**
 * What the export reads: the activities some users own or attend whose span reaches a window,
 * through the agenda's span indexes in one statement, then the names and e-mails they point to
 * in one read per table (never one per activity).
 */
import type { ActivityKind } from '../../../src-shared/domain/activities';
import { MS_PER_DAY } from '../../../src-shared/domain/recurrence';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { attendeeRefsOf, type ExportNames, type ExportRow, type Person } from './convert';

/** The columns read, in this order (rows come as arrays: better-sqlite3 makes objects of 22 keys far more slowly than V8 does). */
const COLUMN_NAMES = [
  'id',
  'kind',
  'subject',
  'notes',
  'owner_id',
  'scope',
  'contact_id',
  'company_id',
  'deal_id',
  'all_day',
  'starts_at',
  'ends_at',
  'start_date',
  'end_date',
  'time_zone',
  'recurrence',
  'location',
  'attendees',
  'reminders',
  'ical_uid',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ExportRow)[];

const COLUMNS = COLUMN_NAMES.map((name) => `a.${name}`).join(', ');

/** Where each column sits in a row read as an array. */
const at = Object.fromEntries(COLUMN_NAMES.map((name, index) => [name, index])) as Record<(typeof COLUMN_NAMES)[number], number>;

/** A row read as an array, as its object (a literal: one shape for V8). */
function exportRowOf(values: readonly unknown[]): ExportRow {
  return {
    id: values[at.id] as ExportRow['id'],
    kind: values[at.kind] as ExportRow['kind'],
    subject: values[at.subject] as ExportRow['subject'],
    notes: values[at.notes] as ExportRow['notes'],
    owner_id: values[at.owner_id] as ExportRow['owner_id'],
    scope: values[at.scope] as ExportRow['scope'],
    contact_id: values[at.contact_id] as ExportRow['contact_id'],
    company_id: values[at.company_id] as ExportRow['company_id'],
    deal_id: values[at.deal_id] as ExportRow['deal_id'],
    all_day: values[at.all_day] as ExportRow['all_day'],
    starts_at: values[at.starts_at] as ExportRow['starts_at'],
    ends_at: values[at.ends_at] as ExportRow['ends_at'],
    start_date: values[at.start_date] as ExportRow['start_date'],
    end_date: values[at.end_date] as ExportRow['end_date'],
    time_zone: values[at.time_zone] as ExportRow['time_zone'],
    recurrence: values[at.recurrence] as ExportRow['recurrence'],
    location: values[at.location] as ExportRow['location'],
    attendees: values[at.attendees] as ExportRow['attendees'],
    reminders: values[at.reminders] as ExportRow['reminders'],
    ical_uid: values[at.ical_uid] as ExportRow['ical_uid'],
    created_at: values[at.created_at] as ExportRow['created_at'],
    updated_at: values[at.updated_at] as ExportRow['updated_at'],
  };
}

/**
 * Whose: owned by one of the users or attended by one (a first sieve on the JSON text, checked
 * exactly in `concerns`), as the agenda shows them. Who sees what: another user's private
 * activity is never read (its owner's agenda shows a busy slot, and busy slots are not exported
 * either) — the agenda's rule (activities/queries.ts).
 */
const WHO = `a.kind IN (SELECT value FROM json_each(@kinds))
  AND (a.owner_id IN (SELECT value FROM json_each(@owners))
       OR EXISTS (SELECT 1 FROM json_each(@owners) u WHERE instr(a.attendees, '"' || u.value || '"') > 0))
  AND (a.scope IS NOT 'private' OR a.owner_id = @user)`;

/** A short activity's span is at most 31 days: one that reaches `from` started at most that long before. */
const SHORT_SPAN_MS = 32 * MS_PER_DAY;

/** One of the users owns the activity or attends it. */
function concerns(row: ExportRow, owners: ReadonlySet<string>): boolean {
  return owners.has(row.owner_id) || attendeeRefsOf(row).some((attendee) => attendee.kind === 'user' && owners.has(attendee.id));
}

export type ExportQuery = { userId: string; owners: readonly string[]; kinds: readonly ActivityKind[]; from: string; to: string };

/**
 * The live activities of `owners` (owned or attended), of `kinds`, whose span reaches [from, to)
 * (ISO instants), in one statement over the agenda's span indexes: short ones by start
 * (`activities_by_span`), series and long events by end (`activities_long_by_end`); in start order.
 */
export function exportRows(db: ReadDb, query: ExportQuery): ExportRow[] {
  const params = {
    user: query.userId,
    owners: JSON.stringify(query.owners),
    kinds: JSON.stringify(query.kinds),
    from: query.from,
    to: query.to,
    earliest: new Date(Date.parse(query.from) - SHORT_SPAN_MS).toISOString(),
  };
  const rows = prepared(
    db,
    `SELECT ${COLUMNS}, a.span_start FROM activities a INDEXED BY activities_by_span
      WHERE a.deleted = 0 AND a.long_span = 0 AND a.span_start >= @earliest AND a.span_start < @to AND a.span_end >= @from AND ${WHO}
     UNION ALL
     SELECT ${COLUMNS}, a.span_start FROM activities a INDEXED BY activities_long_by_end
      WHERE a.long_span = 1 AND a.span_end >= @from AND a.span_start < @to AND a.deleted = 0 AND ${WHO}
     ORDER BY span_start, id`,
  )
    .raw(true)
    .all(params) as unknown[][];
  const owners = new Set(query.owners);
  return rows.map(exportRowOf).filter((row) => concerns(row, owners));
}

type PersonRow = { id: string; name: string; email: string | null };

function people(db: ReadDb, sqlText: string, ids: ReadonlySet<string>): Map<string, Person> {
  if (ids.size === 0) return new Map();
  const rows = prepared(db, sqlText).all(JSON.stringify([...ids])) as PersonRow[];
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email?.trim() || null }]));
}

function names(db: ReadDb, sqlText: string, ids: ReadonlySet<string>): Map<string, string> {
  if (ids.size === 0) return new Map();
  const rows = prepared(db, sqlText).all(JSON.stringify([...ids])) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A contact's name and the first of their e-mails (the one calendars reach them at); rows as arrays, as above. */
function contacts(db: ReadDb, ids: ReadonlySet<string>): Map<string, Person> {
  if (ids.size === 0) return new Map();
  const rows = prepared(
    db,
    `SELECT id, first_name, last_name, CASE WHEN json_valid(emails) THEN trim(json_extract(emails, '$[0].address')) END AS email
       FROM contacts WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0`,
  )
    .raw(true)
    .all(JSON.stringify([...ids])) as [string, string | null, string | null, unknown][];
  return new Map(rows.map(([id, first, last, email]) => [id, { name: personDisplayName(first, last), email: typeof email === 'string' && email !== '' ? email : null }]));
}

/** The names (and e-mails, for people) of what the rows point to: linked records, attendees, owners. */
export function exportNames(db: ReadDb, rows: readonly ExportRow[]): ExportNames {
  const contactIds = new Set<string>();
  const userIds = new Set<string>();
  const companyIds = new Set<string>();
  const dealIds = new Set<string>();
  for (const row of rows) {
    userIds.add(row.owner_id);
    if (row.contact_id) contactIds.add(row.contact_id);
    if (row.company_id) companyIds.add(row.company_id);
    if (row.deal_id) dealIds.add(row.deal_id);
    for (const attendee of attendeeRefsOf(row)) (attendee.kind === 'user' ? userIds : contactIds).add(attendee.id);
  }
  return {
    contacts: contacts(db, contactIds),
    users: people(db, 'SELECT id, display_name AS name, email FROM users WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0', userIds),
    companies: names(db, 'SELECT id, name FROM companies WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0', companyIds),
    deals: names(db, 'SELECT id, title AS name FROM deals WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0', dealIds),
  };
}
