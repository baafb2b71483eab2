import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { cssString } from './html-text';
import { colour, fontFamily, marginMm } from './look';
import { legalLine, pageCounterParts } from './quote-content';
import type { QuoteFormat } from './quote-format';

/**
 * The print page's style sheet: A4 with the Word document's margins; the legal line and
 * "Page 1 sur 3" in the bottom margin of every page, the quote number at the top of the pages
 * after the first (CSS page margin boxes, which Chromium prints).
 */
export function quoteCss(model: QuoteDocumentModel, format: QuoteFormat): string {
  const { before, between, after } = pageCounterParts(format);
  const pageCounter = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const marginText = `font: 7.5pt ${fontFamily}, sans-serif; color: #${colour.muted};`;
  return `
@page {
  size: A4;
  margin: ${marginMm.top}mm ${marginMm.right}mm ${marginMm.bottom}mm ${marginMm.left}mm;
  @top-right { content: ${cssString(format.word('heading', { number: model.quote.number }))}; ${marginText} }
  @bottom-center { content: ${cssString(legalLine(model, format))}; ${marginText} }
  @bottom-right { content: ${pageCounter}; ${marginText} }
}
@page :first { @top-right { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.3 ${fontFamily}, 'Liberation Sans', Helvetica, sans-serif; color: #1d232a; }
p { margin: 0; }
.letterhead { display: flex; justify-content: space-between; gap: 8%; }
.seller { flex: 0 0 55%; }
.client { flex: 1; }
.logo { display: block; max-width: 55mm; max-height: 22mm; margin-bottom: 2mm; }
.name { font-weight: bold; font-size: 10.5pt; }
.seller .name { color: #${colour.accent}; }
.label { font-size: 7.5pt; color: #${colour.muted}; margin-bottom: 1mm; }
h1 { margin: 8mm 0 2mm; font-size: 16pt; color: #${colour.accent}; }
h2 { margin: 5mm 0 2mm; font-size: 10.5pt; color: #${colour.accent}; break-after: avoid; }
.facts { margin-bottom: 4mm; }
table { border-collapse: collapse; }
th, td { padding: 0.8mm 1.5mm; vertical-align: middle; text-align: left; }
.grid { width: 100%; }
.grid th { background: #${colour.headerFill}; }
.grid th, .grid td { border-top: 0.5pt solid #${colour.rule}; border-bottom: 0.5pt solid #${colour.rule}; }
.grid tr { break-inside: avoid; }
.grid thead { display: table-header-group; }
.number { text-align: right; white-space: nowrap; }
.vat { width: 44%; }
.totals { margin: 4mm 0 0 auto; width: 44%; break-inside: avoid; }
.totals .grand td { background: #${colour.headerFill}; font-weight: bold; font-size: 10.5pt; color: #${colour.accent}; }
.text p { margin-bottom: 1mm; }
.acceptance { margin: 7mm 0 0 55%; min-height: 22mm; break-inside: avoid; }
.acceptance .hint { font-size: 7.5pt; color: #${colour.muted}; }
`;
}
