import { readFile } from 'node:fs/promises';
import { docxText } from '../fixtures/documents/docx-text';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';
import { QuotePage } from './pages/quote-page';

type Created = { id: string };

test('a quote is built from a deal with a price-listed product and a free line, exported to Word and PDF, sent and accepted (the deal is won)', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  // The client has its own price list; the product's default price is higher.
  const company = await callCore<Created>(page, 'companies.create', { name: 'Boulangerie Morvan', addresses: [{ kind: 'billing', street: '3 rue du Port', postcode: '29000', city: 'Quimper' }] });
  const product = await callCore<Created>(page, 'products.create', { reference: 'FOUR-1', name: 'Four à sole 4 étages', unit: 'pièce', defaultPriceMinor: 12_000_00 });
  const list = await callCore<Created>(page, 'priceLists.save', { name: 'Morvan 2026', currency: 'EUR', items: [{ productId: product.id, unitPriceMinor: 10_800_00 }] });
  await callCore(page, 'priceLists.assign', { priceListId: list.id, companyId: company.id });
  const deal = await callCore<Created>(page, 'deals.create', { title: 'Four à sole', companyId: company.id, amountMinor: 1_000_00 });

  await page.goto(`${new URL(app.url).origin}/#/deals/${deal.id}`);
  await expect(page.getByTestId('quotes-card')).toContainText(/Aucun devis/);
  await page.getByTestId('new-quote').click();
  const quote = new QuotePage(page);
  await expect(quote.screen).toBeVisible();
  await expect(quote.screen.getByTestId('quote-subject')).toHaveValue('Four à sole');

  // A catalogue line takes the client's list price, and says so; the quantity changes the total.
  await quote.addProduct('FOUR', /FOUR-1/);
  const oven = quote.line(0);
  await expect(oven.getByTestId('quote-line-price')).toHaveValue('10800,00');
  await expect(oven.getByTestId('quote-line-price-source')).toContainText('Morvan 2026');
  await oven.getByTestId('quote-line-quantity').fill('2');
  await expect(oven.getByTestId('quote-line-total')).toHaveText(/21\s600,00\s€/);
  await quote.addFreeLine('Livraison et installation', '150');
  await expect(quote.totalExcl).toHaveText(/21\s750,00\s€/);
  await expect(quote.totalIncl).toHaveText(/26\s100,00\s€/);

  await quote.screen.getByTestId('quote-create').click();
  await expect(page).toHaveURL(/#\/quotes\/[0-9a-f-]+$/);
  await expect(quote.screen.getByTestId('quote-title')).toHaveText(/^Devis D-\d{4}-[0-9A-Z]{4}-0001$/);
  await expect(quote.lines).toHaveCount(2);

  // Word: the quote laid out with the client's address and the amounts in French.
  const word = await quote.export('docx');
  expect(word.suggestedFilename()).toMatch(/^Devis D-\d{4}-[0-9A-Z]{4}-0001 – Boulangerie Morvan\.docx$/);
  const text = await docxText(await readFile(await word.path()));
  expect(text).toContain('3 rue du Port');
  expect(text).toMatch(/21\s600,00\s€/);
  expect(text).toMatch(/26\s100,00\s€/);
  // PDF: printed by Chromium.
  const pdf = await quote.export('pdf');
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Sent, it no longer changes; accepted, it wins the deal at its amount excl. VAT.
  await quote.screen.getByTestId('quote-send').click();
  await expect(quote.screen.getByTestId('quote-read-only')).toBeVisible();
  await expect(quote.screen.getByTestId('quote-line-quantity')).toHaveCount(0);
  await quote.screen.getByTestId('quote-accept').click();
  await expect(page.getByTestId('quote-mark-won')).toBeChecked();
  await page.getByTestId('quote-accept-confirm').click();
  await expect(quote.screen.getByTestId('quote-status').first()).toHaveText('Accepté');

  await quote.screen.getByTestId('quote-back').click();
  await expect(page.getByTestId('deal-amount-value')).toHaveText(/21\s750,00\s€/);
  await expect(page.getByTestId('quotes-card').getByTestId('deal-quote')).toContainText('Accepté');
});
