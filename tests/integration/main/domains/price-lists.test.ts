import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { derivedUuid } from '../../../../src-main/domains/common/derived-id';
import type { ResolvedPrice } from '../../../../src-shared/domain/catalogue';
import { call, callError, changeLogCount, openTestCore, type TestCore } from '../../../helpers/core';

/*
 * One catalogue for every case: product P (100 € by default), Q (no default price), OLD (no
 * longer sold), US (10 $ by default); a general EUR list for 2026 with a break at 10, Acme's own
 * EUR list from March to June with a break at 100, a general USD list, and a deleted list of
 * Acme's for the second half of the year. Rates: 1 EUR = 1.25 USD = 0.85 GBP from 2026.
 */
let core: TestCore;
const ids = { P: '', Q: '', OLD: '', US: '', acme: '', other: '' };
type Key = keyof typeof ids;

beforeAll(async () => {
  core = openTestCore();
  const addRate = (currency: string, rate: string) =>
    write(core, (tx) => insertRecord(tx, 'exchange_rates', derivedUuid(`rate/${currency}`), { currency, valid_from: '2026-01-01', rate }));
  addRate('USD', '1.25');
  addRate('GBP', '0.85');
  ids.P = (await call(core, 'products.create', { reference: 'P', name: 'Poste de travail', defaultPriceMinor: 100_00 })).id;
  ids.Q = (await call(core, 'products.create', { reference: 'Q', name: 'Questionnaire' })).id;
  ids.OLD = (await call(core, 'products.create', { reference: 'OLD', name: 'Ancien modèle', defaultPriceMinor: 50_00, active: false })).id;
  ids.US = (await call(core, 'products.create', { reference: 'US', name: 'Licence US', defaultPriceMinor: 10_00, currency: 'USD' })).id;
  ids.acme = (await call(core, 'companies.create', { name: 'Acme' })).id;
  ids.other = (await call(core, 'companies.create', { name: 'Autre SA' })).id;
  const list = (input: Record<string, unknown>) => call(core, 'priceLists.save', { currency: 'EUR', ...input } as never);
  await list({ name: 'Tarif 2026', general: true, validFrom: '2026-01-01', validUntil: '2026-12-31', items: [
    { productId: ids.P, unitPriceMinor: 90_00 },
    { productId: ids.P, minQuantityMilli: 10_000, unitPriceMinor: 80_00 },
    { productId: ids.Q, unitPriceMinor: 40_00 },
  ] });
  const acme = await list({ name: 'Acme printemps', validFrom: '2026-03-01', validUntil: '2026-06-30', items: [
    { productId: ids.P, unitPriceMinor: 70_00 },
    { productId: ids.P, minQuantityMilli: 100_000, unitPriceMinor: 60_00 },
  ] });
  await call(core, 'priceLists.assign', { priceListId: acme.id, companyId: ids.acme });
  await list({ name: 'US list', currency: 'USD', general: true, items: [{ productId: ids.P, unitPriceMinor: 120_00 }] });
  const promo = await list({ name: 'Acme automne', validFrom: '2026-07-01', validUntil: '2026-12-31', items: [{ productId: ids.P, unitPriceMinor: 10_00 }] });
  await call(core, 'priceLists.assign', { priceListId: promo.id, companyId: ids.acme });
  await call(core, 'priceLists.delete', { id: promo.id });
});
afterAll(() => core.dispose());

type Case = [string, { product: Key; company?: Key; currency?: string; quantity?: number; date: string }, Partial<ResolvedPrice> & Record<string, unknown>];

const fromList = (kind: 'company-list' | 'general-list', name: string, unitPriceMinor: number, minQuantityMilli = 0) => ({
  found: true,
  unitPriceMinor,
  source: expect.objectContaining({ kind, priceListName: name, minQuantityMilli }),
});

