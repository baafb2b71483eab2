import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quoteDocumentModel } from '../../../../src-main/domains/quotes/document';
import { setServerLink } from '../../../../src-main/sync/state';
import { call, callError, changeLogCount, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ clock: { now: () => Date.UTC(2026, 10, 22, 9) } });
});
afterEach(() => core.dispose());

const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 7)]);
const letterhead = {
  sellerName: 'Fours Kerbiriou SARL',
  addressLines: ['12 rue des Artisans', '', '29200 Brest'],
  phone: '02 98 00 00 00',
  email: 'Contact@Kerbiriou.fr',
  website: 'kerbiriou.fr',
  siret: '732 829 320 00074',
  vatNumber: 'FR 44 732829320',
  defaultTerms: 'Paiement à 30 jours.',
};

describe('the letterhead and quote settings', () => {
  it('are saved as office settings, one row per setting, and read back normalised', async () => {
    const saved = await call(core, 'quoteSettings.save', { ...letterhead, logo: png(2_000).toString('base64') });
    expect(saved).toMatchObject({
      sellerName: 'Fours Kerbiriou SARL',
      addressLines: ['12 rue des Artisans', '29200 Brest'],
      email: 'contact@kerbiriou.fr',
      website: 'https://kerbiriou.fr',
      vatNumber: 'FR44732829320',
      defaultValidityDays: 30,
    });
    expect(saved.logo?.type).toBe('png');
    expect(core.db.prepare("SELECT count(*) FROM office_settings WHERE id LIKE 'letterhead.%'").pluck().get()).toBe(8);
    const cleared = await call(core, 'quoteSettings.save', { phone: null, logo: null, defaultValidityDays: 60 });
    expect(cleared).toMatchObject({ phone: null, logo: null, defaultValidityDays: 60, sellerName: 'Fours Kerbiriou SARL' });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
    expect((await call(core, 'quoteSettings.save', { logo: jpeg })).logo?.type).toBe('jpg');
  });

  it('refuse a logo that is not a PNG or JPEG or is over 150 kB, a wrong SIRET or VAT key, and save none of it', async () => {
    const before = changeLogCount(core);
    const refusedAt = async (input: Record<string, unknown>) => (await callError(core, 'quoteSettings.save', { sellerName: 'X', ...input })).issues?.[0]?.path;
    expect(await refusedAt({ logo: Buffer.from('GIF89a-not-a-png').toString('base64') })).toBe('logo');
    expect(await refusedAt({ logo: png(150_001).toString('base64') })).toBe('logo');
    expect(await refusedAt({ logo: 'not base64!' })).toBe('logo');
    expect(await refusedAt({ siret: '732 829 320 00075' })).toBe('siret');
    expect(await refusedAt({ vatNumber: 'FR 45 732829320' })).toBe('vatNumber');
    expect(await refusedAt({ defaultValidityDays: 0 })).toBe('defaultValidityDays');
    expect(changeLogCount(core)).toBe(before);
    expect((await call(core, 'quoteSettings.save', { logo: png(150_000).toString('base64') })).logo?.type).toBe('png');
  });

  it('are changed only by administrators on a device linked to an office server', async () => {
    setServerLink(core, { url: 'http://127.0.0.1:1', accountId: core.userId, displayName: 'Léa', email: 'lea@bureau.fr', role: 'manager', deviceName: 'PC' });
    expect((await callError(core, 'quoteSettings.save', { sellerName: 'X' })).code).toBe('forbidden');
    expect((await call(core, 'quoteSettings.get', {})).sellerName).toBeNull();
  });
});

describe('the quote document model', () => {
  it('assembles the letterhead, the client’s billing address and contact, the lines, totals and VAT summary', async () => {
    await call(core, 'quoteSettings.save', { ...letterhead, logo: png(100).toString('base64') });
    const company = await call(core, 'companies.create', {
      name: 'Hôtel du Port',
      addresses: [
        { kind: 'head_office', street: '1 quai Nord', postcode: '56100', city: 'Lorient' },
        { kind: 'billing', street: 'Service comptable\n5 avenue de la Gare', postcode: '1000', city: 'Bruxelles', country: 'BE' },
      ],
    });
    const contact = await call(core, 'contacts.create', { firstName: 'Yann', lastName: 'Le Gall' });
    const deal = await call(core, 'deals.create', { title: 'Cuisine', companyId: company.id, contacts: [{ contactId: contact.id }] });
    const product = await call(core, 'products.create', { reference: 'PLQ', name: 'Plaque à induction', unit: 'pièce', defaultPriceMinor: 1_234_56, vatRateBp: 2000 });
    const quote = await call(core, 'quotes.create', {
      dealId: deal.id,
      globalDiscountBp: 1_000,
      lines: [
        { productId: product.id, quantityMilli: 2_000, discountBp: 500 },
        { description: 'Notice', quantityMilli: 1_000, unitPriceMinor: 10_00, vatRateBp: 550 },
      ],
      notes: 'Livraison en janvier.',
    });
    await call(core, 'quotes.send', { id: quote.id });
    const revised = await call(core, 'quotes.revise', { id: quote.id });

    const model = quoteDocumentModel(core, revised.id, 'fr');
    expect(model.seller).toMatchObject({ name: 'Fours Kerbiriou SARL', addressLines: ['12 rue des Artisans', '29200 Brest'], siret: '732 829 320 00074', vatNumber: 'FR44732829320' });
    expect(model.seller.logo?.type).toBe('png');
    expect([...(model.seller.logo?.data.slice(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(model.client).toEqual({ companyName: 'Hôtel du Port', contactName: 'Yann Le Gall', addressLines: ['Service comptable', '5 avenue de la Gare', '1000 Bruxelles', 'Belgique'] });
    expect(quoteDocumentModel(core, revised.id, 'en').client.addressLines.at(-1)).toBe('Belgium');
    expect(model.quote).toMatchObject({ number: `${quote.number} v2`, version: 2, title: 'Cuisine', issueDate: '2026-11-22', validUntil: '2026-12-22', currency: 'EUR' });
    expect(model.terms).toBe('Paiement à 30 jours.');
    expect(model.notes).toBe('Livraison en janvier.');
    // 2 × 1,234.56 − 5 % = 2,345.664 → 2,345.66; 10.00
    expect(model.lines.map((line) => [line.reference, line.description, line.quantityMilli, line.unit, line.unitPriceMinor, line.discountBp, line.vatRateBp, line.totalExclMinor])).toEqual([
      ['PLQ', 'Plaque à induction', 2_000, 'pièce', 1_234_56, 500, 2000, 2_345_66],
      [null, 'Notice', 1_000, null, 10_00, 0, 550, 10_00],
    ]);
    // −10 %: 2,345.66 − 234.57 = 2,111.09 (VAT 422.22); 10.00 − 1.00 = 9.00 (VAT 0.495 → 0.50)
    expect(model.vatSummary).toEqual([
      { rateBp: 2000, baseMinor: 2_111_09, vatMinor: 422_22 },
      { rateBp: 550, baseMinor: 9_00, vatMinor: 50 },
    ]);
    expect(model.totals).toEqual({ linesExclMinor: 2_355_66, globalDiscountBp: 1_000, globalDiscountMinor: 235_57, totalExclMinor: 2_120_09, vatMinor: 422_72, totalInclMinor: 2_542_81 });
  });
});
