/**
 * What an import finds already here, read in bulk before anything is written: the activities
 * that carry the file's UIDs (or are behind our own UIDs), and the contacts and users whose
 * e-mails the file's attendees and organizers use.
 */
import type { AttendeeRef } from '../../../src-shared/domain/activities';
import type { CalendarPerson, ImportedEvent } from '../../../src-shared/ical';
import { prepared, type ReadDb } from '../../db/handles';
import type { ActivityDbRow } from '../activities/mapping';
import { activityIdOfUid } from './convert';

export type ExistingRow = Pick<ActivityDbRow, 'id' | 'kind' | 'owner_id' | 'deleted' | 'attendees' | 'ical_uid'>;

/** The activities each UID of the file already names, by UID: imported under it, or exported under their id. */
export function existingByUid(db: ReadDb, uids: readonly string[]): Map<string, ExistingRow[]> {
  const byUid = new Map<string, ExistingRow[]>();
  if (uids.length === 0) return byUid;
  const add = (uid: string, row: ExistingRow) => {
    const list = byUid.get(uid) ?? [];
    if (!list.some((known) => known.id === row.id)) list.push(row);
    byUid.set(uid, list);
  };
  const imported = prepared(
    db,
    'SELECT id, kind, owner_id, deleted, attendees, ical_uid FROM activities WHERE ical_uid IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify([...new Set(uids)])) as ExistingRow[];
  for (const row of imported) if (row.ical_uid !== null) add(row.ical_uid, row);
  const ownIds = new Map(uids.flatMap((uid) => (activityIdOfUid(uid) ? [[activityIdOfUid(uid) as string, uid] as const] : [])));
  if (ownIds.size > 0) {
    const exported = prepared(db, 'SELECT id, kind, owner_id, deleted, attendees, ical_uid FROM activities WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify([...ownIds.keys()]),
    ) as ExistingRow[];
    for (const row of exported) add(ownIds.get(row.id) as string, row);
  }
  return byUid;
}

const emailKey = (email: string): string => email.trim().toLowerCase();

function emailsOf(events: readonly ImportedEvent[]): string[] {
  const people: (CalendarPerson | null)[] = events.flatMap((event) => [event.organizer, ...event.attendees]);
  return [...new Set(people.flatMap((person) => (person?.email ? [emailKey(person.email)] : [])))];
}

/**
 * The person behind each e-mail of the file: a user of the office first, else a contact of the
 * base (the one written first when several share it). Contacts keep their e-mails in a JSON
 * list: the table is read once, only when the file names someone.
 */
export function peopleByEmail(db: ReadDb, events: readonly ImportedEvent[]): Map<string, AttendeeRef> {
  const found = new Map<string, AttendeeRef>();
  const emails = emailsOf(events);
  if (emails.length === 0) return found;
  const wanted = JSON.stringify(emails);
  const contacts = prepared(
    db,
    `SELECT c.id, lower(trim(json_extract(CASE WHEN j.type = 'object' THEN j.value END, '$.address'))) AS email
       FROM contacts c, json_each(CASE WHEN json_valid(c.emails) THEN c.emails ELSE '[]' END) j
      WHERE c.deleted = 0 AND c.emails <> '[]' AND email IN (SELECT value FROM json_each(?))
      ORDER BY c.created_at, c.id`,
  ).all(wanted) as { id: string; email: string }[];
  for (const row of contacts) if (!found.has(row.email)) found.set(row.email, { kind: 'contact', id: row.id });
  const users = prepared(
    db,
    'SELECT id, lower(trim(email)) AS email FROM users WHERE deleted = 0 AND lower(trim(email)) IN (SELECT value FROM json_each(?)) ORDER BY created_at, id',
  ).all(wanted) as { id: string; email: string }[];
  const seenUsers = new Set<string>();
  for (const row of users) {
    if (seenUsers.has(row.email)) continue;
    seenUsers.add(row.email);
    found.set(row.email, { kind: 'user', id: row.id });
  }
  return found;
}

/** The attendees of an event that are known here, the importer aside (they own the meeting). */
export function attendeesOfEvent(event: ImportedEvent, people: ReadonlyMap<string, AttendeeRef>, ownerId: string): AttendeeRef[] {
  const refs: AttendeeRef[] = [];
  const seen = new Set<string>();
  for (const person of [event.organizer, ...event.attendees]) {
    const ref = person?.email ? people.get(emailKey(person.email)) : undefined;
    if (!ref || (ref.kind === 'user' && ref.id === ownerId)) continue;
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
  }
  return refs;
}
