import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { insertRecord, type WriteTx } from '../../db/write-path';
import { derivedUuid } from '../../domains/common/derived-id';
import { overlappingList } from '../../domains/price-lists/queries';
import { productWithReference } from '../../domains/products/queries';
import { priceListDefinitions, productFamilies, type ProductFamily } from './data/catalogue';
import type { CompanyRef } from './context';
import type { SeedRecord } from './records';
import type { Rng } from './rng';
import { DAY_MS, isoDate, isoInstant } from './text';

/** The ids of the app's join rows, as price-lists/service.ts derives them. */
export const priceListItemId = (listId: string, productId: string, minQuantityMilli: number) =>
  derivedUuid(`price-list-item/${listId}/${productId}/${minQuantityMilli}`);
export const priceListCompanyId = (listId: string, companyId: string) => derivedUuid(`price-list-company/${listId}/${companyId}`);

/** A product quotes can be made of. */
export type SeedProduct = { id: string; category: string; defaultPriceMinor: number; family: ProductFamily };

/** The seeded catalogue: its active products by category, and the company price lists to assign (null when not made). */
export type Catalogue = {
  byCategory: Map<string, SeedProduct[]>;
  keyAccounts: string | null;
  resellers: string | null;
  ukTrade: string | null;
  /** Products made (those already there are reused), and records written in all. */
  productsWritten: number;
  written: number;
};

type Entry = { family: ProductFamily; reference: string; name: string; priceMinor: number };

/** `count` products of the catalogue, evenly spread over its families (the whole of it from 200). */
export function catalogueEntries(count: number): Entry[] {
  const all: Entry[] = productFamilies.flatMap((family) =>
    family.products.map(([name, priceMinor], index) => ({ family, reference: `${family.prefix}-${String(index + 1).padStart(3, '0')}`, name, priceMinor })),
  );
  if (count >= all.length) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)] as Entry);
}

type ListPlan = { name: string; notes: string; currency: string; general: boolean; validFrom: string; items: (entry: Entry, rng: Rng) => [number, number][] };

const times = (priceMinor: number, factor: number) => Math.round(priceMinor * factor);
/** Quantity breaks make sense for goods sold by the dozen, not for a cabin or a day of audit. */
const bulk = (entry: Entry) => entry.family.kind === 'product' && entry.family.quantity[1] >= 20_000 && entry.priceMinor < 100_000;

function listPlans(startMs: number, endMs: number): Record<'general' | 'keyAccounts' | 'resellers' | 'ukTrade', ListPlan> {
  const since = isoDate(startMs);
  return {
    general: {
      ...priceListDefinitions.general,
      currency: 'EUR',
      general: true,
      validFrom: since,
      items: (entry) => [[0, entry.priceMinor], ...(bulk(entry) ? ([[10_000, times(entry.priceMinor, 0.95)], [50_000, times(entry.priceMinor, 0.9)]] as [number, number][]) : [])],
    },
    keyAccounts: {
      ...priceListDefinitions.keyAccounts,
      currency: 'EUR',
      general: false,
      validFrom: since,
      items: (entry, rng) => (rng.chance(0.6) ? [[0, times(entry.priceMinor, 0.88)], ...(bulk(entry) ? ([[20_000, times(entry.priceMinor, 0.85)]] as [number, number][]) : [])] : []),
    },
    resellers: {
      ...priceListDefinitions.resellers,
      currency: 'EUR',
      general: false,
      validFrom: isoDate(endMs - 540 * DAY_MS),
      items: (entry) =>
        entry.family.resold ? [[0, times(entry.priceMinor, 0.8)], ...(bulk(entry) ? ([[10_000, times(entry.priceMinor, 0.77)], [50_000, times(entry.priceMinor, 0.75)]] as [number, number][]) : [])] : [],
    },
    ukTrade: {
      ...priceListDefinitions.ukTrade,
      currency: 'GBP',
      general: false,
      validFrom: since,
      items: (entry, rng) => (rng.chance(0.45) ? [[0, times(entry.priceMinor, 0.86)]] : []),
    },
  };
}

function productValues(entry: Entry, active: boolean, at: string): Row {
  const { family } = entry;
  return {
    created_at: at,
    reference: entry.reference,
    name: entry.name,
    description: family.description,
    unit: family.unit,
    kind: family.kind,
    vat_rate_bp: family.vatRateBp,
    default_price_minor: entry.priceMinor,
    currency: 'EUR',
    active: active ? 1 : 0,
    categories: JSON.stringify([family.category]),
  };
}

