/**
 * A saved segment as an SQL condition, for the lists (contacts, companies, deals filtered by
 * `segmentId`), their exports and mail merges, and the reports.
 */
import { ApiError } from '../../../src-shared/contract/errors';
import { checkDefinition } from '../../../src-shared/domain/segments/check';
import type { SegmentDefinition, SegmentEntity } from '../../../src-shared/domain/segments/types';
import { getMeta } from '../../core/meta';
import type { ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import type { Conditions } from '../common/sql';
import { compileDefinition, type SqlParam } from './compile';
import type { Clock } from './dates';
import type { SegmentDbRow } from './visibility';
import { visibleSegment } from './visibility';

export type SegmentSql = { entity: SegmentEntity; sql: string; params: SqlParam[] };

/** The device's zone: the core runs on the user's own computer. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The stored definition, or null when it cannot be read (written by a newer version, damaged). */
export function storedDefinition(row: Pick<SegmentDbRow, 'entity' | 'definition'>): SegmentDefinition | null {
  const check = checkDefinition(row.entity, parseJson<unknown>(row.definition, null));
  return check.ok ? check.definition : null;
}

/**
 * The segment's filter as an SQL boolean condition on `alias.id` (usable as `WHERE … AND <sql>`),
 * relative dates taken at `clock` (now, in the device's zone, by default). A segment whose stored
 * definition cannot be read matches nothing. Throws not found for an unknown segment or one this
 * user does not see.
 */
export function segmentCondition(db: ReadDb, userId: string, segmentId: string, alias: string, clock?: Partial<Clock>): SegmentSql {
  const row = visibleSegment(db, userId, segmentId);
  if (!row) throw ApiError.notFound('Segment', segmentId);
  const definition = storedDefinition(row);
  if (!definition) return { entity: row.entity, sql: '0', params: [] };
  const compiled = compileDefinition(row.entity, definition, alias, {
    db,
    userId,
    // To the minute: a list's pages, read one after the other, select the same records (and share their cached snapshot).
    nowMs: clock?.nowMs ?? Math.floor(Date.now() / 60_000) * 60_000,
    timeZone: clock?.timeZone ?? deviceTimeZone(),
  });
  return { entity: row.entity, sql: compiled.sql, params: compiled.params };
}

/** The user this device's database belongs to (the core's user), for list queries that only get a connection. */
export function deviceUserId(db: ReadDb): string {
  return getMeta(db, 'user_id') ?? '';
}

/**
 * A list's `segmentId` filter on records aliased `alias`: the segment's condition (for the
 * device's user), refused when the segment is of another list ("a deal segment on the contacts list").
 */
export function addSegmentFilter(where: Conditions, db: ReadDb, segmentId: string, alias: string, entity: SegmentEntity): void {
  const resolved = segmentCondition(db, deviceUserId(db), segmentId, alias);
  if (resolved.entity !== entity) {
    const message = `segment ${segmentId} filters ${resolved.entity} records, not ${entity} records`;
    throw ApiError.validation([{ path: 'filters.segmentId', code: 'invalid_value', message }]);
  }
  where.add(resolved.sql, ...resolved.params);
}
