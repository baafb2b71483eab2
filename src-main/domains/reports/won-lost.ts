import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { closedSums, sumOf, totalsBy } from './closed';
import type { ReportContext } from './context';
import { dealsLink } from './links';
import { column, ratio, resultOf } from './result';

/**
 * Deals closed in the period: a row for the won ones, a row per lost reason (in the reasons'
 * order, then lost without a reason); count, amount (at the rate of each close day), share of
 * the closed deals (by count).
 */
export function wonLost(ctx: ReportContext): ReportResult {
  const sums = closedSums(ctx, { group: "CASE WHEN s.kind = 'lost' THEN d.lost_reason_id END", kinds: ['won', 'lost'] });
  const won = totalsBy(ctx, sums, 'won').get(null) ?? { count: 0, amount: 0, cycleDays: 0 };
  const lost = totalsBy(ctx, sums, 'lost');
  const closed = won.count + sumOf(lost.values()).count;
  const reasons = prepared(ctx.db, 'SELECT id, label FROM lost_reasons WHERE deleted = 0 ORDER BY position, id').all() as { id: string; label: string }[];
  const known = new Set(reasons.map((reason) => reason.id));

  const rows: ReportRow[] = [
    {
      cells: { outcome: 'reports.rows.won', count: won.count, amount: won.amount, share: ratio(won.count, closed) },
      translated: ['outcome'],
      link: dealsLink(ctx, { status: 'won' }),
    },
  ];
  for (const reason of reasons) {
    const total = lost.get(reason.id);
    if (!total) continue;
    rows.push({
      cells: { outcome: reason.label, count: total.count, amount: total.amount, share: ratio(total.count, closed) },
      link: dealsLink(ctx, { status: 'lost' }),
    });
  }
  // Lost without a reason, or with one removed since.
  const unexplained = sumOf([...lost].filter(([id]) => id === null || !known.has(String(id))).map(([, total]) => total));
  if (unexplained.count > 0) {
    rows.push({
      cells: { outcome: 'reports.rows.noReason', count: unexplained.count, amount: unexplained.amount, share: ratio(unexplained.count, closed) },
      translated: ['outcome'],
      link: dealsLink(ctx, { status: 'lost' }),
    });
  }
  const lostAll = sumOf(lost.values());
  return resultOf(ctx, 'won-lost', {
    columns: [column('outcome', 'text'), column('count', 'count'), column('amount', 'money'), column('share', 'percent')],
    rows,
    totals: { count: closed, amount: won.amount + lostAll.amount, share: closed > 0 ? 1 : null },
    chart: { kind: 'pie', category: 'outcome', series: ['count'] },
  });
}
