import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, changeLogCount, openTestCore, type TestCore } from '../../../helpers/core';

/** A clock the test moves: 2026-04-15 at 09:00 UTC unless told otherwise. */
let now = Date.UTC(2026, 3, 15, 9);
let core: TestCore;
let ids: { deal: string; company: string; contact: string; product: string; service: string };

beforeEach(async () => {
  now = Date.UTC(2026, 3, 15, 9);
  core = openTestCore({ clock: { now: () => now } });
  const company = await call(core, 'companies.create', { name: 'Boulangerie Morvan', addresses: [{ kind: 'head_office', street: '3 rue du Port', postcode: '29000', city: 'Quimper' }] });
  const contact = await call(core, 'contacts.create', { firstName: 'Annaïg', lastName: 'Morvan' });
  const deal = await call(core, 'deals.create', { title: 'Four à sole', companyId: company.id, contacts: [{ contactId: contact.id }], amountMinor: 1_00 });
  const product = await call(core, 'products.create', { reference: 'FOUR-1', name: 'Four à sole 4 étages', unit: 'pièce', defaultPriceMinor: 12_000_00 });
  const service = await call(core, 'products.create', { reference: 'INST', name: 'Installation', kind: 'service', unit: 'h', defaultPriceMinor: 80_00, vatRateBp: 1000 });
  const list = await call(core, 'priceLists.save', { name: 'Morvan 2026', currency: 'EUR', validFrom: '2026-01-01', validUntil: '2026-06-30', items: [{ productId: product.id, unitPriceMinor: 10_800_00 }] });
  await call(core, 'priceLists.assign', { priceListId: list.id, companyId: company.id });
  ids = { deal: deal.id, company: company.id, contact: contact.id, product: product.id, service: service.id };
});
afterEach(() => core.dispose());

const catalogueLines = () => [
  { productId: ids.product, quantityMilli: 1_000 },
  { productId: ids.service, quantityMilli: 7_500, discountBp: 1_000 },
  { description: 'Livraison', quantityMilli: 1_000, unitPriceMinor: 150_00, vatRateBp: 2000 },
];

