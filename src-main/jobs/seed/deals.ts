import type { Row } from '../../db/synced-tables';
import { derivedUuid } from '../../domains/common/derived-id';
import { spreadMs, type CompanyRef, type SeedContext } from './context';
import { dealNotes, dealRoles, dealSources, dealTopics, nextSteps, titleSuffixes } from './data/sales';
import { dealJourney, type Journey } from './deal-journey';
import { dealQuotes, type SeedWriter } from './quotes';
import type { SeedRecord } from './records';
import { weightedTable, type Rng } from './rng';
import type { SalesSetup } from './sales-setup';
import { tagRecords } from './tags';
import { DAY_MS, isoDate, isoInstant } from './text';

type Language = 'fr' | 'en';

/** The app's id of "this contact in this deal" (deals/service.ts), so the deal page can change or remove it. */
export const dealContactId = (dealId: string, contactId: string) => derivedUuid(`deal-contact/${dealId}/${contactId}`);

/** Share of the deals that reached the proposal stage which have quotes (about one deal in ten overall). */
const QUOTE_SHARE = 0.18;

const pickSource = weightedTable(dealSources);
const amountTiers = [
  [500, 5_000, 45],
  [5_000, 30_000, 35],
  [30_000, 150_000, 16],
  [150_000, 600_000, 4],
] as const;
/** About what a euro is worth in the deal currencies (amounts are estimates, rounded). */
const perEuro: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.86 };

/** Companies created before the deal (the lists are in creation order); the deal's company, for most deals. */
function pickCompany(ctx: SeedContext, rng: Rng, createdMs: number): CompanyRef | undefined {
  if (!rng.chance(0.94)) return undefined;
  const pool = rng.chance(0.82) && ctx.companies.FR.length > 0 ? ctx.companies.FR : ctx.companies.GB.length > 0 ? ctx.companies.GB : ctx.companies.FR;
  let low = 0;
  let high = pool.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((pool[mid] as CompanyRef).createdMs <= createdMs) low = mid + 1;
    else high = mid;
  }
  return pool.length === 0 ? undefined : pool[rng.int(Math.max(low, Math.min(5, pool.length)))];
}

function pickCurrency(rng: Rng, company: CompanyRef | undefined): string {
  if (company?.country === 'GB') return rng.weighted([['GBP', 70], ['EUR', 20], ['USD', 10]] as const);
  if (company) return rng.weighted([['EUR', 94], ['USD', 4], ['GBP', 2]] as const);
  return rng.chance(0.9) ? 'EUR' : 'USD';
}

/** An estimate in minor units: most deals small, a few large, rounded as people round them. */
function estimate(rng: Rng, currency: string): number {
  const [low, high] = rng.weighted(amountTiers.map(([min, max, weight]) => [[min, max], weight] as const));
  const euros = low + (high - low) * Math.pow(rng.next(), 1.5);
  const units = Math.max(10, Math.round((euros * (perEuro[currency] ?? 1)) / 50) * 50);
  return units * 100;
}

function title(rng: Rng, language: Language, company: CompanyRef | undefined, createdMs: number): string {
  const suffix = rng.pick(titleSuffixes[language])
    .replace('{year}', String(new Date(createdMs).getUTCFullYear()))
    .replace('{city}', company?.city.name ?? (language === 'fr' ? 'Lyon' : 'Leeds'));
  return `${rng.pick(dealTopics[language])}${suffix}`;
}

function contactRecords(ctx: SeedContext, rng: Rng, dealId: string, company: CompanyRef | undefined, language: Language, createdMs: number): SeedRecord[] {
  const people = company ? (ctx.contactsOfCompany.get(company.id) ?? []) : [];
  const wanted = Math.min(people.length, rng.weighted([[0, 8], [1, 50], [2, 30], [3, 12]] as const));
  const chosen = new Set<string>();
  while (chosen.size < wanted) chosen.add(rng.pick(people));
  const roles = dealRoles[language];
  return [...chosen].map((contactId, index) => {
    const role = index === 0 && rng.chance(0.6) ? roles.decisionMaker : rng.chance(0.85) ? rng.pick(roles.others) : null;
    return {
      table: 'deal_contacts' as const,
      id: dealContactId(dealId, contactId),
      values: { created_at: isoInstant(createdMs + 1 + index), deal_id: dealId, contact_id: contactId, role },
    };
  });
}

