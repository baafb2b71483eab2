import type { QuoteLineInput } from '../../../src-shared/contract/inputs/quotes';
import { quoteTotals } from '../../../src-shared/domain/quote-totals';
import type { QuoteLine, QuoteStatus } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import type { Row } from '../../db/synced-tables';
import type { WriteTx } from '../../db/write-path';
import { IssueList } from '../../domains/common/validation';
import { addDays } from '../../domains/quotes/dates';
import { buildLines } from '../../domains/quotes/lines';
import { freeQuoteLines } from './data/sales';
import type { Journey } from './deal-journey';
import type { SeedRecord } from './records';
import type { Rng } from './rng';
import type { SalesSetup } from './sales-setup';
import { DAY_MS, isoDate, isoInstant } from './text';

/** The open transaction and the core: quotes are numbered and priced as the app does it. */
export type SeedWriter = { core: Core; tx: WriteTx };

export type QuotedDeal = {
  id: string;
  title: string;
  companyId: string | null;
  contactId: string | null;
  ownerId: string;
  currency: string;
  journey: Journey;
  endMs: number;
};

/** About what a euro is worth in the deal currencies, for prices typed by hand. */
const perEuro: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.86 };

function quantityOf(rng: Rng, [min, max, step]: readonly [number, number, number]): number {
  const steps = Math.floor((max - min) / step);
  return min + step * Math.floor(Math.pow(rng.next(), 2.5) * (steps + 1));
}

function lineCount(rng: Rng): number {
  const [min, max] = rng.weighted([
    [[1, 3], 40],
    [[4, 8], 40],
    [[9, 15], 15],
    [[16, 30], 5],
  ] as const);
  return rng.between(min, max);
}

/** A quote's lines as a salesperson types them: products of one to three categories, sometimes a line without a product. */
function lineInputs(rng: Rng, sales: SalesSetup, currency: string): QuoteLineInput[] {
  const categories = [...sales.catalogue.byCategory.keys()];
  const chosen = new Set(Array.from({ length: rng.between(1, 3) }, () => rng.pick(categories)));
  const pool = [...chosen].flatMap((category) => sales.catalogue.byCategory.get(category) ?? []);
  const used = new Set<string>();
  const lines: QuoteLineInput[] = [];
  for (let i = 0, wanted = lineCount(rng); i < wanted && used.size < pool.length; i++) {
    const product = rng.pick(pool);
    if (used.has(product.id)) continue;
    used.add(product.id);
    const discountBp = rng.chance(0.12) ? rng.pick([500, 1000, 1500]) : 0;
    lines.push({ productId: product.id, quantityMilli: quantityOf(rng, product.family.quantity), discountBp });
  }
  if (rng.chance(0.08)) {
    const [description, unit, euroMinor, vatRateBp] = rng.pick(freeQuoteLines);
    lines.push({ description, unit, quantityMilli: 1_000, unitPriceMinor: Math.round(euroMinor * (perEuro[currency] ?? 1)), vatRateBp, discountBp: 0 });
  }
  return lines;
}

function pricedLines(writer: SeedWriter, inputs: QuoteLineInput[], deal: QuotedDeal, date: string): QuoteLine[] {
  const issues = new IssueList();
  const lines = buildLines(writer.tx.db, inputs, { companyId: deal.companyId, currency: deal.currency, date }, issues);
  if (issues.issues.length > 0) throw new Error(`a seeded quote could not be priced: ${JSON.stringify(issues.issues)}`);
  return lines;
}

type Version = { id: string; issueMs: number; status: QuoteStatus; sentMs: number | null; decidedMs: number | null; discountBp: number; supersededBy: string | null };

/** Sent a day or two after it was made, never after `limitMs`. */
const sentAfter = (rng: Rng, issueMs: number, limitMs: number) => Math.min(limitMs, issueMs + rng.int(2 * DAY_MS));

