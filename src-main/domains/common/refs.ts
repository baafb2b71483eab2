import type { TagColor } from '../../../src-shared/contract/inputs/misc';
import type { TagRef, UserRef } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import { placeholders } from './sql';

/** The live tags of many records at once, keyed by record id. */
export function tagsOfRecords(db: ReadDb, entity: 'contact' | 'company' | 'deal', ids: readonly string[]): Map<string, TagRef[]> {
  const result = new Map<string, TagRef[]>();
  if (ids.length === 0) return result;
  const rows = prepared(
    db,
    `SELECT rt.record_id, t.id, t.name, t.color FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
        WHERE rt.entity = ? AND rt.deleted = 0 AND t.deleted = 0 AND rt.record_id IN (${placeholders(ids.length)})
        ORDER BY t.name`,
  ).all(entity, ...ids) as { record_id: string; id: string; name: string; color: TagColor }[];
  for (const row of rows) {
    const list = result.get(row.record_id) ?? [];
    list.push({ id: row.id, name: row.name, color: row.color });
    result.set(row.record_id, list);
  }
  return result;
}

export function usersById(db: ReadDb, ids: readonly string[]): Map<string, UserRef> {
  const unique = [...new Set(ids)];
  const result = new Map<string, UserRef>();
  if (unique.length === 0) return result;
  const rows = prepared(db, `SELECT id, display_name FROM users WHERE id IN (${placeholders(unique.length)})`).all(...unique) as { id: string; display_name: string }[];
  for (const row of rows) result.set(row.id, { id: row.id, displayName: row.display_name });
  return result;
}

export function userExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM users WHERE id = ? AND deleted = 0').get(id) !== undefined;
}

export function recordExists(db: ReadDb, table: 'contacts' | 'companies' | 'tags', id: string): boolean {
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted = 0`).get(id) !== undefined;
}
