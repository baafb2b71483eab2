import { describe, expect, it } from 'vitest';
import type { QuoteDetail } from '../../../../src-shared/domain/quotes';
import { call, callError } from '../../../helpers/core';
import { officePerTest } from '../../../helpers/office';
import type { TestDevice } from '../../../helpers/sync';

const { device } = officePerTest([
  { email: 'marie@bureau.fr', role: 'manager', name: 'Marie Responsable' },
  { email: 'lea@bureau.fr', role: 'salesperson', name: 'Léa Martin' },
  { email: 'hugo@bureau.fr', role: 'salesperson', name: 'Hugo Petit' },
]);

const rowsOf = (d: TestDevice, table: string) => d.core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();

describe('products, price lists and quotes between devices', () => {
  it('made on one device (products and price lists by a manager) appear whole on another after both sync', async () => {
    const marie = await device('marie@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const company = await call(marie.core, 'companies.create', { name: 'Crêperie Le Goff' });
    const product = await call(marie.core, 'products.create', { reference: 'BILIG', name: 'Billig électrique', defaultPriceMinor: 900_00, categories: ['Matériel'] });
    const list = await call(marie.core, 'priceLists.save', { name: 'Le Goff', currency: 'EUR', validFrom: '2020-01-01', items: [{ productId: product.id, unitPriceMinor: 750_00 }] });
    await call(marie.core, 'priceLists.assign', { priceListId: list.id, companyId: company.id });
    const deal = await call(marie.core, 'deals.create', { title: 'Deux billigs', companyId: company.id });
    const quote = await call(marie.core, 'quotes.create', { dealId: deal.id, lines: [{ productId: product.id, quantityMilli: 2_000 }] });
    await call(marie.core, 'quotes.send', { id: quote.id });
    await marie.sync();
    await lea.sync();

    expect(await call(lea.core, 'products.get', { id: product.id })).toMatchObject({ reference: 'BILIG', categories: ['Matériel'], defaultPriceMinor: 900_00 });
    expect((await call(lea.core, 'priceLists.get', { id: list.id })).companies.map((assigned) => assigned.name)).toEqual(['Crêperie Le Goff']);
    const resolved = await call(lea.core, 'prices.resolve', { productId: product.id, companyId: company.id, currency: 'EUR', date: '2026-05-01' });
    expect(resolved).toMatchObject({ found: true, unitPriceMinor: 750_00, source: { kind: 'company-list', priceListName: 'Le Goff' } });
    expect(await call(lea.core, 'quotes.get', { id: quote.id })).toMatchObject({ number: quote.number, totals: { totalExclMinor: 1_500_00 }, owner: { displayName: 'Marie Responsable' } });
    for (const table of ['products', 'price_lists', 'price_list_items', 'price_list_companies', 'quotes', 'quote_series']) {
      expect(rowsOf(lea, table), table).toEqual(rowsOf(marie, table));
    }
    // A salesperson uses the catalogue but does not change it.
    expect((await callError(lea.core, 'products.update', { id: product.id, patch: { defaultPriceMinor: 1 } })).code).toBe('forbidden');

    // She revises Marie's quote: the new version is hers, and the office server keeps it.
    const revised = await call(lea.core, 'quotes.revise', { id: quote.id });
    await lea.sync();
    await marie.sync();
    expect(lea.core.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);
    expect(await call(marie.core, 'quotes.get', { id: revised.id })).toMatchObject({ number: quote.number, version: 2, owner: { displayName: 'Léa Martin' } });
    expect((await call(marie.core, 'quotes.get', { id: quote.id })).latest).toBe(false);
  });

  it('number quotes made offline on two devices without ever giving the same number, and both end up with all of them', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const deal = await call(lea.core, 'deals.create', { title: 'Salon de thé', amountMinor: 3_000_00 });
    await lea.sync();
    await hugo.sync();
    // Both offline: three quotes each, on the same deal.
    const made: QuoteDetail[] = [];
    for (let index = 0; index < 3; index++) {
      made.push(await call(lea.core, 'quotes.create', { dealId: deal.id, title: `Léa ${index}` }));
      made.push(await call(hugo.core, 'quotes.create', { dealId: deal.id, title: `Hugo ${index}` }));
    }
    const numbers = made.map((quote) => quote.number);
    expect(new Set(numbers).size).toBe(6);
    const series = (title: string) => new Set(made.filter((quote) => quote.title.startsWith(title)).map((quote) => quote.number.split('-')[2]));
    expect(series('Léa').size).toBe(1);
    expect(series('Hugo').size).toBe(1);
    expect([...series('Léa')]).not.toEqual([...series('Hugo')]);

    await lea.sync();
    await hugo.sync();
    await lea.sync();
    for (const d of [lea, hugo]) {
      const listed = await call(d.core, 'quotes.listByDeal', { dealId: deal.id });
      expect(listed.map((quote) => quote.number).sort()).toEqual([...numbers].sort());
    }
    // After sync, each goes on with its own series: still no number given twice.
    const next = [await call(lea.core, 'quotes.create', { dealId: deal.id }), await call(hugo.core, 'quotes.create', { dealId: deal.id })];
    expect(next.map((quote) => quote.number.slice(-4))).toEqual(['0004', '0004']);
    expect(new Set([...numbers, ...next.map((quote) => quote.number)]).size).toBe(8);
  });
});
