import { prepared, type ReadDb, type WriteDb } from '../../db/handles';
import type { Row, SqlValue } from '../../db/synced-tables';

/*
 * What an .ics import last wrote to each meeting (ical_imported, local): importing the file again
 * takes the file's value for a field only where the meeting still holds what the import wrote —
 * a subject, a time or a place changed here since is kept. A meeting with no record (imported on
 * another device) takes the file's values, as a first import would.
 */

/** The fields compared; attendees are merged apart (those added here always stay). */
const comparedFields = ['subject', 'notes', 'scope', 'all_day', 'starts_at', 'ends_at', 'start_date', 'end_date', 'time_zone', 'recurrence', 'location', 'reminders'] as const;

export function importedFieldsOf(db: ReadDb, activityId: string): Row | null {
  const stored = prepared(db, 'SELECT fields FROM ical_imported WHERE activity_id = ?').pluck().get(activityId) as string | undefined;
  if (stored === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Row) : null;
  } catch {
    return null;
  }
}

export function rememberImportedFields(db: WriteDb, activityId: string, columns: Row): void {
  const fields: Row = {};
  for (const field of comparedFields) fields[field] = columns[field] ?? null;
  prepared(db, 'INSERT INTO ical_imported (activity_id, fields) VALUES (?, ?) ON CONFLICT (activity_id) DO UPDATE SET fields = excluded.fields').run(
    activityId,
    JSON.stringify(fields),
  );
}

const same = (a: SqlValue | undefined, b: SqlValue | undefined) => (a ?? null) === (b ?? null);

/**
 * The file's values to write to a meeting: every compared field still holding what the last
 * import wrote (or all of them when there is no record of it), and `kept`: whether a field
 * changed here was left alone.
 */
export function reimportPatch(current: Row, fromFile: Row, lastImported: Row | null): { patch: Row; kept: boolean } {
  const patch: Row = {};
  let kept = false;
  for (const field of comparedFields) {
    if (!(field in fromFile)) continue;
    const value = fromFile[field] ?? null;
    if (lastImported && !same(current[field], lastImported[field])) {
      if (!same(current[field], value)) kept = true;
      continue;
    }
    patch[field] = value;
  }
  return { patch, kept };
}