/**
 * The catalogue (products, then price lists with their quantity breaks), in the caller's
 * transaction, as the catalogue screens would make it. What already exists is reused: a live
 * product with the same reference, a live price list with the same name — and a list that would
 * overlap one already there (same currency, general) is not made, as the app would refuse it.
 */
export function seedCatalogue(tx: WriteTx, rng: Rng, span: { startMs: number; endMs: number }, productCount: number): Catalogue {
  const at = isoInstant(span.startMs);
  let written = 0;
  let productsWritten = 0;
  const entries = catalogueEntries(productCount);
  const ids = new Map<Entry, string>();
  const products: SeedProduct[] = [];
  entries.forEach((entry, index) => {
    const id = rng.uuid7(span.startMs + index);
    const active = rng.chance(0.95);
    const existing = productWithReference(tx.db, entry.reference, null);
    if (!existing) {
      insertRecord(tx, 'products', id, productValues(entry, active, at));
      productsWritten++;
      written++;
    }
    const productId = existing?.id ?? id;
    ids.set(entry, productId);
    const isActive = existing ? prepared(tx.db, 'SELECT active FROM products WHERE id = ?').pluck().get(productId) === 1 : active;
    if (isActive) products.push({ id: productId, category: entry.family.category, defaultPriceMinor: entry.priceMinor, family: entry.family });
  });

  const made: Partial<Record<keyof ReturnType<typeof listPlans>, string | null>> = {};
  for (const [key, plan] of Object.entries(listPlans(span.startMs, span.endMs)) as [keyof ReturnType<typeof listPlans>, ListPlan][]) {
    const id = rng.uuid7(span.startMs + 1_000);
    const prices = entries.map((entry) => plan.items(entry, rng));
    const named = prepared(tx.db, 'SELECT id FROM price_lists WHERE name = ? AND deleted = 0').pluck().get(plan.name) as string | undefined;
    const overlap = plan.general && overlappingList(tx.db, { id: null, currency: plan.currency, general: true, validFrom: plan.validFrom, validUntil: null }, []);
    if (named || overlap) {
      made[key] = named ?? null;
      continue;
    }
    insertRecord(tx, 'price_lists', id, { created_at: at, name: plan.name, currency: plan.currency, valid_from: plan.validFrom, valid_until: null, general: plan.general ? 1 : 0, notes: plan.notes });
    written++;
    entries.forEach((entry, index) => {
      const productId = ids.get(entry) as string;
      for (const [minQuantityMilli, unitPriceMinor] of prices[index] ?? []) {
        insertRecord(tx, 'price_list_items', priceListItemId(id, productId, minQuantityMilli), {
          created_at: at,
          price_list_id: id,
          product_id: productId,
          min_quantity_milli: minQuantityMilli,
          unit_price_minor: unitPriceMinor,
        });
        written++;
      }
    });
    made[key] = id;
  }
  const byCategory = new Map<string, SeedProduct[]>();
  for (const product of products) byCategory.set(product.category, [...(byCategory.get(product.category) ?? []), product]);
  return { byCategory, keyAccounts: made.keyAccounts ?? null, resellers: made.resellers ?? null, ukTrade: made.ukTrade ?? null, productsWritten, written };
}

/**
 * The company price lists a company was given, if any: key accounts or resellers (one list per
 * currency, so that their validities never overlap for it), and the pound list for UK companies.
 */
export function priceListAssignments(rng: Rng, catalogue: Catalogue, company: CompanyRef): SeedRecord[] {
  const lists: string[] = [];
  const roll = rng.next();
  const euroList = roll < (company.country === 'FR' ? 0.04 : 0.03) ? catalogue.keyAccounts : roll < 0.06 && company.country === 'FR' ? catalogue.resellers : null;
  if (euroList) lists.push(euroList);
  if (company.country === 'GB' && rng.chance(0.15) && catalogue.ukTrade) lists.push(catalogue.ukTrade);
  return lists.map((listId, index) => ({
    table: 'price_list_companies' as const,
    id: priceListCompanyId(listId, company.id),
    values: { created_at: isoInstant(company.createdMs + 3_600_000 + index), price_list_id: listId, company_id: company.id },
  }));
}
