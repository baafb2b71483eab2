import type { ClosingTile, CycleTile, PipelineTile, WinRateTile } from '../../../src-shared/domain/dashboard';
import type { ListLink } from '../../../src-shared/domain/reports/types';
import { prepared, type ReadDb } from '../../db/handles';
import { sumInBase } from '../currency/rates';
import { Conditions } from '../common/sql';
import { converter } from '../targets/actuals';
import type { Span } from '../targets/spans';

type DealLinkFilters = Extract<ListLink, { list: 'deals' }>['filters'];
export const dealsLink = (owners: string[] | null, filters: DealLinkFilters): ListLink => ({ list: 'deals', filters: { ...(owners ? { ownerIds: owners } : {}), ...filters } });

type OpenSum = { currency: string; n: number; amount: number; weighted_percent: number; closing_n: number; closing_amount: number };

/**
 * Open deals of every pipeline, read stage by stage from the stage-totals index (which holds
 * every column summed): their amount and weighted amount at today's rates, and those expected
 * to close this month.
 */
export function openDealTiles(
  db: ReadDb,
  owners: string[] | null,
  month: { key: string; fromDay: string; lastDay: string },
  today: string,
  missing: Set<string>,
): { pipeline: PipelineTile; closing: ClosingTile } {
  const where = new Conditions().add("s.kind = 'open'");
  if (owners) where.in('d.owner_id', owners);
  const sums = prepared(
    db,
    `SELECT d.currency, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS weighted_percent,
            sum(d.expected_close >= ? AND d.expected_close <= ?) AS closing_n,
            sum(CASE WHEN d.expected_close >= ? AND d.expected_close <= ? THEN d.amount_minor ELSE 0 END) AS closing_amount
       FROM pipeline_stages s CROSS JOIN deals d ON d.deleted = 0 AND d.pipeline_id = s.pipeline_id AND d.stage_id = s.id
       ${where.toSql()} GROUP BY d.currency`,
  ).all(month.fromDay, month.lastDay, month.fromDay, month.lastDay, ...where.params) as OpenSum[];
  const inBase = (pick: (sum: OpenSum) => number) => {
    const converted = sumInBase(db, sums.map((sum) => ({ currency: sum.currency, amountMinor: pick(sum) })), today);
    converted.missing.forEach((currency) => missing.add(currency));
    return converted.amountMinor;
  };
  const count = (pick: (sum: OpenSum) => number) => sums.reduce((total, sum) => total + pick(sum), 0);
  return {
    pipeline: {
      count: count((sum) => sum.n),
      amount: inBase((sum) => sum.amount),
      weighted: inBase((sum) => Math.round(sum.weighted_percent / 100)),
      link: dealsLink(owners, { status: 'open' }),
    },
    closing: {
      month: month.key,
      count: count((sum) => sum.closing_n),
      amount: inBase((sum) => sum.closing_amount),
      link: dealsLink(owners, { status: 'open', closeFrom: month.fromDay, closeTo: month.lastDay }),
    },
  };
}

type ClosedSum = { kind: 'won' | 'lost'; currency: string; day: string; n: number; amount: number; cycle_days: number };

export type ClosedTiles = { wonCount: number; wonAmount: number; winRate: WinRateTile; cycle: CycleTile; wonLink: ListLink };

/**
 * Deals won or lost in the period (by the instant they closed, in a stage of that kind): the
 * won ones' amount (each at the rate of the day it was won), the win rate, and how long the
 * won ones took from creation.
 */
export function closedDealTiles(db: ReadDb, owners: string[] | null, span: Span, lastDay: string, missing: Set<string>): ClosedTiles {
  const where = new Conditions().add('d.deleted = 0').add("s.kind IN ('won', 'lost')").add('d.closed_at >= ?', span.fromIso).add('d.closed_at < ?', span.toIso);
  if (owners) where.in('d.owner_id', owners);
  const sums = prepared(
    db,
    `SELECT s.kind, d.currency, substr(d.closed_at, 1, 10) AS day, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(julianday(d.closed_at) - julianday(d.created_at)) AS cycle_days
       FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
       ${where.toSql()} GROUP BY s.kind, d.currency, day`,
  ).all(...where.params) as ClosedSum[];
  const { toBase } = converter(db);
  let won = 0;
  let lost = 0;
  let wonAmount = 0;
  let cycleDays = 0;
  for (const sum of sums) {
    if (sum.kind === 'lost') {
      lost += sum.n;
      continue;
    }
    won += sum.n;
    cycleDays += sum.cycle_days;
    const converted = toBase(sum.amount, sum.currency, sum.day);
    if (converted === null) missing.add(sum.currency);
    else wonAmount += converted;
  }
  const range = { closeFrom: span.fromDay, closeTo: lastDay };
  const wonLink = dealsLink(owners, { status: 'won', ...range });
  return {
    wonCount: won,
    wonAmount,
    wonLink,
    winRate: { won, lost, rate: won + lost > 0 ? won / (won + lost) : null, link: wonLink, lostLink: dealsLink(owners, { status: 'lost', ...range }) },
    cycle: { averageDays: won > 0 ? Math.round((cycleDays / won) * 10) / 10 : null, count: won, link: wonLink },
  };
}