function expectedClose(rng: Rng, journey: Journey, createdMs: number): string | null {
  if (journey.closedMs !== null) return isoDate(Math.max(createdMs, journey.closedMs + rng.between(-25, 20) * DAY_MS));
  const lastMs = journey.entries.at(-1)?.atMs ?? createdMs;
  if (journey.entries.length === 1 && rng.chance(0.15)) return null;
  return isoDate(lastMs + rng.between(10, 200) * DAY_MS);
}

/** A lost deal's reason, the office's first reasons (price, competitor) the most common. */
function lostReason(rng: Rng, sales: SalesSetup): string | null {
  if (sales.lostReasonIds.length === 0) return null;
  return rng.weighted(sales.lostReasonIds.map((id, index) => [id, [30, 30, 15, 15, 10][index] ?? 5] as const));
}

/** A probability typed over the stage's default, now and then, on open deals. */
function ownProbability(rng: Rng, journey: Journey): number | null {
  const stage = journey.entries.at(-1)?.stage;
  if (journey.outcome !== 'open' || !stage || !rng.chance(0.15)) return null;
  return Math.min(95, Math.max(5, stage.probability + rng.between(-3, 3) * 5));
}

/**
 * Deal `index` of `count`, with what hangs off it: its contacts and their roles, its stage
 * history, tags, and its quotes when it reached the proposal stage. Written in the final state a
 * salesperson's moves would have left it in.
 */
export function generateDeal(ctx: SeedContext, sales: SalesSetup, index: number, count: number, writer: SeedWriter): SeedRecord[] {
  const { rng } = sales;
  const createdMs = spreadMs(rng, ctx, index, count);
  const id = rng.uuid7(createdMs);
  const company = pickCompany(ctx, rng, createdMs);
  const language: Language = company?.country === 'GB' ? 'en' : 'fr';
  const ownerId = ctx.pickOwner(rng);
  const journey = dealJourney(rng, sales, createdMs, ctx.endMs);
  const currency = pickCurrency(rng, company);
  const dealTitle = title(rng, language, company, createdMs);
  const contacts = contactRecords(ctx, rng, id, company, language, createdMs);
  const last = journey.entries.at(-1) as Journey['entries'][number];
  const values: Row = {
    created_at: isoInstant(createdMs),
    title: dealTitle,
    pipeline_id: sales.pipelineId,
    stage_id: last.stage.id,
    company_id: company?.id ?? null,
    owner_id: ownerId,
    amount_minor: estimate(rng, currency),
    currency,
    probability: ownProbability(rng, journey),
    expected_close: expectedClose(rng, journey, createdMs),
    source: rng.chance(0.85) ? pickSource(rng) : null,
    next_step: journey.outcome === 'open' && rng.chance(0.7) ? rng.pick(nextSteps[language]) : null,
    lost_reason_id: journey.outcome === 'lost' ? lostReason(rng, sales) : null,
    notes: rng.chance(0.08) ? rng.pick(dealNotes[language]) : null,
    stage_entered_at: isoInstant(last.atMs),
    closed_at: journey.closedMs === null ? null : isoInstant(journey.closedMs),
    scope: null,
  };
  const entries: SeedRecord[] = journey.entries.map((entry) => ({
    table: 'deal_stage_entries',
    id: rng.uuid7(entry.atMs),
    values: { created_at: isoInstant(entry.atMs), deal_id: id, stage_id: entry.stage.id, entered_at: isoInstant(entry.atMs), user_id: ownerId },
  }));
  const tags = tagRecords(sales.tagging, 'deal', id, createdMs);
  const contactId = (contacts[0]?.values.contact_id as string | undefined) ?? null;
  const quoted = rng.chance(QUOTE_SHARE)
    ? dealQuotes(writer, sales, { id, title: dealTitle, companyId: company?.id ?? null, contactId, ownerId, currency, journey, endMs: ctx.endMs })
    : null;
  if (quoted) values.amount_minor = quoted.totalExclMinor;
  if (company) {
    const known = ctx.dealsOfCompany.get(company.id);
    if (known) known.push(id);
    else ctx.dealsOfCompany.set(company.id, [id]);
  }
  return [{ table: 'deals', id, values }, ...contacts, ...entries, ...tags, ...(quoted?.records ?? [])];
}
