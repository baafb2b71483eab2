import { convertMinor, isCurrencyCode } from '../../../src-shared/domain/money';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency, rateOn } from '../currency/rates';
import { placeholders } from '../common/sql';
import { bucketSql, type Span } from './spans';

/** Figures per salesperson (owner id), one per span, in the spans' order. */
export type PerOwner = Map<string, number[]>;

export type WonActuals = {
  /** Won amounts in the base currency, each converted at the rate of the day it was won. */
  amount: PerOwner;
  count: PerOwner;
  /** Currencies of won deals that had no rate on their day: left out of the amounts. */
  missing: string[];
};

function add(into: PerOwner, owner: string, index: number, value: number, size: number): void {
  let figures = into.get(owner);
  if (!figures) {
    figures = new Array<number>(size).fill(0);
    into.set(owner, figures);
  }
  figures[index] = (figures[index] ?? 0) + value;
}

const ownerFilter = (column: string, owners: readonly string[] | null) =>
  owners === null ? { sql: '', params: [] as string[] } : { sql: ` AND ${column} IN (${placeholders(owners.length) || 'NULL'})`, params: [...owners] };

/** Amounts of a currency on a day in the base currency: one rate read per currency and day. */
export function converter(db: ReadDb): { toBase: (amount: number, currency: string, day: string) => number | null } {
  const base = baseCurrency(db);
  const rates = new Map<string, string | null>();
  return {
    toBase: (amount, currency, day) => {
      if (currency === base) return amount;
      const key = `${currency}:${day}`;
      if (!rates.has(key)) rates.set(key, isCurrencyCode(currency) ? (rateOn(db, currency, day)?.rate ?? null) : null);
      const rate = rates.get(key);
      return rate ? convertMinor(amount, currency, base, rate, 'to-base') : null;
    },
  };
}

type WonSum = { owner: string; bucket: number; currency: string; day: string; n: number; amount: number };

/**
 * Deals won in each span (by the instant they were won, in a stage of kind 'won', not
 * deleted), per salesperson; `owners` null: everyone's. The spans follow one another.
 */
export function wonActuals(db: ReadDb, spans: readonly Span[], owners: readonly string[] | null): WonActuals {
  const amount: PerOwner = new Map();
  const count: PerOwner = new Map();
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last || owners?.length === 0) return { amount, count, missing: [] };
  const bucket = bucketSql('d.closed_at', spans, 'toIso');
  const who = ownerFilter('d.owner_id', owners);
  const sums = prepared(
    db,
    `SELECT d.owner_id AS owner, ${bucket.sql} AS bucket, d.currency, substr(d.closed_at, 1, 10) AS day, count(*) AS n, sum(d.amount_minor) AS amount
       FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE d.deleted = 0 AND s.kind = 'won' AND d.closed_at >= ? AND d.closed_at < ?${who.sql}
      GROUP BY owner, bucket, d.currency, day`,
  ).all(...bucket.params, first.fromIso, last.toIso, ...who.params) as WonSum[];
  const { toBase } = converter(db);
  const missing = new Set<string>();
  for (const sum of sums) {
    add(count, sum.owner, sum.bucket, sum.n, spans.length);
    const converted = toBase(sum.amount, sum.currency, sum.day);
    if (converted === null) missing.add(sum.currency);
    else add(amount, sum.owner, sum.bucket, converted, spans.length);
  }
  return { amount, count, missing: [...missing].sort() };
}

/** How far an all-day activity's span starts before its date, plus the widest zone offset (activity-span.ts). */
const ALL_DAY_MARGIN_MS = 26 * 3_600_000;
const shifted = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * The activities that count as done in a span: every kind dated in it (a whole-day one by its
 * date, a timed one by its start, an undated note by when it was written), tasks only once
 * ticked off. Deleted ones never count; a repeating series counts once, on its first date.
 */
export const COUNTED_ACTIVITY = "(a.kind <> 'task' OR a.done_at IS NOT NULL)";

type ActivitySum = { owner: string; kind: string; bucket: number; n: number };

/** Activities per salesperson and kind in each span (`owners` null: everyone's). */
export function activityActuals(db: ReadDb, spans: readonly Span[], owners: readonly string[] | null, counted = COUNTED_ACTIVITY): Map<string, PerOwner> {
  const byKind = new Map<string, PerOwner>();
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last || owners?.length === 0) return byKind;
  const byDate = bucketSql('a.start_date', spans, 'toDay');
  const byInstant = bucketSql('coalesce(a.starts_at, a.created_at)', spans, 'toIso');
  const who = ownerFilter('a.owner_id', owners);
  const sums = prepared(
    db,
    `SELECT a.owner_id AS owner, a.kind, CASE WHEN a.all_day = 1 THEN ${byDate.sql} ELSE ${byInstant.sql} END AS bucket, count(*) AS n
       FROM activities a
      WHERE a.deleted = 0 AND a.long_span IN (0, 1) AND a.span_start >= ? AND a.span_start < ?${who.sql}
        AND ${counted}
        AND CASE WHEN a.all_day = 1 THEN a.start_date >= ? AND a.start_date < ?
                 ELSE coalesce(a.starts_at, a.created_at) >= ? AND coalesce(a.starts_at, a.created_at) < ? END
      GROUP BY owner, a.kind, bucket`,
  ).all(
    ...byDate.params,
    ...byInstant.params,
    shifted(first.fromIso, -ALL_DAY_MARGIN_MS),
    shifted(last.toIso, ALL_DAY_MARGIN_MS),
    ...who.params,
    first.fromDay,
    last.toDay,
    first.fromIso,
    last.toIso,
  ) as ActivitySum[];
  for (const sum of sums) {
    let perOwner = byKind.get(sum.kind);
    if (!perOwner) {
      perOwner = new Map();
      byKind.set(sum.kind, perOwner);
    }
    add(perOwner, sum.owner, sum.bucket, sum.n, spans.length);
  }
  return byKind;
}

/** The figures of several salespeople added up, per span. */
export function totalOf(perOwner: PerOwner, owners: readonly string[] | null, size: number): number[] {
  const total = new Array<number>(size).fill(0);
  for (const [owner, figures] of perOwner) {
    if (owners !== null && !owners.includes(owner)) continue;
    figures.forEach((value, index) => (total[index] = (total[index] ?? 0) + value));
  }
  return total;
}

/** Every kind's figures merged: activities per salesperson whatever their kind. */
export function allKinds(byKind: Map<string, PerOwner>, size: number): PerOwner {
  const merged: PerOwner = new Map();
  for (const perOwner of byKind.values()) {
    for (const [owner, figures] of perOwner) figures.forEach((value, index) => add(merged, owner, index, value, size));
  }
  return merged;
}

/** The members of each live team. */
export function teamMembers(db: ReadDb): Map<string, string[]> {
  const rows = prepared(
    db,
    'SELECT m.team_id, m.user_id FROM team_members m JOIN teams t ON t.id = m.team_id WHERE m.deleted = 0 AND t.deleted = 0 ORDER BY m.user_id',
  ).all() as { team_id: string; user_id: string }[];
  const teams = new Map<string, string[]>();
  for (const row of rows) teams.set(row.team_id, [...(teams.get(row.team_id) ?? []), row.user_id]);
  return teams;
}
