import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { ActivityListRow, NeglectedAccount, TodayView } from '../../../src-shared/domain/activities';
import { dayOfDate, formatDay, instantOfLocal, localMsAt, MS_PER_DAY } from '../../../src-shared/domain/recurrence';
import { prepared, type ReadDb } from '../../db/handles';
import { placeholders } from '../common/sql';
import { agendaEvents } from './agenda';
import { LIST_COLUMNS, listRowsOf, type ListDbRow } from './mapping';

export const DEFAULT_NEGLECTED_DAYS = 30;
/** Overdue tasks shown: the most recently due ones (an old backlog does not bury yesterday's). */
const MAX_OVERDUE = 100;
const MAX_NEGLECTED = 20;
/** Follow-ups planned in the days after today. */
const FOLLOW_UP_DAYS = 7;
/** How far an all-day activity's span starts before its date (activity-span.ts), plus the widest zone offset. */
const ALL_DAY_MARGIN_MS = 26 * 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** A dated activity's due day(s) in the viewer's zone: all-day ones by their dates, timed ones by their instant. */
type Due = { firstDay: number; lastDay: number };

function dueOf(row: ListDbRow, zone: string): Due | null {
  if (row.all_day === 1) {
    const first = row.start_date ? dayOfDate(row.start_date) : null;
    if (first === null) return null;
    const end = row.end_date ? dayOfDate(row.end_date) : null;
    return { firstDay: first, lastDay: end !== null && end > first ? end - 1 : first };
  }
  if (!row.starts_at) return null;
  const day = Math.floor(localMsAt(Date.parse(row.starts_at), zone) / MS_PER_DAY);
  return { firstDay: day, lastDay: day };
}

const DATED = '(a.starts_at IS NOT NULL OR a.start_date IS NOT NULL)';

type Day = { day: number; startMs: number; endMs: number };

function dayIn(zone: string, nowMs: number): Day {
  const day = Math.floor(localMsAt(nowMs, zone) / MS_PER_DAY);
  return { day, startMs: instantOfLocal(day * MS_PER_DAY, zone), endMs: instantOfLocal((day + 1) * MS_PER_DAY, zone) };
}

/** By due day, a day's all-day tasks first, then by time. */
const byDue = (zone: string) => (a: ListDbRow, b: ListDbRow) =>
  (dueOf(a, zone)?.firstDay ?? 0) - (dueOf(b, zone)?.firstDay ?? 0) || b.all_day - a.all_day || (a.starts_at ?? '').localeCompare(b.starts_at ?? '') || a.id.localeCompare(b.id);

/** Open tasks whose last due day is before today, most recently due first from the open-task index, shown oldest first. */
function overdueTasks(db: ReadDb, userId: string, today: Day, zone: string): ListDbRow[] {
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS} FROM activities a
      WHERE a.owner_id = ? AND a.kind = 'task' AND a.done_at IS NULL AND a.deleted = 0 AND a.span_start < ? AND ${DATED}
      ORDER BY a.span_start DESC LIMIT ?`,
  ).all(userId, iso(today.startMs), MAX_OVERDUE + 20) as ListDbRow[];
  return rows
    .filter((row) => (dueOf(row, zone)?.lastDay ?? today.day) < today.day)
    .slice(0, MAX_OVERDUE)
    .sort(byDue(zone));
}

/** The user's dated activities whose span starts around [fromMs, toMs) (all-day ones start earlier), read from the owner index. */
function ownActivitiesAround(db: ReadDb, userId: string, fromMs: number, toMs: number, extra: string): ListDbRow[] {
  return prepared(
    db,
    `SELECT ${LIST_COLUMNS} FROM activities a
      WHERE a.owner_id = ? AND a.deleted = 0 AND a.span_start >= ? AND a.span_start < ? AND ${DATED} AND ${extra}`,
  ).all(userId, iso(fromMs - ALL_DAY_MARGIN_MS), iso(toMs)) as ListDbRow[];
}

/** Tasks due today, done or not (ticking one off leaves it in place, struck through). */
function tasksDueToday(db: ReadDb, userId: string, today: Day, zone: string): ListDbRow[] {
  return ownActivitiesAround(db, userId, today.startMs, today.endMs, "a.kind = 'task'")
    .filter((row) => {
      const due = dueOf(row, zone);
      return due !== null && due.firstDay <= today.day && due.lastDay >= today.day;
    })
    .sort(byDue(zone));
}

/** Open follow-ups (tasks and calls planned while logging) due in the days after today. */
function followUps(db: ReadDb, userId: string, today: Day, zone: string): ListDbRow[] {
  const lastDay = today.day + FOLLOW_UP_DAYS;
  const endMs = instantOfLocal((lastDay + 1) * MS_PER_DAY, zone);
  return ownActivitiesAround(db, userId, today.endMs, endMs, 'a.follow_up_of IS NOT NULL AND a.done_at IS NULL')
    .filter((row) => {
      const due = dueOf(row, zone);
      return due !== null && due.firstDay > today.day && due.firstDay <= lastDay;
    })
    .sort(byDue(zone));
}

type Account = { id: string; last: string | null };

/**
 * Every company of the user with its latest live activity, one seek each in the company index
 * (in SQL; a company with deleted activities is read again, skipping them): the never-contacted
 * ones (created before `cutoff`), oldest first, then those silent since before `cutoff`, the
 * longest silent first.
 */
function neglectedOf(db: ReadDb, userId: string, cutoff: string, count: number): Account[] {
  return prepared(
    db,
    `WITH latest AS MATERIALIZED (
       SELECT c.id, c.rowid AS rid,
              CASE WHEN c.id IN (SELECT company_id FROM activities WHERE deleted = 1)
                   THEN (SELECT a.span_start FROM activities a WHERE a.company_id = c.id AND a.deleted = 0 ORDER BY a.span_start DESC LIMIT 1)
                   ELSE (SELECT max(a.span_start) FROM activities a WHERE a.company_id = c.id) END AS last
         FROM companies c WHERE c.owner_id = @owner AND c.deleted = 0)
     SELECT id, last FROM (SELECT l.id, l.last FROM latest l JOIN companies co ON co.rowid = l.rid
                            WHERE l.last IS NULL AND co.created_at < @cutoff ORDER BY co.created_at, l.id LIMIT @count)
     UNION ALL
     SELECT id, last FROM (SELECT id, last FROM latest WHERE last < @cutoff ORDER BY last, id LIMIT @count)`,
  ).all({ owner: userId, cutoff, count }) as Account[];
}

/** The last answers, per connection: kept while the database does not change and the cutoff stays in the same minute. */
const neglectedCache = new WeakMap<ReadDb, { key: string; accounts: Account[] }>();

/** Changes whenever this connection writes or another one commits. */
function databaseVersion(db: ReadDb): string {
  const external = prepared(db, 'PRAGMA data_version').pluck().get() as number;
  const own = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${external}:${own}`;
}

