import { activityKinds } from '../../../src-shared/domain/activities';
import type { ReportResult } from '../../../src-shared/domain/reports/types';
import { activityCounts } from './activity-counts';
import { type ReportContext, userNames } from './context';
import { column, resultOf } from './result';

/**
 * The activities dated in the period per salesperson (their owner), a column per kind and the
 * total; the busiest first. Recurring series count each occurrence in the period.
 */
export function activitiesBySalesperson(ctx: ReportContext): ReportResult {
  const counts = activityCounts(ctx);
  const names = userNames(ctx.db);
  const totals: Record<string, number> = Object.fromEntries([...activityKinds, 'total'].map((kind) => [kind, 0]));
  const rows = [...counts]
    .map(([owner, byKind]) => {
      const cells: Record<string, string | number> = { salesperson: names.get(owner) ?? owner };
      let total = 0;
      for (const kind of activityKinds) {
        const n = byKind.get(kind) ?? 0;
        cells[kind] = n;
        totals[kind] = (totals[kind] ?? 0) + n;
        total += n;
      }
      cells.total = total;
      totals.total = (totals.total ?? 0) + total;
      return { total, cells, link: { list: 'activities' as const, filters: { ownerIds: [owner], from: ctx.period.from, to: ctx.period.to } } };
    })
    .sort((a, b) => b.total - a.total || String(a.cells.salesperson).localeCompare(String(b.cells.salesperson)))
    .map(({ cells, link }) => ({ cells, link }));
  return resultOf(ctx, 'activities-by-salesperson', {
    columns: [column('salesperson', 'user'), ...activityKinds.map((kind) => column(kind, 'count')), column('total', 'count')],
    rows,
    totals,
    chart: { kind: 'stacked-bar', category: 'salesperson', series: [...activityKinds] },
  });
}
