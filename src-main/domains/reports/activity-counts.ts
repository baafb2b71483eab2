import { activityKinds } from '../../../src-shared/domain/activities';
import { eventTimingOf, parseRecurrence } from '../../../src-shared/domain/activity-span';
import { expandOccurrences } from '../../../src-shared/domain/recurrence';
import { prepared } from '../../db/handles';
import { Conditions } from '../common/sql';
import type { ReportContext } from './context';
import { activityConditions, activitySegment } from './filters';

/** How far before its date an all-day activity's span starts (activity-span.ts: the earliest UTC offset). */
const ALL_DAY_SPAN_OFFSET_MS = 14 * 3_600_000;
/** Around each end of the period, all-day activities are read one by one: their span starts up to 14 h before their day, and a zone is up to 14 h off UTC. */
const EDGE_MS = 2 * 86_400_000;

type KindCount = { owner_id: string; kind: string; n: number };
type TimingRow = {
  owner_id: string;
  kind: string;
  span_start: string;
  all_day: number;
  starts_at: string | null;
  ends_at: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  recurrence: string | null;
};

/** Counts per salesperson and kind. */
export type ActivityCounts = Map<string, Map<string, number>>;

function add(counts: ActivityCounts, owner: string, kind: string, n: number): void {
  if (n === 0) return;
  const own = counts.get(owner) ?? new Map<string, number>();
  own.set(kind, (own.get(kind) ?? 0) + n);
  counts.set(owner, own);
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** The columns that place an activity in time. */
const TIMING = 'a.owner_id, a.kind, a.span_start, a.all_day, a.starts_at, a.ends_at, a.start_date, a.end_date, a.time_zone, a.recurrence';

/**
 * Every activity whose span starts in the period, per owner and kind, read from the open-task
 * index alone (owner, kind, done, deleted, span start): one seek per salesperson and kind for the
 * activities not done, one short scan for the done tasks. A timed activity's span starts at its
 * start, an undated one's at its creation, a series' at its first occurrence.
 */
function countsBySpanStart(ctx: ReportContext): KindCount[] {
  const owners = ctx.owners ?? (prepared(ctx.db, 'SELECT id FROM users ORDER BY id').pluck().all() as string[]);
  const segment = activitySegment(ctx, 'a');
  const extra = segment ? ` AND ${segment.sql}` : '';
  const range = [ctx.period.fromIso, ctx.period.toIso];
  return prepared(
    ctx.db,
    `SELECT u.value AS owner_id, k.value AS kind,
            (SELECT count(*) FROM activities a INDEXED BY activities_open_tasks WHERE a.owner_id = u.value AND a.kind = k.value AND a.done_at IS NULL AND a.deleted = 0
                AND a.span_start >= ? AND a.span_start < ?${extra})
          + (SELECT count(*) FROM activities a INDEXED BY activities_open_tasks WHERE a.owner_id = u.value AND a.kind = k.value AND a.done_at IS NOT NULL AND a.deleted = 0
                AND a.span_start >= ? AND a.span_start < ?${extra}) AS n
       FROM json_each(?) u, json_each(?) k`,
  ).all(...range, ...(segment?.params ?? []), ...range, ...(segment?.params ?? []), JSON.stringify(owners), JSON.stringify(activityKinds)) as KindCount[];
}

/**
 * The live activities dated in the period, per owner and kind: a timed one by its start, an
 * all-day one by its first day, an undated one (a note, a task without a due date) by its
 * creation. A series running over more than a month counts each of its occurrences starting in
 * the period; a shorter one counts once, at its first occurrence. Kept by the salespeople, team
 * and segment filters.
 */
export function activityCounts(ctx: ReportContext): ActivityCounts {
  const { from, to, fromIso, toIso, fromMs, toMs } = ctx.period;
  const counts: ActivityCounts = new Map();
  for (const row of countsBySpanStart(ctx)) add(counts, row.owner_id, row.kind, row.n);
  const countedBySpan = (row: TimingRow) => (row.span_start >= fromIso && row.span_start < toIso ? 1 : 0);

  // All-day activities near either end: their day decides, not their span's start.
  const edges = activityConditions(
    ctx,
    'a',
    new Conditions()
      .add('a.deleted = 0 AND a.long_span IN (0, 1) AND (a.span_start >= ? AND a.span_start < ? OR a.span_start >= ? AND a.span_start < ?)', iso(fromMs - EDGE_MS), iso(fromMs + EDGE_MS), iso(toMs - EDGE_MS), iso(toMs + EDGE_MS))
      .add('a.all_day = 1 AND a.start_date IS NOT NULL AND NOT (a.long_span = 1 AND a.recurrence IS NOT NULL)'),
  );
  for (const row of prepared(ctx.db, `SELECT ${TIMING} FROM activities a ${edges.toSql()}`).all(...edges.params) as TimingRow[]) {
    const day = row.start_date ?? '';
    add(counts, row.owner_id, row.kind, (day >= from && day <= to ? 1 : 0) - countedBySpan(row));
  }

  // Long series: each occurrence starting in the period.
  const lowest = iso(Date.parse(`${from}T00:00:00.000Z`) - ALL_DAY_SPAN_OFFSET_MS - EDGE_MS);
  const series = activityConditions(
    ctx,
    'a',
    new Conditions().add('a.deleted = 0 AND a.long_span = 1 AND a.span_start < ? AND a.recurrence IS NOT NULL', iso(toMs + EDGE_MS)).add('a.span_end >= ?', lowest),
  );
  const window = { from: fromIso, to: toIso, timeZone: ctx.zone };
  for (const row of prepared(ctx.db, `SELECT ${TIMING} FROM activities a ${series.toSql()}`).all(...series.params) as TimingRow[]) {
    const timing = eventTimingOf({ allDay: row.all_day === 1, startsAt: row.starts_at, endsAt: row.ends_at, startDate: row.start_date, endDate: row.end_date, timeZone: row.time_zone });
    const occurrences = timing
      ? expandOccurrences(timing, parseRecurrence(row.recurrence), window).filter((occurrence) =>
          occurrence.allDay ? occurrence.startDate >= from && occurrence.startDate <= to : occurrence.start >= fromIso && occurrence.start < toIso,
        ).length
      : countedBySpan(row);
    add(counts, row.owner_id, row.kind, occurrences - countedBySpan(row));
  }
  return counts;
}