/**
 * The user's companies nobody has been in touch with for `days` days, at most 20: never
 * contacted ones first (the oldest first), then the longest silent. Reading them costs a seek
 * per company of the user, so the answer is kept until the database changes (Today is shown
 * again and again between edits).
 */
function neglectedCompanies(db: ReadDb, userId: string, nowMs: number, days: number): NeglectedAccount[] {
  const cutoff = iso(nowMs - days * MS_PER_DAY);
  const key = `${databaseVersion(db)}|${userId}|${cutoff.slice(0, 16)}`;
  let accounts = neglectedCache.get(db)?.key === key ? neglectedCache.get(db)?.accounts : undefined;
  if (!accounts) {
    accounts = neglectedOf(db, userId, cutoff, MAX_NEGLECTED).slice(0, MAX_NEGLECTED);
    neglectedCache.set(db, { key, accounts });
  }
  const ids = accounts.map((account) => account.id);
  const names = new Map(
    (prepared(db, `SELECT id, name FROM companies WHERE id IN (${placeholders(ids.length) || 'NULL'})`).all(...ids) as { id: string; name: string }[]).map((row) => [
      row.id,
      row.name,
    ]),
  );
  return accounts.map(({ id, last }) => ({
    entity: 'company',
    id,
    name: names.get(id) ?? '',
    lastActivityAt: last,
    daysSince: last === null ? null : Math.floor((nowMs - Date.parse(last)) / MS_PER_DAY),
  }));
}

/** The Today screen for the user at `nowMs`, in their zone. */
export function todayView(db: ReadDb, userId: string, nowMs: number, input: ApiParsedInput<'today.get'>): TodayView {
  const zone = input.timeZone;
  const today = dayIn(zone, nowMs);
  const neglectedDays = input.neglectedDays ?? DEFAULT_NEGLECTED_DAYS;
  const meetings = agendaEvents(db, {
    userId,
    window: { from: iso(today.startMs), to: iso(today.endMs), timeZone: zone },
    userIds: [userId],
    kinds: ['meeting', 'visit', 'call'],
  });
  const lists = [overdueTasks(db, userId, today, zone), tasksDueToday(db, userId, today, zone), followUps(db, userId, today, zone)];
  const [overdue, due, next] = lists.map((rows): ActivityListRow[] => listRowsOf(db, rows));
  return {
    date: formatDay(today.day),
    meetings,
    overdueTasks: overdue ?? [],
    dueTasks: due ?? [],
    followUps: next ?? [],
    neglected: neglectedCompanies(db, userId, nowMs, neglectedDays),
    neglectedDays,
  };
}
