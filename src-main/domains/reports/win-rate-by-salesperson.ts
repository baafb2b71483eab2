import type { ReportResult } from '../../../src-shared/domain/reports/types';
import { closedSums, sumOf, totalsBy } from './closed';
import { type ReportContext, userNames } from './context';
import { dealsLink } from './links';
import { column, days, ratio, resultOf } from './result';

/**
 * Per salesperson (the deal's owner), the deals closed in the period: won, lost, win rate
 * (won / (won + lost)), amount won (at the rate of each close day), average cycle of the won
 * deals (days from creation to close). The best sellers first.
 */
export function winRateBySalesperson(ctx: ReportContext): ReportResult {
  const sums = closedSums(ctx, { group: 'd.owner_id', kinds: ['won', 'lost'] });
  const won = totalsBy(ctx, sums, 'won');
  const lost = totalsBy(ctx, sums, 'lost');
  const names = userNames(ctx.db);
  const owners = [...new Set([...won.keys(), ...lost.keys()].map(String))];
  const rows = owners
    .map((owner) => {
      const w = won.get(owner) ?? { count: 0, amount: 0, cycleDays: 0 };
      const l = lost.get(owner)?.count ?? 0;
      return {
        cells: {
          salesperson: names.get(owner) ?? owner,
          won: w.count,
          lost: l,
          winRate: ratio(w.count, w.count + l),
          wonAmount: w.amount,
          averageCycle: w.count > 0 ? days(w.cycleDays / w.count) : null,
        },
        link: dealsLink(ctx, { ownerIds: [owner] }),
      };
    })
    .sort((a, b) => b.cells.wonAmount - a.cells.wonAmount || b.cells.won - a.cells.won || a.cells.salesperson.localeCompare(b.cells.salesperson));
  const allWon = sumOf(won.values());
  const allLost = sumOf(lost.values()).count;
  return resultOf(ctx, 'win-rate-by-salesperson', {
    columns: [
      column('salesperson', 'user'),
      column('won', 'count'),
      column('lost', 'count'),
      column('winRate', 'percent'),
      column('wonAmount', 'money'),
      column('averageCycle', 'days'),
    ],
    rows,
    totals: {
      won: allWon.count,
      lost: allLost,
      winRate: ratio(allWon.count, allWon.count + allLost),
      wonAmount: allWon.amount,
      averageCycle: allWon.count > 0 ? days(allWon.cycleDays / allWon.count) : null,
    },
    chart: { kind: 'bar', category: 'salesperson', series: ['winRate'] },
  });
}
