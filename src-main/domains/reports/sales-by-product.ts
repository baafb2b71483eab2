import type { QuoteLine } from '../../../src-shared/domain/quotes';
import { FULL_BP, lineTotalMinor } from '../../../src-shared/domain/quote-totals';
import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { prepared } from '../../db/handles';
import { parseJson } from '../common/json';
import type { ReportContext } from './context';
import { ALL_DEALS, dealConditions } from './filters';
import { column, resultOf } from './result';

type QuoteRow = { deal_id: string; day: string; id: string; status: string; currency: string; lines: string; global_discount_bp: number; superseded_by: string | null; version: number; issue_date: string; created_at: string };

const newestFirst = (a: QuoteRow, b: QuoteRow) => b.version - a.version || b.issue_date.localeCompare(a.issue_date) || b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);

/** The quote that says what a won deal sold: its accepted quote (the newest accepted), else its newest current version. */
function quoteOfDeal(quotes: QuoteRow[]): QuoteRow | undefined {
  const sorted = [...quotes].sort(newestFirst);
  return sorted.find((quote) => quote.status === 'accepted') ?? sorted.find((quote) => quote.superseded_by === null);
}

/**
 * What the deals won in the period sold, from their accepted quote (else the newest current
 * version): quantity and revenue excluding tax per product, after line and global discounts, at
 * the rate of the deal's close day; lines without a product under "Other". Won deals without a
 * quote are left out (the note says so). The best sellers first.
 */
export function salesByProduct(ctx: ReportContext): ReportResult {
  const where = dealConditions(ctx, 'd', ctx.filters.pipelineId)
    .add('d.closed_at >= ? AND d.closed_at < ?', ctx.period.fromIso, ctx.period.toIso)
    .add("s.kind = 'won'");
  const won = prepared(ctx.db, `SELECT count(*) FROM ${ALL_DEALS} ${where.toSql()}`).pluck().get(...where.params) as number;
  const quotes = prepared(
    ctx.db,
    `SELECT q.deal_id, substr(d.closed_at, 1, 10) AS day, q.id, q.status, q.currency, q.lines, q.global_discount_bp, q.superseded_by, q.version, q.issue_date, q.created_at
       FROM ${ALL_DEALS} JOIN quotes q ON q.deal_id = d.id AND q.deleted = 0
       ${where.toSql()}`,
  ).all(...where.params) as QuoteRow[];
  const byDeal = new Map<string, QuoteRow[]>();
  for (const quote of quotes) byDeal.set(quote.deal_id, [...(byDeal.get(quote.deal_id) ?? []), quote]);
  if (byDeal.size < won) ctx.notes.add('reports.notes.wonWithoutQuote');

  const sold = new Map<string | null, { quantityMilli: number; revenue: number }>();
  for (const dealQuotes of byDeal.values()) {
    const quote = quoteOfDeal(dealQuotes);
    if (!quote) continue;
    for (const line of parseJson<QuoteLine[]>(quote.lines, [])) {
      const net = Math.round((lineTotalMinor(line) * (FULL_BP - quote.global_discount_bp)) / FULL_BP);
      const entry = sold.get(line.productId) ?? { quantityMilli: 0, revenue: 0 };
      entry.quantityMilli += line.quantityMilli;
      entry.revenue += ctx.money.toBase(net, quote.currency, quote.day);
      sold.set(line.productId, entry);
    }
  }
  const ids = [...sold.keys()].filter((id): id is string => id !== null);
  const names = new Map(
    (prepared(ctx.db, `SELECT id, name FROM products WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string; name: string }[]).map(
      (row) => [row.id, row.name],
    ),
  );
  const rows: (ReportRow & { revenue: number })[] = [...sold]
    .filter(([id]) => id !== null)
    .map(([id, entry]) => ({
      revenue: entry.revenue,
      cells: { product: names.get(String(id)) ?? String(id), quantity: entry.quantityMilli / 1000, revenue: entry.revenue },
    }))
    .sort((a, b) => b.revenue - a.revenue || String(a.cells.product).localeCompare(String(b.cells.product)));
  const other = sold.get(null);
  if (other) {
    rows.push({ revenue: other.revenue, cells: { product: 'reports.rows.otherProducts', quantity: other.quantityMilli / 1000, revenue: other.revenue }, translated: ['product'] });
  }
  const all = [...sold.values()].reduce((total, entry) => ({ quantity: total.quantity + entry.quantityMilli, revenue: total.revenue + entry.revenue }), { quantity: 0, revenue: 0 });
  return resultOf(ctx, 'sales-by-product', {
    columns: [column('product', 'text'), column('quantity', 'count'), column('revenue', 'money')],
    rows: rows.map(({ revenue: _revenue, ...row }) => row),
    totals: { quantity: all.quantity / 1000, revenue: all.revenue },
    chart: { kind: 'bar', category: 'product', series: ['revenue'] },
  });
}
