import { activityKinds } from '../../../src-shared/domain/activities';
import type { ActivitiesTile, OverdueTile } from '../../../src-shared/domain/dashboard';
import type { ListLink } from '../../../src-shared/domain/reports/types';
import { prepared, type ReadDb } from '../../db/handles';
import { Conditions } from '../common/sql';
import { activityActuals, totalOf } from '../targets/actuals';
import { formatDayBefore, type Span } from '../targets/spans';

const activitiesLink = (owners: string[] | null, filters: Extract<ListLink, { list: 'activities' }>['filters']): ListLink => ({
  list: 'activities',
  filters: { ...(owners ? { ownerIds: owners } : {}), ...filters },
});

/** This week's activities by kind (every kind shown, even at zero). */
export function activitiesTile(db: ReadDb, owners: string[] | null, week: Span): ActivitiesTile {
  const byKind = activityActuals(db, [week], owners);
  const range = { from: week.fromDay, to: formatDayBefore(week.toDay) };
  const kinds = activityKinds.map((kind) => ({
    kind,
    count: totalOf(byKind.get(kind) ?? new Map(), null, 1)[0] ?? 0,
    link: activitiesLink(owners, { ...range, kinds: [kind] }),
  }));
  return { fromDay: week.fromDay, toDay: range.to, total: kinds.reduce((sum, kind) => sum + kind.count, 0), byKind: kinds, link: activitiesLink(owners, range) };
}

/** How far an all-day task's span starts before its date, plus the widest zone offset (activity-span.ts). */
const ALL_DAY_MARGIN_MS = 26 * 3_600_000;

/**
 * Open tasks due before today (a whole-day one once its last day has passed, a timed one once
 * its day has), read from the open-tasks index of each salesperson.
 */
export function overdueTile(db: ReadDb, owners: string[] | null, today: Span): OverdueTile {
  const where = new Conditions();
  if (owners) where.in('a.owner_id', owners);
  // Everyone's: each user's tasks from the same index rather than a scan of every activity.
  else where.add('a.owner_id IN (SELECT id FROM users)');
  where
    .add("a.kind = 'task'")
    .add('a.done_at IS NULL')
    .add('a.deleted = 0')
    .add('a.span_start < ?', new Date(Date.parse(today.fromIso) + ALL_DAY_MARGIN_MS).toISOString())
    .add(
      `CASE WHEN a.all_day = 1 THEN (CASE WHEN a.end_date > a.start_date THEN a.end_date <= ? ELSE a.start_date < ? END)
            ELSE a.starts_at IS NOT NULL AND a.starts_at < ? END`,
      today.fromDay,
      today.fromDay,
      today.fromIso,
    );
  const count = prepared(db, `SELECT count(*) FROM activities a ${where.toSql()}`).pluck().get(...where.params) as number;
  return { count, link: activitiesLink(owners, { kinds: ['task'], overdue: true, to: formatDayBefore(today.fromDay) }) };
}
