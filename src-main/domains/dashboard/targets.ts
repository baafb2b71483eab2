import { convertMinor } from '../../../src-shared/domain/money';
import { quarterOfMonth, type TargetMetric } from '../../../src-shared/domain/targets';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency, rateOn } from '../currency/rates';
import type { TargetDbRow } from '../targets/service';
import { daysBetween, monthAfter } from '../targets/spans';
import type { ResolvedSubject } from './subject';

/** The months a period of days touches, with the share of each it covers. */
function monthShares(fromDay: string, lastDay: string): { month: string; share: number }[] {
  const shares: { month: string; share: number }[] = [];
  for (let month = fromDay.slice(0, 7); month <= lastDay.slice(0, 7); month = monthAfter(month).slice(0, 7)) {
    const first = `${month}-01`;
    const next = monthAfter(month);
    const from = fromDay > first ? fromDay : first;
    const end = lastDay < next ? lastDay : next;
    const covered = daysBetween(from, end) + (lastDay < next ? 1 : 0);
    shares.push({ month, share: covered / daysBetween(first, next) });
  }
  return shares;
}

type Row = Pick<TargetDbRow, 'subject_kind' | 'subject_id' | 'period' | 'value' | 'currency'>;

/**
 * What the subject should reach over the period in a metric: each month's target (the month's
 * own, else a third of its quarter's), prorated by the days of it the period covers, added up
 * over the salespeople — or the team's own targets when it has some. Null when none is set.
 */
export function periodTarget(db: ReadDb, resolved: ResolvedSubject, metric: TargetMetric, fromDay: string, lastDay: string, today: string): number | null {
  const shares = monthShares(fromDay, lastDay);
  const periods = [...new Set(shares.flatMap(({ month }) => [month, quarterOfMonth(month)]))];
  const rows = prepared(
    db,
    `SELECT subject_kind, subject_id, period, value, currency FROM targets
      WHERE period IN (SELECT value FROM json_each(?)) AND deleted = 0 AND metric = ?`,
  ).all(JSON.stringify(periods), metric) as Row[];
  const { subject, owners } = resolved;
  const teamRows = subject.teamId ? rows.filter((row) => row.subject_kind === 'team' && row.subject_id === subject.teamId) : [];
  const userRows = rows.filter((row) => row.subject_kind === 'user' && (owners === null || owners.includes(row.subject_id)));
  const chosen = teamRows.length > 0 ? teamRows : subject.kind === 'office' && userRows.length === 0 ? rows.filter((row) => row.subject_kind === 'team') : userRows;
  if (chosen.length === 0) return null;
  const base = baseCurrency(db);
  const valueOf = (row: Row): number => {
    if (metric !== 'won_amount' || !row.currency || row.currency === base) return row.value;
    const rate = rateOn(db, row.currency, today);
    return rate ? convertMinor(row.value, row.currency, base, rate.rate, 'to-base') : 0;
  };
  const bySubject = new Map<string, Map<string, number>>();
  for (const row of chosen) {
    const key = `${row.subject_kind}:${row.subject_id}`;
    const periodsOfSubject = bySubject.get(key) ?? new Map<string, number>();
    periodsOfSubject.set(row.period, valueOf(row));
    bySubject.set(key, periodsOfSubject);
  }
  let total = 0;
  for (const periodsOfSubject of bySubject.values()) {
    for (const { month, share } of shares) {
      const own = periodsOfSubject.get(month);
      const quarter = periodsOfSubject.get(quarterOfMonth(month));
      const monthly = own ?? (quarter === undefined ? 0 : quarter / 3);
      total += monthly * share;
    }
  }
  return Math.round(total);
}
