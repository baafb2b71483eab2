import { Packer, Paragraph } from 'docx';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { a4Document, closingBlocks, heading, letterhead, quoteFooter, titleBlock } from './docx-sections';
import { linesTable, totalsTable, vatSummaryTable } from './docx-tables';
import { quoteFormat } from './quote-format';

/**
 * The quote as a Word document laid out as a French quote: letterhead and client block, title
 * and dates, the lines (header repeated on every page), totals, VAT summary, terms and notes,
 * the legal identifiers and page numbers in the footer. A4.
 */
export async function buildQuoteDocx(model: QuoteDocumentModel): Promise<Uint8Array> {
  const format = quoteFormat(model);
  const title = format.word('heading', { number: model.quote.number });
  const document = a4Document({
    title,
    creator: model.seller.name,
    laterPagesHeading: title,
    footer: () => quoteFooter(model, format),
    children: [
      letterhead(model, format),
      ...titleBlock(model, format),
      linesTable(model, format),
      new Paragraph({ spacing: { after: 160 } }),
      totalsTable(model, format),
      heading(format.word('vatSummary.title')),
      vatSummaryTable(model, format),
      ...closingBlocks(model, format),
    ],
  });
  return Packer.toBuffer(document);
}
