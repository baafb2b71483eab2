import type { ReportCell, ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { activityCounts } from './activity-counts';
import { closedSums, totalsBy } from './closed';
import { type ReportContext, userNames } from './context';
import { dealsLink } from './links';
import { column, ratio, resultOf } from './result';
import { type TargetMetric, targetValues } from './target-values';

type Figures = Record<TargetMetric, { target: number; actual: number }>;

const prefixes: Record<TargetMetric, string> = { won_amount: 'amount', won_deals: 'deals', activities: 'activities' };

function cellsOf(name: string, figures: Figures): Record<string, ReportCell> {
  const cells: Record<string, ReportCell> = { salesperson: name };
  for (const [metric, prefix] of Object.entries(prefixes) as [TargetMetric, string][]) {
    const { target, actual } = figures[metric];
    cells[`${prefix}Target`] = target;
    cells[`${prefix}Actual`] = actual;
    cells[`${prefix}Attainment`] = ratio(actual, target);
  }
  return cells;
}

const emptyFigures = (): Figures => ({ won_amount: { target: 0, actual: 0 }, won_deals: { target: 0, actual: 0 }, activities: { target: 0, actual: 0 } });

/**
 * Per salesperson (and for the chosen team), each metric's target for the period against the
 * actual: amount won (at the rate of each close day), deals won, activities (as the activities
 * report counts them), and the attainment (actual / target).
 */
export function targetsVsActuals(ctx: ReportContext): ReportResult {
  const targets = targetValues(ctx);
  const won = totalsBy(ctx, closedSums(ctx, { group: 'd.owner_id', kinds: ['won'] }), 'won');
  const activities = activityCounts(ctx);
  const activityTotal = (owner: string) => [...(activities.get(owner)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const figuresOf = (owners: readonly string[], subject: string): Figures => {
    const figures = emptyFigures();
    const target = targets.get(subject);
    for (const metric of Object.keys(figures) as TargetMetric[]) figures[metric].target = target?.get(metric) ?? 0;
    for (const owner of owners) {
      figures.won_amount.actual += won.get(owner)?.amount ?? 0;
      figures.won_deals.actual += won.get(owner)?.count ?? 0;
      figures.activities.actual += activityTotal(owner);
    }
    return figures;
  };

  const targeted = [...targets.keys()].filter((subject) => subject.startsWith('user:')).map((subject) => subject.slice('user:'.length));
  const owners =
    ctx.owners ?? [...new Set([...targeted, ...[...won.keys()].map(String), ...activities.keys()])];
  const names = userNames(ctx.db);
  const total = emptyFigures();
  const rows: ReportRow[] = owners
    .map((owner) => {
      const figures = figuresOf([owner], `user:${owner}`);
      for (const metric of Object.keys(total) as TargetMetric[]) {
        total[metric].target += figures[metric].target;
        total[metric].actual += figures[metric].actual;
      }
      return { cells: cellsOf(names.get(owner) ?? owner, figures), link: dealsLink(ctx, { ownerIds: [owner], status: 'won' }) };
    })
    .sort((a, b) => String(a.cells.salesperson).localeCompare(String(b.cells.salesperson)));
  if (ctx.filters.teamId) {
    const teamId = ctx.filters.teamId;
    const name = (prepared(ctx.db, 'SELECT name FROM teams WHERE id = ?').pluck().get(teamId) as string | undefined) ?? teamId;
    const members = prepared(ctx.db, 'SELECT DISTINCT user_id FROM team_members WHERE team_id = ? AND deleted = 0').pluck().all(teamId) as string[];
    rows.push({ cells: cellsOf(name, figuresOf(members, `team:${teamId}`)), link: dealsLink(ctx, { ownerIds: members, status: 'won' }) });
  }
  const totals = cellsOf('', total);
  delete totals.salesperson;
  return resultOf(ctx, 'targets-vs-actuals', {
    columns: [
      column('salesperson', 'user'),
      ...Object.values(prefixes).flatMap((prefix) => {
        const type = prefix === 'amount' ? 'money' : 'count';
        return [column(`${prefix}Target`, type), column(`${prefix}Actual`, type), column(`${prefix}Attainment`, 'percent')];
      }),
    ],
    rows,
    totals,
    chart: { kind: 'bar', category: 'salesperson', series: ['amountAttainment', 'dealsAttainment', 'activitiesAttainment'] },
  });
}
