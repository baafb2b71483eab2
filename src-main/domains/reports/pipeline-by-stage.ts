import type { ReportResult } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { type ReportContext, pipelineOf } from './context';
import { dealConditions } from './filters';
import { dealsLink } from './links';
import { column, days, resultOf } from './result';

type StageSum = { stage_id: string; currency: string; n: number; amount: number; weighted_percent: number; age_days: number };
type Stage = { id: string; name: string };

/**
 * The open deals of one pipeline (the chosen one, else the first) as they stand now, by stage in
 * stage order: those expected to close by the end of the period, overdue ones and undated ones
 * included (deals expected after the period are left out). Amounts at today's rates; weighted by
 * the deal's probability, else its stage's; age = days since the deal entered its stage.
 */
export function pipelineByStage(ctx: ReportContext): ReportResult {
  const pipelineId = pipelineOf(ctx);
  const stages = prepared(ctx.db, "SELECT id, name FROM pipeline_stages WHERE pipeline_id = ? AND deleted = 0 AND kind = 'open' ORDER BY position, id").all(
    pipelineId,
  ) as Stage[];
  const where = dealConditions(ctx, 'd', pipelineId)
    .add("s.kind = 'open'")
    .add('(d.expected_close IS NULL OR d.expected_close <= ?)', ctx.period.to);
  const sums = prepared(
    ctx.db,
    `SELECT d.stage_id, d.currency, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS weighted_percent,
            sum(? - julianday(coalesce(d.stage_entered_at, d.created_at))) AS age_days
       FROM pipeline_stages s CROSS JOIN deals d ON d.deleted = 0 AND d.pipeline_id = s.pipeline_id AND d.stage_id = s.id
       ${where.toSql()} GROUP BY d.stage_id, d.currency`,
  ).all(ctx.nowMs / 86_400_000 + 2_440_587.5, ...where.params) as StageSum[];

  const all = { count: 0, amount: 0, weighted: 0, age: 0 };
  const rows = stages.map((stage) => {
    const own = sums.filter((sum) => sum.stage_id === stage.id);
    const count = own.reduce((total, sum) => total + sum.n, 0);
    const amount = own.reduce((total, sum) => total + ctx.money.toBase(sum.amount, sum.currency, ctx.today), 0);
    const weighted = own.reduce((total, sum) => total + ctx.money.toBase(Math.round(sum.weighted_percent / 100), sum.currency, ctx.today), 0);
    const age = own.reduce((total, sum) => total + sum.age_days, 0);
    all.count += count;
    all.amount += amount;
    all.weighted += weighted;
    all.age += age;
    return {
      cells: { stage: stage.name, count, amount, weighted, averageAge: count > 0 ? days(age / count) : null },
      link: dealsLink(ctx, { ...(pipelineId ? { pipelineId } : {}), stageIds: [stage.id], status: 'open' }),
    };
  });
  return resultOf(ctx, 'pipeline-by-stage', {
    columns: [column('stage', 'text'), column('count', 'count'), column('amount', 'money'), column('weighted', 'money'), column('averageAge', 'days')],
    rows,
    totals: { count: all.count, amount: all.amount, weighted: all.weighted, averageAge: all.count > 0 ? days(all.age / all.count) : null },
    chart: { kind: 'bar', category: 'stage', series: ['amount', 'weighted'] },
  });
}
