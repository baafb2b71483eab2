import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../helpers/core';
import { buildDataset, run, toEur, type Dataset } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
  const { a, b } = data.products;
  // D1 (EUR): an accepted quote, and a draft that says otherwise (ignored).
  const accepted = await call(data.core, 'quotes.create', {
    dealId: data.dealIds.D1 ?? '',
    currency: 'EUR',
    globalDiscountBp: 1000,
    lines: [
      { productId: a, quantityMilli: 2000, unitPriceMinor: 300_000 },
      { productId: b, quantityMilli: 1500, unitPriceMinor: 100_000, discountBp: 1000 },
    ],
  });
  await call(data.core, 'quotes.send', { id: accepted.id });
  await call(data.core, 'quotes.accept', { id: accepted.id });
  await call(data.core, 'quotes.create', { dealId: data.dealIds.D1 ?? '', currency: 'EUR', lines: [{ productId: b, quantityMilli: 99_000, unitPriceMinor: 100_000 }] });
  // D2 (USD, won 25 January at 2 USD per EUR): no accepted quote, its newest version counts.
  const first = await call(data.core, 'quotes.create', { dealId: data.dealIds.D2 ?? '', currency: 'USD', lines: [{ productId: a, quantityMilli: 1000, unitPriceMinor: 200_000 }] });
  await call(data.core, 'quotes.send', { id: first.id });
  const revised = await call(data.core, 'quotes.revise', { id: first.id });
  await call(data.core, 'quotes.update', {
    id: revised.id,
    patch: {
      lines: [
        { productId: a, quantityMilli: 3000, unitPriceMinor: 200_000 },
        { productId: null, description: 'Installation', quantityMilli: 1000, unitPriceMinor: 50_000, vatRateBp: 2000 },
      ],
    },
  });
  // O1 is open: its quote never counts.
  await call(data.core, 'quotes.create', { dealId: data.dealIds.O1 ?? '', currency: 'EUR', lines: [{ productId: a, quantityMilli: 50_000, unitPriceMinor: 1 }] });
}, 60_000);
afterAll(() => data.dispose());

/** quantity × price less the line discount, rounded; then the global discount, rounded. */
const net = (quantityMilli: number, priceMinor: number, discountBp: number, globalBp: number) =>
  Math.round((Math.round((quantityMilli * priceMinor * (10_000 - discountBp)) / 10_000 / 1000) * (10_000 - globalBp)) / 10_000);

describe('sales by product', () => {
  it('reads what the won deals sold from their accepted quote, else their newest version, at the close day’s rate', async () => {
    const report = await run(data, 'sales-by-product');
    const day = '2026-01-25';
    const licence = net(2000, 300_000, 0, 1000) + (toEur(net(3000, 200_000, 0, 0), 'USD', day) ?? 0);
    const training = net(1500, 100_000, 1000, 1000);
    const other = toEur(50_000, 'USD', day) ?? 0;
    expect(report.rows.map((row) => row.cells)).toEqual([
      { product: 'Licence annuelle', quantity: 5, revenue: licence },
      { product: 'Formation', quantity: 1.5, revenue: training },
      { product: 'reports.rows.otherProducts', quantity: 1, revenue: other },
    ]);
    expect(licence).toBe(540_000 + 300_000);
    expect(report.rows[2]?.translated).toEqual(['product']);
    expect(report.totals).toEqual({ quantity: 7.5, revenue: licence + training + other });
    // Other won deals have no quote.
    expect(report.notes).toContain('reports.notes.wonWithoutQuote');
  });

  it('keeps the chosen salespeople', async () => {
    const report = await run(data, 'sales-by-product', { ownerIds: [data.users.bruno] });
    expect(report.rows).toEqual([]);
  });
});