/** The latest version's state, from how the deal ended. */
function latestState(rng: Rng, deal: QuotedDeal, issueMs: number): Pick<Version, 'status' | 'sentMs' | 'decidedMs'> {
  const { outcome, closedMs } = deal.journey;
  if (outcome !== 'open' && closedMs !== null) {
    if (outcome === 'lost' && rng.chance(0.25)) return { status: 'sent', sentMs: sentAfter(rng, issueMs, closedMs), decidedMs: null };
    return { status: outcome === 'won' ? 'accepted' : 'declined', sentMs: sentAfter(rng, issueMs, closedMs), decidedMs: closedMs };
  }
  return rng.chance(0.65) ? { status: 'sent', sentMs: sentAfter(rng, issueMs, deal.endMs - 60_000), decidedMs: null } : { status: 'draft', sentMs: null, decidedMs: null };
}

/**
 * When the versions were made: a decided deal's last version within its validity when the client
 * answered; sometimes a first version sent earlier and revised (same number, next version).
 */
function issueTimes(rng: Rng, sales: SalesSetup, deal: QuotedDeal, proposalMs: number): number[] {
  const { closedMs } = deal.journey;
  // Within the validity: an expired quote can no longer be accepted or declined.
  const latest =
    closedMs !== null
      ? Math.max(proposalMs, closedMs - rng.between(1, Math.max(1, Math.min(25, sales.validityDays - 2))) * DAY_MS)
      : Math.min(deal.endMs - 3_600_000, proposalMs + rng.int(3 * DAY_MS));
  const revised = rng.chance(0.15);
  if (revised && latest - proposalMs >= 5 * DAY_MS) return [proposalMs, latest];
  const later = latest + rng.between(5, 20) * DAY_MS;
  if (revised && closedMs === null && later < deal.endMs - 3_600_000) return [latest, later];
  return [latest];
}

/**
 * The quotes of a deal that reached the proposal stage, as the app makes them: numbered in this
 * device's series, lines priced from the company's price list or the general one at the date,
 * totals from the lines; and the deal's amount, which follows its latest quote.
 */
export function dealQuotes(writer: SeedWriter, sales: SalesSetup, deal: QuotedDeal): { records: SeedRecord[]; totalExclMinor: number } | null {
  const { rng } = sales;
  const proposalMs = deal.journey.proposalMs;
  if (proposalMs === null || sales.catalogue.byCategory.size === 0) return null;
  const times = issueTimes(rng, sales, deal, proposalMs);
  const firstMs = times[0] as number;
  const lines = pricedLines(writer, lineInputs(rng, sales, deal.currency), deal, isoDate(firstMs));
  if (lines.length === 0) return null;
  const firstDiscount = rng.chance(0.08) ? rng.between(2, 10) * 100 : 0;
  const versions: Version[] = times.map((issueMs, index) => ({
    id: rng.uuid7(issueMs),
    issueMs,
    ...(index < times.length - 1 ? { status: 'sent' as const, sentMs: sentAfter(rng, issueMs, times[index + 1] as number), decidedMs: null } : latestState(rng, deal, issueMs)),
    discountBp: index === 0 ? firstDiscount : Math.min(10_000, firstDiscount + rng.between(2, 5) * 100),
    supersededBy: null,
  }));
  versions.forEach((version, index) => {
    version.supersededBy = versions[index + 1]?.id ?? null;
  });
  const { number, series, sequence } = sales.numbers.next(writer, isoDate(firstMs).slice(0, 4));
  const records = versions.map((version, index): SeedRecord => {
    const issueDate = isoDate(version.issueMs);
    const values: Row = {
      created_at: isoInstant(version.issueMs),
      title: deal.title,
      deal_id: deal.id,
      company_id: deal.companyId,
      contact_id: deal.contactId,
      owner_id: deal.ownerId,
      scope: null,
      number,
      series,
      sequence,
      version: index + 1,
      superseded_by: version.supersededBy,
      status: version.status,
      issue_date: issueDate,
      valid_until: addDays(issueDate, sales.validityDays),
      currency: deal.currency,
      lines: JSON.stringify(lines),
      global_discount_bp: version.discountBp,
      terms: sales.terms,
      notes: null,
      sent_at: version.sentMs === null ? null : isoInstant(version.sentMs),
      decided_at: version.decidedMs === null ? null : isoInstant(version.decidedMs),
    };
    return { table: 'quotes', id: version.id, values };
  });
  const latest = versions.at(-1) as Version;
  return { records, totalExclMinor: quoteTotals(lines, latest.discountBp).totalExclMinor };
}