const cases: Case[] = [
  ['the company’s own list', { product: 'P', company: 'acme', date: '2026-04-15' }, fromList('company-list', 'Acme printemps', 70_00)],
  ['its quantity break, from 100', { product: 'P', company: 'acme', quantity: 100_000, date: '2026-04-15' }, fromList('company-list', 'Acme printemps', 60_00, 100_000)],
  ['just below the break', { product: 'P', company: 'acme', quantity: 99_999, date: '2026-04-15' }, fromList('company-list', 'Acme printemps', 70_00)],
  ['its first day (inclusive)', { product: 'P', company: 'acme', date: '2026-03-01' }, fromList('company-list', 'Acme printemps', 70_00)],
  ['its last day (inclusive)', { product: 'P', company: 'acme', date: '2026-06-30' }, fromList('company-list', 'Acme printemps', 70_00)],
  ['the day after it ends: the general list', { product: 'P', company: 'acme', date: '2026-07-01' }, fromList('general-list', 'Tarif 2026', 90_00)],
  ['the day before it starts: the general list', { product: 'P', company: 'acme', date: '2026-02-28' }, fromList('general-list', 'Tarif 2026', 90_00)],
  ['another company: the general list', { product: 'P', company: 'other', date: '2026-04-15' }, fromList('general-list', 'Tarif 2026', 90_00)],
  ['no company: the general list', { product: 'P', date: '2026-04-15' }, fromList('general-list', 'Tarif 2026', 90_00)],
  ['the general list’s break at 10', { product: 'P', company: 'other', quantity: 10_000, date: '2026-04-15' }, fromList('general-list', 'Tarif 2026', 80_00, 10_000)],
  ['a product the company list lacks: the general list', { product: 'Q', company: 'acme', date: '2026-04-15' }, fromList('general-list', 'Tarif 2026', 40_00)],
  ['a deleted list is ignored', { product: 'P', company: 'acme', date: '2026-08-01' }, fromList('general-list', 'Tarif 2026', 90_00)],
  ['no list valid yet: the default price', { product: 'P', company: 'acme', date: '2025-12-31' }, { found: true, unitPriceMinor: 100_00, source: { kind: 'default' } }],
  ['a list applies in its own currency only', { product: 'P', company: 'acme', currency: 'USD', date: '2026-04-15' }, fromList('general-list', 'US list', 120_00)],
  ['no list in the currency: the default price converted at the date’s rate', { product: 'P', currency: 'GBP', date: '2026-04-15' }, {
    found: true, unitPriceMinor: 85_00, currency: 'GBP', source: { kind: 'converted', fromMinor: 100_00, fromCurrency: 'EUR', rates: [{ currency: 'GBP', rate: '0.85', validFrom: '2026-01-01' }] },
  }],
  ['between two other currencies, through the base in one rounding', { product: 'US', currency: 'GBP', date: '2026-04-15' }, { found: true, unitPriceMinor: 6_80 }],
  ['no rate for the currency', { product: 'P', currency: 'JPY', date: '2026-04-15' }, { found: false, reason: 'missing-rate', missingRates: ['JPY'] }],
  ['no rate yet on the date', { product: 'US', currency: 'EUR', date: '2025-06-01' }, { found: false, reason: 'missing-rate', missingRates: ['USD'] }],
  ['no list and no default price', { product: 'Q', currency: 'GBP', date: '2026-04-15' }, { found: false, reason: 'no-price' }],
  ['a product no longer sold', { product: 'OLD', company: 'acme', date: '2026-04-15' }, { found: false, reason: 'inactive' }],
];

describe('price resolution', () => {
  it.each(cases)('%s', async (_name, query, expected) => {
    const resolved = await call(core, 'prices.resolve', {
      productId: ids[query.product],
      companyId: query.company ? ids[query.company] : null,
      currency: query.currency ?? 'EUR',
      quantityMilli: query.quantity ?? 1_000,
      date: query.date,
    });
    expect(resolved).toMatchObject(expected);
  });
});

