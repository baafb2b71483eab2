import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { catalogueEntries } from '../../../../../src-main/jobs/seed/catalogue';
import { productCreateInput, priceListSaveInput } from '../../../../../src-shared/contract/inputs/catalogue';
import { rateSaveInput } from '../../../../../src-shared/contract/inputs/sales';
import { frenchVatRates, type Product } from '../../../../../src-shared/domain/catalogue';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

let core: TestCore;

beforeAll(() => {
  core = openTestCore();
  seedDataset(core, { size: 'demo', seed: 31 });
});
afterAll(() => core.dispose());

const rows = <T>(sql: string, ...params: unknown[]) => core.db.prepare(sql).all(...params) as T[];

describe('seedDataset: the catalogue, price lists and exchange rates', () => {
  it('has 200 products in the full catalogue, with unique references and every French VAT rate', () => {
    const full = catalogueEntries(200);
    expect(full).toHaveLength(200);
    expect(new Set(full.map((entry) => entry.reference)).size).toBe(200);
    const rates = new Set(full.map((entry) => entry.family.vatRateBp));
    for (const { rateBp } of frenchVatRates) expect(rates).toContain(rateBp);
    expect(catalogueEntries(60).map((entry) => entry.family.category)).toEqual(expect.arrayContaining([...new Set(full.map((entry) => entry.family.category))]));
  });

  it('makes products the product form accepts (demo: 60 of them), a few no longer sold', async () => {
    const page = await call(core, 'products.list', { offset: 0, limit: 100, withTotal: true });
    expect(page.total).toBe(60);
    for (const product of page.rows as Product[]) {
      const { reference, name, description, unit, kind, vatRateBp, defaultPriceMinor, currency, active, categories } = product;
      const input = { reference, name, description, unit, kind, vatRateBp, defaultPriceMinor, currency, active, categories };
      expect(productCreateInput.safeParse(input).error?.issues ?? []).toEqual([]);
    }
    expect(page.rows.some((product) => !product.active)).toBe(true);
  });

  it('keeps one general list and company lists, with quantity breaks, that the price list form accepts and saves as they are', async () => {
    const lists = await call(core, 'priceLists.list', {});
    expect(lists.filter((list) => list.general)).toHaveLength(1);
    expect(lists.map((list) => list.currency).sort()).toEqual(['EUR', 'EUR', 'EUR', 'GBP']);
    for (const summary of lists) {
      const list = await call(core, 'priceLists.get', { id: summary.id });
      const input = {
        id: list.id,
        name: list.name,
        currency: list.currency,
        validFrom: list.validFrom,
        validUntil: list.validUntil,
        general: list.general,
        notes: list.notes,
        items: list.items.map(({ productId, minQuantityMilli, unitPriceMinor }) => ({ productId, minQuantityMilli, unitPriceMinor })),
      };
      expect(priceListSaveInput.safeParse(input).error?.issues ?? []).toEqual([]);
      // Saved unchanged in the app, a list keeps its item rows (the ids are the app's own).
      const before = rows<{ id: string }>('SELECT id FROM price_list_items WHERE price_list_id = ? AND deleted = 0 ORDER BY id', list.id);
      await call(core, 'priceLists.save', input);
      expect(rows('SELECT id FROM price_list_items WHERE price_list_id = ? AND deleted = 0 ORDER BY id', list.id)).toEqual(before);
    }
    expect(rows('SELECT id FROM price_list_items WHERE min_quantity_milli > 0').length).toBeGreaterThan(0);
  });

  it('assigns company lists to a few companies, which the app can take away', async () => {
    const assigned = rows<{ price_list_id: string; company_id: string }>('SELECT price_list_id, company_id FROM price_list_companies WHERE deleted = 0');
    expect(assigned.length).toBeGreaterThan(0);
    const first = assigned[0] as { price_list_id: string; company_id: string };
    const list = await call(core, 'priceLists.assign', { priceListId: first.price_list_id, companyId: first.company_id, assigned: false });
    expect(list.companies.map((company) => company.id)).not.toContain(first.company_id);
  });

  it('enters monthly USD and GBP rates over the three years, which Settings corrects in place', async () => {
    const settings = await call(core, 'currency.get', {});
    expect(settings.baseCurrency).toBe('EUR');
    const usd = settings.rates.filter((rate) => rate.currency === 'USD');
    expect(usd.length).toBeGreaterThanOrEqual(36);
    expect(settings.rates.filter((rate) => rate.currency === 'GBP')).toHaveLength(usd.length);
    for (const { currency, validFrom, rate } of settings.rates) expect(rateSaveInput.safeParse({ currency, validFrom, rate }).success).toBe(true);
    const latest = usd[0] as (typeof usd)[number];
    const corrected = await call(core, 'currency.rates.save', { currency: 'USD', validFrom: latest.validFrom, rate: '1.2345' });
    expect(corrected.rates).toHaveLength(settings.rates.length);
    expect(corrected.rates.find((rate) => rate.id === latest.id)?.rate).toBe('1.2345');
  });
});
