import type Database from 'better-sqlite3';
import { asWriteDb, prepared, type ReadDb, type WriteDb } from './handles';
import type { Row } from './synced-tables';

/*
 * activity_attendees: the contacts each live activity has as attendees, derived from its
 * `attendees` JSON and kept by the write path (local writes and changes pulled from the office),
 * so a contact's timeline finds the meetings they attend by index. A bulk load writes without
 * it and makes it again at its end (or at the next open if it stops half-way).
 */

/** What the table holds, stored in `meta`: a database whose index is missing or stale gets it made at open. */
export const ATTENDEE_INDEX_VERSION = 1;
const VERSION_KEY = 'activities.attendee_index_version';

/** The fields the index is made from. */
const indexedFields: ReadonlySet<string> = new Set(['attendees', 'deleted']);

/** The contact ids in an attendee list as stored (anything malformed is no attendee). */
export function attendeeContactIds(attendees: unknown): string[] {
  if (typeof attendees !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(attendees);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const ids = new Set<string>();
  for (const item of parsed) {
    const ref = item as { kind?: unknown; id?: unknown } | null;
    if (ref && ref.kind === 'contact' && typeof ref.id === 'string' && ref.id !== '') ids.add(ref.id);
  }
  return [...ids];
}

/** Brings an activity's attendees up to date after a write (`changed`: the fields written). The row is read as stored. */
export function refreshAttendees(db: WriteDb, row: Row, changed: ReadonlySet<string>): void {
  if (![...changed].some((field) => indexedFields.has(field))) return;
  const id = String(row.id);
  prepared(db, 'DELETE FROM activity_attendees WHERE activity_id = ?').run(id);
  const stored = prepared(db, 'SELECT attendees, deleted FROM activities WHERE id = ?').get(id) as { attendees: string; deleted: number } | undefined;
  if (!stored || stored.deleted === 1) return;
  const insert = prepared(db, 'INSERT OR IGNORE INTO activity_attendees (contact_id, activity_id) VALUES (?, ?)');
  for (const contactId of attendeeContactIds(stored.attendees)) insert.run(contactId, id);
}

/** Says that the index is behind the table (a bulk load writing without it). */
export function markAttendeesStale(db: WriteDb): void {
  prepared(db, 'DELETE FROM meta WHERE key = ?').run(VERSION_KEY);
}

const REBUILD_PAGE = 5_000;

/** Makes the whole index again from the activities (after a bulk load or a rebuild from the log). Returns the rows written. */
export function rebuildAttendeeIndex(db: WriteDb): number {
  prepared(db, 'DELETE FROM activity_attendees').run();
  const page = prepared(db, "SELECT rowid AS rid, id, attendees FROM activities WHERE rowid > ? AND deleted = 0 AND attendees <> '[]' ORDER BY rowid LIMIT " + REBUILD_PAGE);
  const pairs: string[] = [];
  let after = 0;
  for (;;) {
    const rows = page.all(after) as { rid: number; id: string; attendees: string }[];
    for (const row of rows) for (const contactId of attendeeContactIds(row.attendees)) pairs.push(`${contactId}\u0000${row.id}`);
    const last = rows.at(-1);
    if (!last || rows.length < REBUILD_PAGE) break;
    after = last.rid;
  }
  // In the primary key's order: the B-tree grows at its end.
  pairs.sort();
  const insert = prepared(db, 'INSERT OR IGNORE INTO activity_attendees (contact_id, activity_id) VALUES (?, ?)');
  let written = 0;
  for (const pair of pairs) {
    const [contactId, activityId] = pair.split('\u0000');
    written += insert.run(contactId, activityId).changes;
  }
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(VERSION_KEY, String(ATTENDEE_INDEX_VERSION));
  return written;
}

export function attendeeIndexCurrent(db: ReadDb): boolean {
  return Number(prepared(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) ?? 0) === ATTENDEE_INDEX_VERSION;
}

/** At open: makes the index of a database that has none yet (the migration leaves it empty) or a stale one. Null when it was current. */
export function upgradeAttendeeIndex(database: Database.Database): number | null {
  const tables = database
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'activity_attendees', 'activities')")
    .pluck()
    .get() as number;
  if (tables < 3) return null;
  const stored = Number(database.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) ?? 0);
  if (stored === ATTENDEE_INDEX_VERSION) return null;
  return database.transaction(() => rebuildAttendeeIndex(asWriteDb(database)))();
}
