import type { SegmentEntity } from '../../../src-shared/domain/segments/types';
import { prepared, type ReadDb } from '../../db/handles';

export type SegmentDbRow = {
  id: string;
  owner_id: string;
  entity: SegmentEntity;
  name: string;
  definition: string;
  scope: string | null;
  created_at: string;
  updated_at: string;
};

/**
 * Who sees a segment: its owner always; everyone when shared with the office (scope null); the
 * members of a team or territory it is shared with. A private segment is its owner's alone.
 */
const visible = `(s.owner_id = ? OR s.scope IS NULL
  OR s.scope IN (SELECT 'team:' || m.team_id FROM team_members m WHERE m.user_id = ? AND m.deleted = 0
                 UNION ALL SELECT 'territory:' || t.territory_id FROM territory_members t WHERE t.user_id = ? AND t.deleted = 0))`;

const columns = 's.id, s.owner_id, s.entity, s.name, s.definition, s.scope, s.created_at, s.updated_at';

export function visibleSegments(db: ReadDb, userId: string, entity: SegmentEntity | undefined): SegmentDbRow[] {
  const byEntity = entity ? ' AND s.entity = ?' : '';
  const params = entity ? [userId, userId, userId, entity] : [userId, userId, userId];
  return prepared(db, `SELECT ${columns} FROM segments s WHERE s.deleted = 0 AND ${visible}${byEntity} ORDER BY s.name COLLATE NOCASE, s.id`).all(...params) as SegmentDbRow[];
}

/** The segment if this user sees it (not deleted), else undefined. */
export function visibleSegment(db: ReadDb, userId: string, id: string): SegmentDbRow | undefined {
  return prepared(db, `SELECT ${columns} FROM segments s WHERE s.id = ? AND s.deleted = 0 AND ${visible}`).get(id, userId, userId, userId) as SegmentDbRow | undefined;
}