describe('a quote made from a deal', () => {
  it('takes the deal’s company, first contact, currency and title, prices catalogue lines from the company’s list, and is numbered on this device', async () => {
    await call(core, 'quoteSettings.save', { defaultTerms: 'Acompte de 30 % à la commande.', defaultValidityDays: 45 });
    const quote = await call(core, 'quotes.create', { dealId: ids.deal, lines: catalogueLines() });
    expect(quote).toMatchObject({
      title: 'Four à sole',
      companyName: 'Boulangerie Morvan',
      contactName: 'Annaïg Morvan',
      currency: 'EUR',
      status: 'draft',
      version: 1,
      latest: true,
      issueDate: '2026-04-15',
      validUntil: '2026-05-30',
      terms: 'Acompte de 30 % à la commande.',
    });
    expect(quote.number).toMatch(/^D-2026-[0-9A-HJKMNP-TV-Z]{4}-0001$/);
    expect(quote.lines.map((line) => [line.reference, line.description, line.unit, line.unitPriceMinor, line.priceSource?.kind, line.totalExclMinor])).toEqual([
      ['FOUR-1', 'Four à sole 4 étages', 'pièce', 10_800_00, 'company-list', 10_800_00],
      ['INST', 'Installation', 'h', 80_00, 'default', 540_00],
      [null, 'Livraison', null, 150_00, undefined, 150_00],
    ]);
    expect(quote.totals).toMatchObject({ totalExclMinor: 11_490_00, vatMinor: 2_244_00, totalInclMinor: 13_734_00 });
    expect(quote.totals.vatSummary).toEqual([
      { rateBp: 2000, baseMinor: 10_950_00, vatMinor: 2_190_00 },
      { rateBp: 1000, baseMinor: 540_00, vatMinor: 54_00 },
    ]);
    const second = await call(core, 'quotes.create', { dealId: ids.deal, title: 'Variante', currency: 'EUR' });
    expect(second.number).toBe(quote.number.replace(/0001$/, '0002'));
    expect((await call(core, 'quotes.listByDeal', { dealId: ids.deal })).map((summary) => summary.title).sort()).toEqual(['Four à sole', 'Variante']);
  });

  it('prices its catalogue lines again when its date or company changes, keeping prices typed by hand', async () => {
    const typed = { productId: ids.service, quantityMilli: 1_000, unitPriceMinor: 70_00 };
    const quote = await call(core, 'quotes.create', { dealId: ids.deal, lines: [{ productId: ids.product, quantityMilli: 1_000 }, typed] });
    expect(quote.lines.map((line) => line.priceSource?.kind)).toEqual(['company-list', 'manual']);
    // July: the company's list has ended, the product's default price applies.
    const july = await call(core, 'quotes.update', { id: quote.id, patch: { issueDate: '2026-07-01', validUntil: '2026-07-31' } });
    expect(july.lines.map((line) => [line.unitPriceMinor, line.priceSource?.kind])).toEqual([[12_000_00, 'default'], [70_00, 'manual']]);
    // A typed price equal to the resolved one still says where it came from.
    const same = await call(core, 'quotes.update', { id: quote.id, patch: { lines: [{ productId: ids.product, quantityMilli: 2_000, unitPriceMinor: 12_000_00 }] } });
    expect(same.lines[0]?.priceSource?.kind).toBe('default');
    // In another currency, a price typed in euros must be typed again.
    await call(core, 'quotes.update', { id: quote.id, patch: { lines: [typed] } });
    const refused = await callError(core, 'quotes.update', { id: quote.id, patch: { currency: 'USD' } });
    expect(refused.issues?.[0]).toMatchObject({ path: 'lines.0.unitPriceMinor', code: 'invalid_value' });
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const before = changeLogCount(core);
    const line = { productId: ids.service, quantityMilli: 1_000 };
    const refusedAt = async (input: Record<string, unknown>) => (await callError(core, 'quotes.create', { dealId: ids.deal, ...input })).issues?.map((issue) => `${issue.path}:${issue.code}`);
    expect(await refusedAt({ lines: [{ ...line, quantityMilli: -1_000 }] })).toEqual(['lines.0.quantityMilli:too_short']);
    expect(await refusedAt({ lines: [{ ...line, discountBp: 10_001 }] })).toEqual(['lines.0.discountBp:too_long']);
    expect(await refusedAt({ globalDiscountBp: 12_000 })).toEqual(['globalDiscountBp:too_long']);
    expect(await refusedAt({ currency: 'ABC' })).toEqual(['currency:invalid_value']);
    expect(await refusedAt({ lines: [{ quantityMilli: 1_000 }] })).toEqual(['lines.0.description:required', 'lines.0.unitPriceMinor:required', 'lines.0.vatRateBp:required']);
    expect(await refusedAt({ validUntil: '2026-04-01' })).toEqual(['validUntil:invalid_date']);
    expect(await refusedAt({ currency: 'JPY', lines: [line] })).toEqual(['lines.0.unitPriceMinor:no_price']);
    const wordy = { description: 'x'.repeat(2_000), quantityMilli: 1_000, unitPriceMinor: 1_00, vatRateBp: 2000 };
    expect(await refusedAt({ lines: Array.from({ length: 200 }, () => wordy) })).toEqual(['lines:too_long']);
    await call(core, 'products.update', { id: ids.service, patch: { active: false } });
    const afterProductEdit = changeLogCount(core);
    expect(await refusedAt({ lines: [line] })).toEqual(['lines.0.productId:inactive']);
    expect(afterProductEdit).toBe(before + 1);
    expect(changeLogCount(core)).toBe(afterProductEdit);
    expect(core.db.prepare('SELECT count(*) FROM quotes').pluck().get()).toBe(0);
  });
});

