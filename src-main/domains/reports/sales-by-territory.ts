import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { closedSums, sumOf, totalsBy, type Totals } from './closed';
import type { ReportContext } from './context';
import { dealsLink } from './links';
import { column, resultOf } from './result';

type Membership = { territory_id: string; name: string; user_id: string };

/**
 * Deals won in the period by the territory of their owner (a salesperson in several territories
 * counts in each, and the note says so; the totals count each deal once), then those of
 * salespeople in no territory. The largest first.
 */
export function salesByTerritory(ctx: ReportContext): ReportResult {
  const byOwner = totalsBy(ctx, closedSums(ctx, { group: 'd.owner_id', kinds: ['won'] }), 'won');
  const memberships = prepared(
    ctx.db,
    `SELECT t.id AS territory_id, t.name, m.user_id FROM territory_members m JOIN territories t ON t.id = m.territory_id AND t.deleted = 0
      WHERE m.deleted = 0 ORDER BY t.name, t.id`,
  ).all() as Membership[];
  const territories = new Map<string, { name: string; members: Set<string> }>();
  const placed = new Map<string, number>();
  for (const row of memberships) {
    const territory = territories.get(row.territory_id) ?? { name: row.name, members: new Set<string>() };
    if (!territory.members.has(row.user_id)) placed.set(row.user_id, (placed.get(row.user_id) ?? 0) + 1);
    territory.members.add(row.user_id);
    territories.set(row.territory_id, territory);
  }
  const totalOf = (owners: Iterable<string>): Totals => sumOf([...owners].map((owner) => byOwner.get(owner) ?? { count: 0, amount: 0, cycleDays: 0 }));
  const rows: (ReportRow & { amount: number })[] = [...territories].map(([, territory]) => {
    const total = totalOf(territory.members);
    return {
      amount: total.amount,
      cells: { territory: territory.name, count: total.count, amount: total.amount },
      link: dealsLink(ctx, { ownerIds: [...territory.members], status: 'won' }),
    };
  });
  rows.sort((a, b) => b.amount - a.amount || String(a.cells.territory).localeCompare(String(b.cells.territory)));
  const unplaced = [...byOwner.keys()].map(String).filter((owner) => !placed.has(owner));
  if (unplaced.length > 0) {
    const total = totalOf(unplaced);
    rows.push({
      amount: total.amount,
      cells: { territory: 'reports.rows.noTerritory', count: total.count, amount: total.amount },
      translated: ['territory'],
      link: dealsLink(ctx, { ownerIds: unplaced, status: 'won' }),
    });
  }
  if ([...byOwner.keys()].some((owner) => (placed.get(String(owner)) ?? 0) > 1)) ctx.notes.add('reports.notes.severalTerritories');
  const all = sumOf(byOwner.values());
  return resultOf(ctx, 'sales-by-territory', {
    columns: [column('territory', 'text'), column('count', 'count'), column('amount', 'money')],
    rows: rows.map(({ amount: _amount, ...row }) => row),
    totals: { count: all.count, amount: all.amount },
    chart: { kind: 'bar', category: 'territory', series: ['amount'] },
  });
}
