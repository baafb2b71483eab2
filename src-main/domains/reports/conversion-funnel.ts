import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { type ReportContext, pipelineOf } from './context';
import { dealConditions } from './filters';
import { dealsLink } from './links';
import { column, ratio, resultOf } from './result';

type Stage = { id: string; name: string; kind: string; position: number };

/**
 * The deals of one pipeline (the chosen one, else the first) created in the period: how many
 * reached each open stage or a later one (from every stage they ever entered, their current
 * one included: a deal moved back counts once per stage it reached; a won stage is past every
 * open one, a lost one reaches nothing), then how many were won; each step's conversion from the
 * step before.
 */
export function conversionFunnel(ctx: ReportContext): ReportResult {
  const pipelineId = pipelineOf(ctx);
  const stages = prepared(ctx.db, 'SELECT id, name, kind, position FROM pipeline_stages WHERE pipeline_id = ? AND deleted = 0 ORDER BY position, id').all(
    pipelineId,
  ) as Stage[];
  const open = stages.filter((stage) => stage.kind === 'open');
  // Each stage's rank on the way: open stages 1…n in order, won n + 1, lost 0.
  const rank = new Map(stages.map((stage) => [stage.id, stage.kind === 'won' ? open.length + 1 : stage.kind === 'lost' ? 0 : open.indexOf(stage) + 1]));
  const where = dealConditions(ctx, 'd', pipelineId).add('d.created_at >= ? AND d.created_at < ?', ctx.period.fromIso, ctx.period.toIso);
  // The deals created in the period, then every stage entry since the period began (a deal enters its stages after its creation).
  const created = new Map(
    (prepared(ctx.db, `SELECT d.id, d.stage_id FROM deals d NOT INDEXED ${where.toSql()}`).all(...where.params) as { id: string; stage_id: string }[]).map((row) => [
      row.id,
      row.stage_id,
    ]),
  );
  const entries = prepared(ctx.db, 'SELECT e.deal_id, e.stage_id FROM deal_stage_entries e NOT INDEXED WHERE e.deleted = 0 AND e.entered_at >= ?').all(
    ctx.period.fromIso,
  ) as { deal_id: string; stage_id: string }[];
  const deals = [
    ...[...created].map(([dealId, stageId]) => ({ deal_id: dealId, stage_id: stageId })),
    ...entries.filter((entry) => created.has(entry.deal_id)),
  ];
  const furthest = new Map<string, number>();
  const won = new Set<string>();
  for (const row of deals) {
    const step = rank.get(row.stage_id) ?? 0;
    if (step === open.length + 1) won.add(row.deal_id);
    furthest.set(row.deal_id, Math.max(furthest.get(row.deal_id) ?? 0, step));
  }
  const counts = open.map((_, index) => [...furthest.values()].filter((step) => step >= index + 1).length);
  const steps = [...open.map((stage, index) => ({ stage, count: counts[index] ?? 0 })), { stage: null, count: won.size }];
  const rows: ReportRow[] = steps.map(({ stage, count }, index) => {
    const previous = index > 0 ? steps[index - 1]?.count : undefined;
    const conversion = previous === undefined ? null : ratio(count, previous);
    return stage
      ? { cells: { stage: stage.name, count, conversion }, link: dealsLink(ctx, { ...(pipelineId ? { pipelineId } : {}), stageIds: [stage.id] }) }
      : { cells: { stage: 'reports.rows.won', count, conversion }, translated: ['stage'], link: dealsLink(ctx, { ...(pipelineId ? { pipelineId } : {}), status: 'won' }) };
  });
  return resultOf(ctx, 'conversion-funnel', {
    columns: [column('stage', 'text'), column('count', 'count'), column('conversion', 'percent')],
    rows,
    totals: null,
    chart: { kind: 'funnel', category: 'stage', series: ['count'] },
  });
}
