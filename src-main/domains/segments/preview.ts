import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { SegmentEntity, SegmentPreview } from '../../../src-shared/domain/segments/types';
import { correctedNow, type Core } from '../../core/core';
import type { ReadDb } from '../../db/handles';
import { compileDefinition, type CompiledCondition } from './compile';
import { deviceTimeZone, segmentCondition } from './resolve';

/** Each list's table, its live rows, its name as the lists show it and the order they sort by. */
const listed: Record<SegmentEntity, { from: string; name: string; order: string }> = {
  contact: {
    from: 'contacts r',
    name: "trim(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, ''))",
    order: 'r.sort_key, r.id',
  },
  company: { from: 'companies r', name: 'r.name', order: 'r.sort_key, r.id' },
  deal: { from: 'deals r', name: 'r.title', order: 'r.title_key, r.id' },
};

/**
 * The count of live records matching a condition on `r`, and the first `limit` by name. The
 * statements are not kept in the connection's cache: a definition being built changes with
 * every keystroke, and each would stay there.
 */
export function previewOf(db: ReadDb, entity: SegmentEntity, condition: CompiledCondition, limit: number): SegmentPreview {
  const list = listed[entity];
  const where = `r.deleted = 0 AND ${condition.sql}`;
  const count = db.prepare(`SELECT count(*) FROM ${list.from} WHERE ${where}`).pluck().get(...condition.params) as number;
  const records =
    limit > 0
      ? (db.prepare(`SELECT r.id, ${list.name} AS name FROM ${list.from} WHERE ${where} ORDER BY ${list.order} LIMIT ?`).all(...condition.params, limit) as {
          id: string;
          name: string;
        }[])
      : [];
  return { count, records };
}

export function previewSegment(core: Core, input: ApiParsedInput<'segments.preview'>): SegmentPreview {
  const clock = { nowMs: correctedNow(core), timeZone: input.timeZone ?? deviceTimeZone() };
  if ('segmentId' in input) {
    const resolved = segmentCondition(core.read, core.userId, input.segmentId, 'r', clock);
    return previewOf(core.read, resolved.entity, resolved, input.limit);
  }
  const condition = compileDefinition(input.entity, input.definition, 'r', { ...clock, db: core.read, userId: core.userId });
  return previewOf(core.read, input.entity, condition, input.limit);
}
