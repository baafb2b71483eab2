import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumMissingError, chromiumPath, createChromiumPdfPrinter } from '../../../../src-main/documents/pdf';
import { quoteHtml } from '../../../../src-main/documents/quote-html';
import { chromiumExecutable } from '../../../helpers/chromium';
import { englishQuote, frenchQuote, longQuote } from '../../../fixtures/documents/quote-models';

/** The PDF as Latin-1 text: enough to read Chromium's (uncompressed) object dictionaries. */
const pdfText = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function pageCount(bytes: Uint8Array): number {
  return pdfText(bytes).match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The document's title from its information dictionary (UTF-16BE hex, as Chromium writes it). */
function pdfTitle(bytes: Uint8Array): string {
  const hex = /\/Title\s*<FEFF([0-9A-F]*)>/i.exec(pdfText(bytes))?.[1] ?? '';
  return Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

describe('quote PDFs printed by Chromium', () => {
  chromiumExecutable();
  const printer = createChromiumPdfPrinter();
  afterAll(() => printer.dispose());

  it('are real PDFs of the quote page: one A4 page for a short quote, its logo embedded', async () => {
    const pdf = await printer.print(quoteHtml(frenchQuote()));
    expect(pdfText(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdfText(pdf.subarray(-8)).trimEnd()).toMatch(/%%EOF$/);
    expect(pageCount(pdf)).toBe(1);
    expect(pdfTitle(pdf)).toBe('Devis D-2026-0042-A1B2 v2 — Atelier Lumière SAS');
    const [width, height] = (/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdfText(pdf)) ?? []).slice(1).map(Number);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points.
    expect(Math.abs((width ?? 0) - 595.28)).toBeLessThan(1);
    expect(Math.abs((height ?? 0) - 841.89)).toBeLessThan(1);
    expect(pdfText(pdf)).toMatch(/\/Subtype\s*\/Image/);
  });

  it('run a 50-line quote over three A4 pages', async () => {
    const pdf = await printer.print(quoteHtml(longQuote(50)));
    expect(pageCount(pdf)).toBe(3);
  });

  it('print several quotes at once', async () => {
    const [french, english] = await Promise.all([printer.print(quoteHtml(frenchQuote())), printer.print(quoteHtml(englishQuote()))]);
    expect(pdfTitle(french)).toMatch(/^Devis /);
    expect(pdfTitle(english)).toMatch(/^Quote /);
  });

  it('start Chromium again when asked after being disposed of', async () => {
    const again = createChromiumPdfPrinter();
    expect(pageCount(await again.print(quoteHtml(frenchQuote())))).toBe(1);
    await again.dispose();
    expect(pageCount(await again.print(quoteHtml(frenchQuote())))).toBe(1);
    await again.dispose();
  });

  it('say clearly where Chromium was looked for when it is missing', async () => {
    const missing = createChromiumPdfPrinter('/nowhere/chromium');
    await expect(missing.print('<p>x</p>')).rejects.toThrow(ChromiumMissingError);
    await expect(missing.print('<p>x</p>')).rejects.toThrow('Chromium was not found at /nowhere/chromium. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH');
    await missing.dispose();
    expect(chromiumPath()).toBe(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  });
});
