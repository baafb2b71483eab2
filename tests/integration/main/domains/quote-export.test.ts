import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachPdfPrinter, disposePdfPrinter } from '../../../../src-main/documents/printer';
import { createChromiumPdfPrinter } from '../../../../src-main/documents/pdf';
import { saveQuoteTemplate } from '../../../../src-main/domains/quotes/template-store';
import { findFile } from '../../../../src-main/files/store';
import { chromiumExecutable } from '../../../helpers/chromium';
import { call, callError, openTestCore, type TestCore } from '../../../helpers/core';
import { docxText } from '../../../fixtures/documents/docx-text';
import { userTemplate } from '../../../fixtures/documents/templates';

let core: TestCore;
let quoteId: string;

beforeEach(async () => {
  core = openTestCore({ clock: { now: () => Date.UTC(2026, 10, 22, 9) } });
  await call(core, 'quoteSettings.save', { sellerName: 'Fours Kerbiriou SARL', addressLines: ['12 rue des Artisans', '29200 Brest'] });
  const company = await call(core, 'companies.create', { name: 'Boulangerie Morvan', addresses: [{ kind: 'billing', street: '3 rue du Port', postcode: '29000', city: 'Quimper' }] });
  const deal = await call(core, 'deals.create', { title: 'Four à sole', companyId: company.id, amountMinor: 1_00 });
  const quote = await call(core, 'quotes.create', { dealId: deal.id, lines: [{ description: 'Four à sole 4 étages', quantityMilli: 2_000, unitPriceMinor: 1_234_50, vatRateBp: 2000 }] });
  quoteId = quote.id;
});
afterEach(async () => {
  await disposePdfPrinter(core);
  core.dispose();
});

async function stored(fileId: string): Promise<Uint8Array> {
  const file = await findFile(core.paths.dataDir, 'outgoing', fileId);
  if (!file) throw new Error(`file ${fileId} was not kept`);
  return new Uint8Array(await readFile(file.path));
}

describe('a quote exported to Word', () => {
  it('is kept as a file named after the quote and the client, laid out by the built-in document in French amounts', async () => {
    const file = await call(core, 'quotes.exportDocx', { id: quoteId });
    const quote = await call(core, 'quotes.get', { id: quoteId });
    expect(file).toMatchObject({ fileName: `Devis ${quote.number} – Boulangerie Morvan.docx`, mimeType: expect.stringContaining('wordprocessingml') });
    const bytes = await stored(file.fileId);
    expect(file.size).toBe(bytes.byteLength);
    const text = await docxText(bytes);
    expect(text).toContain('Fours Kerbiriou SARL');
    expect(text).toContain('3 rue du Port');
    expect(text).toContain('2\u202f469,00\u00a0€'); // 2 × 1 234,50 € excl. VAT
  });

  it('speaks English when asked, and fills the office’s own template when this PC has one', async () => {
    const english = await call(core, 'quotes.exportDocx', { id: quoteId, language: 'en' });
    expect(english.fileName).toMatch(/^Quote D-2026-.* – Boulangerie Morvan\.docx$/);
    await saveQuoteTemplate(core.paths.dataDir, await userTemplate());
    const filled = await docxText(await stored((await call(core, 'quotes.exportDocx', { id: quoteId })).fileId));
    expect(filled).toContain('Pour : Boulangerie Morvan — merci');
    expect(filled).toMatch(/Devis D-2026-\w{4}-0001 du 22 novembre 2026/);
    // Only the placeholder the CRM does not know is left as typed.
    expect(filled.match(/\{\{[^}]*\}\}/g)).toEqual(['{{client.fax}}']);
  });

  it('says what is wrong when the office’s template is no longer a Word document, and makes no file', async () => {
    await saveQuoteTemplate(core.paths.dataDir, new TextEncoder().encode('not a docx'));
    const error = await callError(core, 'quotes.exportDocx', { id: quoteId });
    expect(error).toMatchObject({ code: 'validation', field: 'template' });
    expect(error.issues?.[0]?.message).toMatch(/Word/);
  });

  it('refuses an unknown quote and a malformed language', async () => {
    expect(await callError(core, 'quotes.exportDocx', { id: '0190a0b0-0000-7000-8000-000000000000' })).toMatchObject({ code: 'not_found' });
    expect(await callError(core, 'quotes.exportPdf', { id: quoteId, language: 'de' })).toMatchObject({ code: 'validation', field: 'language' });
  });
});

describe('a quote exported to PDF', () => {
  it('is printed by the host’s printer into a file named like the Word one', async () => {
    chromiumExecutable();
    const file = await call(core, 'quotes.exportPdf', { id: quoteId });
    expect(file.fileName).toMatch(/^Devis D-2026-.* – Boulangerie Morvan\.pdf$/);
    const bytes = await stored(file.fileId);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('says so, in words, when this PC has no browser to print with', async () => {
    attachPdfPrinter(core, createChromiumPdfPrinter('/nonexistent/chromium'));
    expect(await callError(core, 'quotes.exportPdf', { id: quoteId })).toMatchObject({ code: 'printer_unavailable' });
  });

  it('uses the printer the host attached (the desktop app’s printToPDF)', async () => {
    const printed: string[] = [];
    attachPdfPrinter(core, {
      print: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      dispose: async () => undefined,
    });
    const file = await call(core, 'quotes.exportPdf', { id: quoteId });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Boulangerie Morvan');
    expect(new TextDecoder().decode(await stored(file.fileId))).toBe('%PDF-1.7 fake');
  });
});
