import { scheduledKinds } from '../../../src-shared/domain/activities';
import type { Core } from '../../../src-main/core/core';
import { exportICalendar } from '../../../src-main/domains/ical/export';
import type { Metrics } from '../suite';
import { median, round, timed } from '../stats';
import { call, sampleCalls } from './call';

const ZONE = 'Europe/Paris';
const EVENTS = 10_000;
const RUNS = 7;

const kindList = scheduledKinds.map((kind) => `'${kind}'`).join(', ');

/**
 * The stretch of days that holds the latest 10,000 agenda activities (meetings, visits, calls,
 * timed tasks) of every user, as the local user sees them: the export's window.
 */
function windowOfTenThousand(core: Core): { from: string; to: string } {
  const visible = `deleted = 0 AND long_span = 0 AND kind IN (${kindList}) AND (starts_at IS NOT NULL OR start_date IS NOT NULL)
    AND (scope IS NOT 'private' OR owner_id = ?)`;
  const last = core.db.prepare(`SELECT max(span_start) FROM activities WHERE ${visible}`).pluck().get(core.userId) as string | null;
  const first = core.db
    .prepare(`SELECT span_start FROM activities WHERE ${visible} ORDER BY span_start DESC LIMIT 1 OFFSET ${EVENTS - 1}`)
    .pluck()
    .get(core.userId) as string | undefined;
  if (!last || !first) throw new Error(`the dataset holds fewer than ${EVENTS} agenda activities`);
  return { from: first.slice(0, 10), to: last.slice(0, 10) };
}

/**
 * `ics_export_10k_ms`: `ical.export` of every user's agenda over the days holding the latest
 * 10,000 agenda activities (all four agenda kinds), through the handler — the span read, the
 * names in bulk, the events, VTIMEZONEs and the text, and the file written for the page — as the
 * median of a few runs after warm-up ones; beside it, the process CPU time of the same calls (a
 * steadier figure on a busy machine), the export without the file, the events written and the
 * file's size.
 */
export async function measureIcsExport(core: Core): Promise<Metrics> {
  const userIds = (core.db.prepare('SELECT id FROM users WHERE deleted = 0 ORDER BY id LIMIT 50').pluck().all() as string[]).sort();
  const input = { ...windowOfTenThousand(core), timeZone: ZONE, userIds, kinds: [...scheduledKinds] };
  let bytes = 0;
  const cpuSamples: number[] = [];
  const samples = await sampleCalls(RUNS, async (i) => {
    const cpu = process.cpuUsage();
    bytes = (await call(core, 'ical.export', input)).size;
    const used = process.cpuUsage(cpu);
    if (i >= 0) cpuSamples.push((used.user + used.system) / 1000);
  });
  const textOnly = Array.from({ length: RUNS }, () => timed(() => exportICalendar(core, input)));
  return {
    ics_export_10k_ms: round(median(samples), 1),
    ics_export_10k_cpu_ms: round(median(cpuSamples), 1),
    ics_export_text_ms: round(median(textOnly.map((run) => run.ms)), 1),
    ics_export_events: textOnly[0]?.value.events ?? 0,
    ics_export_kb: Math.round(bytes / 1024),
  };
}
