import { AlignmentType, Document, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun, type FileChild, type Table } from 'docx';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { clientLines, legalLine, pageCounterParts, quoteFacts, sellerContactLines, textBlocks } from './quote-content';
import { contentWidth, page, paragraph, sideBySide, size } from './docx-style';
import { colour, fontFamily } from './look';
import { logoSize, type Logo } from './logo';
import type { QuoteFormat } from './quote-format';

/** The logo's box on the letterhead, in pixels at 96 dpi (about 55 × 22 mm). */
const logoBox = { width: 208, height: 83 };

export function logoImage(logo: Logo, sellerName: string): ImageRun {
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: logoSize(logo, logoBox),
    altText: { name: sellerName, description: sellerName, title: sellerName },
  });
}

/** The seller's name, in the accent colour. */
export function sellerName(text: string): Paragraph {
  return paragraph(text, { bold: true, size: size.heading, colour: colour.accent });
}

/** The client's block: a small label, the first line in bold, the others. */
export function clientBlock(label: string, first: string, others: string[] = []): Paragraph[] {
  return [
    paragraph(label, { size: size.small, colour: colour.muted }, 60),
    paragraph(first, { bold: true, size: size.heading }),
    ...others.map((line) => paragraph(line, { size: size.body })),
  ];
}

/** The seller (logo, name, address, contact) on the left, the client's address block on the right. */
export function letterhead(model: QuoteDocumentModel, format: QuoteFormat): Table {
  const { seller } = model;
  const sellerParagraphs = [
    ...(seller.logo ? [new Paragraph({ children: [logoImage(seller.logo, seller.name)], spacing: { after: 120 } })] : []),
    sellerName(seller.name),
    ...[...seller.addressLines, ...sellerContactLines(model, format)].map((line) => paragraph(line, { size: size.body })),
  ];
  const [firstClientLine = '', ...otherClientLines] = clientLines(model);
  return sideBySide(sellerParagraphs, clientBlock(format.word('client'), firstClientLine, otherClientLines));
}

export function quoteTitle(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, size: size.title, color: colour.accent })], spacing: { before: 480, after: 120 } });
}

/** "Devis n° …", the subject, then the date, validity and salesperson. */
export function titleBlock(model: QuoteDocumentModel, format: QuoteFormat): Paragraph[] {
  const labelled = (label: string, value: string): Paragraph => paragraph(format.word('labelled', { label, value }), { size: size.body });
  return [
    quoteTitle(format.word('heading', { number: model.quote.number })),
    ...(model.quote.title ? [labelled(format.word('subject'), model.quote.title)] : []),
    ...quoteFacts(model, format).map((fact) => labelled(fact.label, fact.value)),
    paragraph('', {}, 200),
  ];
}

export function heading(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, size: size.heading, color: colour.accent })], spacing: { before: 280, after: 100 }, keepNext: true });
}

/** "Bon pour accord" and its hint on the right, with room under them to sign. */
export function acceptanceBlock(title: string, hint: string): Paragraph[] {
  const indent = { left: Math.floor(contentWidth * 0.55) };
  return [
    new Paragraph({ children: [new TextRun({ text: title, bold: true, size: size.body })], spacing: { before: 400 }, keepNext: true, indent }),
    new Paragraph({ children: [new TextRun({ text: hint, size: size.small, color: colour.muted })], spacing: { after: 1200 }, indent }),
  ];
}

/** Terms, notes, then the client's "Bon pour accord". */
export function closingBlocks(model: QuoteDocumentModel, format: QuoteFormat): Paragraph[] {
  const texts = textBlocks(model, format).flatMap((block) => [heading(block.title), ...block.paragraphs.map((line) => paragraph(line, { size: size.body }, 60))]);
  return [...texts, ...acceptanceBlock(format.word('acceptance'), format.word('acceptanceHint'))];
}

/** Pages after the first carry the quote's number at the top. */
export function laterPagesHeader(text: string): Header {
  return new Header({ children: [paragraph(text, { size: size.small, colour: colour.muted, align: 'right' })] });
}

/** The legal line, then "Page 2 sur 3" with Word's page fields. */
export function pageFooter(legal: string, counter: { before: string; between: string; after: string }): Footer {
  const pageRun = new TextRun({ children: [counter.before, PageNumber.CURRENT, counter.between, PageNumber.TOTAL_PAGES, counter.after], size: size.small, color: colour.muted });
  return new Footer({
    children: [paragraph(legal, { size: size.small, colour: colour.muted, align: 'center' }), new Paragraph({ children: [pageRun], alignment: AlignmentType.RIGHT })],
  });
}

export function quoteFooter(model: QuoteDocumentModel, format: QuoteFormat): Footer {
  return pageFooter(legalLine(model, format), pageCounterParts(format));
}

export type A4DocumentOptions = { title: string; creator: string; laterPagesHeading: string; footer: () => Footer; children: FileChild[] };

/** An A4 document of one section: the quote's fonts and margins, no header on the first page. */
export function a4Document(options: A4DocumentOptions): Document {
  return new Document({
    creator: options.creator,
    title: options.title,
    styles: { default: { document: { run: { font: fontFamily, size: size.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: page.width, height: page.height }, margin: { ...page.margin, header: page.headerFooter, footer: page.headerFooter } },
        },
        headers: { default: laterPagesHeader(options.laterPagesHeading), first: new Header({ children: [] }) },
        footers: { default: options.footer(), first: options.footer() },
        children: options.children,
      },
    ],
  });
}
