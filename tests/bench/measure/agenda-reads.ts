import type { Core } from '../../../src-main/core/core';
import { createRng } from '../../../src-main/jobs/seed/rng';
import { instantOfLocal, MS_PER_DAY } from '../../../src-shared/domain/recurrence';
import type { Metrics } from '../suite';
import { latencyMetrics, median, round, timed } from '../stats';
import { call, sampleCalls } from './call';

const ZONE = 'Europe/Paris';

/** Monday 00:00 in Paris of the week `weeksBack` weeks before the one holding `referenceMs`, as [from, to). */
function parisWeek(referenceMs: number, weeksBack: number): { from: string; to: string } {
  const day = Math.floor(referenceMs / MS_PER_DAY);
  const monday = day - ((day + 3) % 7) - weeksBack * 7;
  return {
    from: new Date(instantOfLocal(monday * MS_PER_DAY, ZONE)).toISOString(),
    to: new Date(instantOfLocal((monday + 7) * MS_PER_DAY, ZONE)).toISOString(),
  };
}

/** The bare index reads behind a week: short activities by start, long ones by end, no expansion, no names. */
function rawWeek(core: Core): (week: { from: string; to: string }) => unknown[] {
  const short = core.db.prepare(
    `SELECT id, starts_at, ends_at, start_date, end_date, recurrence FROM activities
      WHERE deleted = 0 AND long_span = 0 AND span_start >= ? AND span_start < ? AND span_end > ? AND owner_id = ?`,
  );
  const long = core.db.prepare(
    'SELECT id, starts_at, ends_at, start_date, end_date, recurrence FROM activities WHERE long_span = 1 AND span_end > ? AND span_start < ? AND deleted = 0 AND owner_id = ?',
  );
  return (week) => {
    const earliest = new Date(Date.parse(week.from) - 31 * MS_PER_DAY).toISOString();
    return [...short.all(earliest, week.to, week.from, core.userId), ...long.all(week.from, week.to, core.userId)];
  };
}

/**
 * The agenda's reads on the seeded data, through the handlers: a week of the local user's agenda
 * (random weeks of the last year and the next month), beside the bare index reads of the same
 * weeks; Today; the timeline of the company with the most activities (first page, then older).
 */
export async function measureAgendaReads(core: Core, runs: number, referenceMs: number): Promise<Metrics> {
  const rng = createRng(21);
  const weeks = Array.from({ length: runs * 2 }, () => parisWeek(referenceMs, rng.between(-4, 52)));
  let events = 0;
  const week = await sampleCalls(weeks.length, async (i) => {
    const range = weeks[Math.max(0, i)] as { from: string; to: string };
    const result = await call(core, 'agenda.range', { ...range, timeZone: ZONE });
    if (i >= 0) events += result.length;
  });
  const raw = rawWeek(core);
  const rawSamples = weeks.map((range) => timed(() => raw(range)).ms);

  const today = await sampleCalls(runs, () => call(core, 'today.get', { timeZone: ZONE }));
  // Today again after each change of the database (its neglected accounts are then read again, not kept).
  const afterChange: number[] = [];
  for (let i = 0; i < runs; i++) {
    core.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench_today_touch', ?)").run(String(i));
    const started = performance.now();
    await call(core, 'today.get', { timeZone: ZONE });
    afterChange.push(performance.now() - started);
  }

  const busiest = core.db
    .prepare('SELECT company_id AS id, count(*) AS n FROM activities WHERE company_id IS NOT NULL AND deleted = 0 GROUP BY company_id ORDER BY n DESC LIMIT 1')
    .get() as { id: string; n: number };
  const first = await call(core, 'activities.timeline', { entity: 'company', id: busiest.id, limit: 50 });
  const timeline = await sampleCalls(runs, () => call(core, 'activities.timeline', { entity: 'company', id: busiest.id, limit: 50 }));
  const older = await sampleCalls(runs, () =>
    call(core, 'activities.timeline', { entity: 'company', id: busiest.id, limit: 50, ...(first.nextBefore ? { before: first.nextBefore } : {}) }),
  );

  const weekMs = median(week);
  return {
    agenda_week_ms: round(weekMs, 2),
    ...latencyMetrics('agenda_week', week),
    agenda_week_events: round(events / weeks.length, 1),
    raw_agenda_week_ms: round(median(rawSamples), 2),
    agenda_week_vs_raw_ratio: round(weekMs / Math.max(0.001, median(rawSamples)), 2),
    today_ms: round(median(today), 2),
    ...latencyMetrics('today', today),
    today_after_change_ms: round(median(afterChange), 2),
    timeline_ms: round(median(timeline), 2),
    ...latencyMetrics('timeline', timeline),
    timeline_older_ms: round(median(older), 2),
    timeline_company_activities: busiest.n,
  };
}