describe('price lists', () => {
  it('refuse a validity that overlaps another list for the same companies and currency, both ends inclusive', async () => {
    const before = changeLogCount(core);
    const general = await callError(core, 'priceLists.save', { name: 'Tarif 2027', currency: 'EUR', general: true, validFrom: '2026-12-31' });
    expect(general.issues?.[0]).toMatchObject({ path: 'validFrom', code: 'overlap' });
    expect(general.message).toContain('Tarif 2026');
    const autumn = await call(core, 'priceLists.save', { name: 'Acme été', currency: 'EUR', validFrom: '2026-06-30', validUntil: '2026-09-30' });
    const assign = await callError(core, 'priceLists.assign', { priceListId: autumn.id, companyId: ids.acme });
    expect(assign.issues?.[0]).toMatchObject({ path: 'companyId', code: 'overlap' });
    expect(assign.message).toContain('Acme printemps');
    // The same list may go to another company, and another currency never overlaps.
    expect((await call(core, 'priceLists.assign', { priceListId: autumn.id, companyId: ids.other })).companies.map((company) => company.name)).toEqual(['Autre SA']);
    await call(core, 'priceLists.save', { name: 'Tarif GBP', currency: 'GBP', general: true });
    // A general list from the day after the last one ends is fine.
    await call(core, 'priceLists.save', { name: 'Tarif 2027', currency: 'EUR', general: true, validFrom: '2027-01-01' });
    expect(changeLogCount(core)).toBeGreaterThan(before);
  });

  it('refuse bad input and save nothing: end before start, the same break twice, an unknown product, negative prices', async () => {
    const before = changeLogCount(core);
    const base = { name: 'Mauvaise', currency: 'EUR', validFrom: '2030-01-01' };
    expect((await callError(core, 'priceLists.save', { ...base, validUntil: '2029-12-31' })).issues?.[0]).toMatchObject({ path: 'validUntil', code: 'invalid_date' });
    const twice = [{ productId: ids.P, unitPriceMinor: 1 }, { productId: ids.P, minQuantityMilli: 0, unitPriceMinor: 2 }];
    expect((await callError(core, 'priceLists.save', { ...base, items: twice })).issues?.[0]).toMatchObject({ path: 'items.1.minQuantityMilli', code: 'duplicate' });
    const unknown = [{ productId: '018f0000-0000-7000-8000-000000000000', unitPriceMinor: 1 }];
    expect((await callError(core, 'priceLists.save', { ...base, items: unknown })).issues?.[0]).toMatchObject({ path: 'items.0.productId', code: 'not_found' });
    expect((await callError(core, 'priceLists.save', { ...base, items: [{ productId: ids.P, unitPriceMinor: -5 }] })).issues?.[0]?.path).toBe('items.0.unitPriceMinor');
    expect((await callError(core, 'priceLists.save', { ...base, currency: 'XYZ' })).issues?.[0]?.path).toBe('currency');
    expect(changeLogCount(core)).toBe(before);
  });

  it('replace their items on save, and a list made general leaves the companies it was assigned to', async () => {
    const list = await call(core, 'priceLists.save', { name: 'Acme 2028', currency: 'CHF', validFrom: '2028-01-01', items: [{ productId: ids.P, unitPriceMinor: 1_00 }, { productId: ids.Q, unitPriceMinor: 2_00 }] });
    await call(core, 'priceLists.assign', { priceListId: list.id, companyId: ids.acme });
    const saved = await call(core, 'priceLists.save', { id: list.id, name: 'Acme 2028', currency: 'CHF', validFrom: '2028-01-01', items: [{ productId: ids.Q, unitPriceMinor: 3_00 }] });
    expect(saved.items.map((item) => [item.productReference, item.unitPriceMinor])).toEqual([['Q', 3_00]]);
    expect(saved.companies.map((company) => company.name)).toEqual(['Acme']);
    expect((await call(core, 'priceLists.list', { companyId: ids.acme })).map((summary) => summary.name)).toContain('Acme 2028');
    const general = await call(core, 'priceLists.save', { id: list.id, name: 'Général 2028', currency: 'CHF', general: true, validFrom: '2028-01-01', items: [] });
    expect(general).toMatchObject({ general: true, companyCount: 0, itemCount: 0, companies: [] });
    expect(core.db.prepare('SELECT count(*) FROM price_list_companies WHERE price_list_id = ? AND deleted = 0').pluck().get(list.id)).toBe(0);
    const assigned = await callError(core, 'priceLists.assign', { priceListId: list.id, companyId: ids.acme });
    expect(assigned.issues?.[0]?.path).toBe('priceListId');
  });
});
