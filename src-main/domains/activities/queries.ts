import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { activitySortFields } from '../../../src-shared/contract/inputs/activities';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Activity, ActivityListRow } from '../../../src-shared/domain/activities';
import type { Page } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import { listPage, rowsInPageOrder } from '../common/paging';
import { Conditions, foldedPrefixPattern, rangeEnd, rangeStart } from '../common/sql';
import { activityFromRow, LIST_COLUMNS, linkNames, listRowsOf, type ActivityDbRow, type ListDbRow } from './mapping';

/**
 * Another user's private activity never shows here, whatever this device holds: the office
 * server does not send it (its owner's agenda shows a busy slot instead), and a device that holds
 * one anyway (a test, a database copied from another PC) still keeps it to its owner.
 */
export const VISIBLE = "(a.scope IS NOT 'private' OR a.owner_id = ?)";

export function isVisible(row: Pick<ActivityDbRow, 'scope' | 'owner_id'>, userId: string): boolean {
  return row.scope !== 'private' || row.owner_id === userId;
}

/** The row of an activity this user may see (deleted ones included), else undefined. */
export function findActivityRow(db: ReadDb, userId: string, id: string): ActivityDbRow | undefined {
  const row = prepared(db, 'SELECT * FROM activities WHERE id = ?').get(id) as ActivityDbRow | undefined;
  return row && isVisible(row, userId) ? row : undefined;
}

export function getActivity(db: ReadDb, userId: string, id: string): Activity {
  const row = findActivityRow(db, userId, id);
  if (!row) throw ApiError.notFound('Activity', id);
  return activityFromRow(row, linkNames(db, [row]));
}

type SortField = (typeof activitySortFields)[number];

/**
 * When an activity happens, as its list row says (`at`): the span start, except for all-day ones,
 * whose span starts 14 hours before their date (so that it covers every zone's day).
 */
const AT = "CASE WHEN a.all_day = 1 AND a.start_date IS NOT NULL THEN a.start_date || 'T00:00:00.000Z' ELSE a.span_start END";

const sortColumns: Record<SortField, string> = {
  at: AT,
  subject: 'a.subject_key',
  kind: 'a.kind',
  createdAt: 'a.created_at',
};

type ListInput = ApiParsedInput<'activities.list'>;

function listConditions(userId: string, filters: ListInput['filters']): Conditions {
  const where = new Conditions().add('a.deleted = ?', filters.deleted ? 1 : 0).add(VISIBLE, userId);
  const q = filters.q?.trim();
  if (q) where.add("a.subject_key LIKE ? ESCAPE '\\'", `%${foldedPrefixPattern(q)}`);
  if (filters.kinds?.length) where.in('a.kind', filters.kinds);
  if (filters.ownerIds?.length) where.in('a.owner_id', filters.ownerIds);
  if (filters.status === 'open') where.add("a.kind = 'task' AND a.done_at IS NULL");
  if (filters.status === 'done') where.add("a.kind = 'task' AND a.done_at IS NOT NULL");
  // All-day activities by their dates; the others by when they happen (undated tasks by their creation).
  if (filters.from) where.add('(CASE WHEN a.all_day = 1 THEN a.start_date >= ? ELSE a.span_start >= ? END)', filters.from, rangeStart(filters.from));
  if (filters.to) where.add('(CASE WHEN a.all_day = 1 THEN a.start_date <= ? ELSE a.span_start < ? END)', filters.to, rangeEnd(filters.to));
  if (filters.contactId) where.add('a.contact_id = ?', filters.contactId);
  if (filters.companyId) where.add('a.company_id = ?', filters.companyId);
  if (filters.dealId) where.add('a.deal_id = ?', filters.dealId);
  return where;
}

/** One page of activities, sorted and filtered in SQL. */
export function listActivities(db: ReadDb, userId: string, input: ListInput): Page<ActivityListRow> {
  const { rowids, total } = listPage(
    db,
    { from: 'activities a', alias: 'a', sortExpr: sortColumns[input.sort.field], dir: input.sort.dir, where: listConditions(userId, input.filters) },
    input,
  );
  const rows = rowsInPageOrder<ListDbRow>(db, `SELECT a.rowid AS _rowid, ${LIST_COLUMNS} FROM activities a WHERE a.rowid`, rowids);
  return { total, rows: listRowsOf(db, rows) };
}
