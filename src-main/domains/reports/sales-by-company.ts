import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { closedSums, sumOf, totalsBy } from './closed';
import type { ReportContext } from './context';
import { dealsLink } from './links';
import { column, resultOf } from './result';

/** Companies shown one by one; the rest are summed on one row. */
export const TOP_COMPANIES = 50;

/**
 * Deals won in the period per company (at the rate of each close day): the 50 largest, then
 * the other companies on one row, then the won deals without a company.
 */
export function salesByCompany(ctx: ReportContext): ReportResult {
  const byCompany = totalsBy(ctx, closedSums(ctx, { group: 'd.company_id', kinds: ['won'] }), 'won');
  const noCompany = byCompany.get(null);
  const ranked = [...byCompany]
    .filter(([id]) => id !== null)
    .map(([id, total]) => ({ id: String(id), total }))
    .sort((a, b) => b.total.amount - a.total.amount || b.total.count - a.total.count || a.id.localeCompare(b.id));
  const top = ranked.slice(0, TOP_COMPANIES);
  const names = new Map(
    (
      prepared(ctx.db, 'SELECT id, name FROM companies WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(top.map((entry) => entry.id))) as {
        id: string;
        name: string;
      }[]
    ).map((row) => [row.id, row.name]),
  );
  const rows: ReportRow[] = top.map(({ id, total }) => ({
    cells: { company: names.get(id) ?? id, count: total.count, amount: total.amount },
    link: dealsLink(ctx, { companyId: id, status: 'won' }),
  }));
  const rest = sumOf(ranked.slice(TOP_COMPANIES).map((entry) => entry.total));
  if (rest.count > 0) rows.push({ cells: { company: 'reports.rows.otherCompanies', count: rest.count, amount: rest.amount }, translated: ['company'] });
  if (noCompany) rows.push({ cells: { company: 'reports.rows.noCompany', count: noCompany.count, amount: noCompany.amount }, translated: ['company'] });
  const all = sumOf(byCompany.values());
  return resultOf(ctx, 'sales-by-company', {
    columns: [column('company', 'text'), column('count', 'count'), column('amount', 'money')],
    rows,
    totals: { count: all.count, amount: all.amount },
    chart: { kind: 'bar', category: 'company', series: ['amount'] },
  });
}
