import { ApiError } from '../../../src-shared/contract/errors';
import type { TagColor } from '../../../src-shared/contract/inputs/misc';
import type { Tag } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';

type TagDbRow = { id: string; name: string; color: TagColor; usage: number };

const SELECT_TAGS = `SELECT t.id, t.name, t.color,
                            (SELECT count(*) FROM record_tags rt WHERE rt.tag_id = t.id AND rt.deleted = 0) AS usage
                       FROM tags t`;

export function listTags(db: ReadDb): Tag[] {
  return prepared(db, `${SELECT_TAGS} WHERE t.deleted = 0 ORDER BY t.name COLLATE NOCASE`).all() as TagDbRow[];
}

export function getTag(db: ReadDb, id: string): Tag {
  const row = prepared(db, `${SELECT_TAGS} WHERE t.id = ? AND t.deleted = 0`).get(id) as TagDbRow | undefined;
  if (!row) throw ApiError.notFound('Tag', id);
  return row;
}