describe('the life of a quote', () => {
  it('goes draft → sent → declined, can only be edited as a draft, and expires when its validity date has passed', async () => {
    const empty = await call(core, 'quotes.create', { dealId: ids.deal });
    expect((await callError(core, 'quotes.send', { id: empty.id })).issues?.[0]).toMatchObject({ path: 'lines', code: 'required' });
    const quote = await call(core, 'quotes.create', { dealId: ids.deal, validUntil: '2026-04-30', lines: catalogueLines() });
    expect((await call(core, 'quotes.send', { id: quote.id })).status).toBe('sent');
    expect((await callError(core, 'quotes.update', { id: quote.id, patch: { notes: 'x' } })).code).toBe('conflict');
    expect((await callError(core, 'quotes.delete', { id: quote.id })).code).toBe('conflict');
    expect((await callError(core, 'quotes.send', { id: quote.id })).code).toBe('conflict');
    now = Date.UTC(2026, 4, 1, 9);
    expect((await call(core, 'quotes.get', { id: quote.id })).status).toBe('expired');
    expect((await callError(core, 'quotes.accept', { id: quote.id })).issues?.[0]).toMatchObject({ path: 'validUntil', code: 'expired' });
    now = Date.UTC(2026, 3, 20, 9);
    expect((await call(core, 'quotes.decline', { id: quote.id })).status).toBe('declined');
    expect((await callError(core, 'quotes.accept', { id: quote.id })).code).toBe('conflict');
  });

  it('is revised into a new version with the same number while the sent one stays readable; deleting the draft makes the old one latest again', async () => {
    const quote = await call(core, 'quotes.create', { dealId: ids.deal, lines: catalogueLines() });
    await call(core, 'quotes.send', { id: quote.id });
    expect((await callError(core, 'quotes.revise', { id: (await call(core, 'quotes.create', { dealId: ids.deal })).id })).code).toBe('conflict');
    now = Date.UTC(2026, 3, 18, 9);
    const v2 = await call(core, 'quotes.revise', { id: quote.id });
    expect(v2).toMatchObject({ number: quote.number, version: 2, status: 'draft', latest: true, issueDate: '2026-04-18', validUntil: '2026-05-18' });
    expect(v2.lines).toEqual(quote.lines);
    const v1 = await call(core, 'quotes.get', { id: quote.id });
    expect(v1).toMatchObject({ status: 'sent', latest: false, supersededBy: v2.id });
    expect(v2.versions.map((version) => [version.version, version.status])).toEqual([[1, 'sent'], [2, 'draft']]);
    expect((await callError(core, 'quotes.revise', { id: quote.id })).code).toBe('conflict');
    expect((await callError(core, 'quotes.accept', { id: quote.id })).code).toBe('conflict');
    await call(core, 'quotes.delete', { id: v2.id });
    expect((await call(core, 'quotes.get', { id: quote.id })).latest).toBe(true);
    expect((await callError(core, 'quotes.get', { id: v2.id })).code).toBe('not_found');
  });

  it('accepted with markDealWon, moves the deal to its won stage with the amount excl. tax, in one transaction', async () => {
    const quote = await call(core, 'quotes.create', { dealId: ids.deal, lines: catalogueLines(), globalDiscountBp: 500 });
    await call(core, 'quotes.send', { id: quote.id });
    const accepted = await call(core, 'quotes.accept', { id: quote.id, markDealWon: true });
    expect(accepted.status).toBe('accepted');
    const deal = await call(core, 'deals.get', { id: ids.deal });
    expect(deal).toMatchObject({ amountMinor: accepted.totals.totalExclMinor, currency: 'EUR', probability: 100 });
    expect(deal.closedAt).not.toBeNull();
    expect(deal.stageHistory.at(-1)?.stageName).toBe('Gagné');
    expect((await callError(core, 'quotes.revise', { id: quote.id })).code).toBe('conflict');

    // When the deal cannot be won (deleted meanwhile), the quote is not accepted either.
    const other = await call(core, 'quotes.create', { dealId: ids.deal, lines: catalogueLines() });
    await call(core, 'quotes.send', { id: other.id });
    await call(core, 'deals.delete', { ids: [ids.deal] });
    const before = changeLogCount(core);
    expect((await callError(core, 'quotes.accept', { id: other.id, markDealWon: true })).code).toBe('not_found');
    expect((await call(core, 'quotes.get', { id: other.id })).status).toBe('sent');
    expect(changeLogCount(core)).toBe(before);
  });

  it('never reuses a number, even after restoring a backup made before it was given', async () => {
    const first = await call(core, 'quotes.create', { dealId: ids.deal });
    const backup = await call(core, 'backups.create', {});
    const second = await call(core, 'quotes.create', { dealId: ids.deal });
    await call(core, 'backups.restore', { file: backup.file });
    expect((await callError(core, 'quotes.get', { id: second.id })).code).toBe('not_found');
    const third = await call(core, 'quotes.create', { dealId: ids.deal });
    expect([first.number, second.number, third.number].map((number) => number.slice(-4))).toEqual(['0001', '0002', '0003']);
  });
});
