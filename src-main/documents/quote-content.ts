import type { QuoteDocumentLine, QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import type { QuoteFormat, QuoteWord } from './quote-format';

/**
 * What a quote shows, as text in the model's language: the Word builder, the print HTML and the
 * user templates lay out these same values, so the three never disagree.
 */

export type LineCells = {
  reference: string;
  description: string;
  /** "2,5" */
  quantity: string;
  unit: string;
  /** "2,5 jours": the quantity and its unit, as the lines table shows it. */
  quantityWithUnit: string;
  unitPrice: string;
  /** Empty when the line has no discount. */
  discount: string;
  vatRate: string;
  total: string;
};

export type LineColumn = { key: Exclude<keyof LineCells, 'quantity' | 'unit'>; word: QuoteWord; numeric: boolean };

/** The lines table, left to right. */
export const lineColumns: readonly LineColumn[] = [
  { key: 'reference', word: 'columns.reference', numeric: false },
  { key: 'description', word: 'columns.description', numeric: false },
  { key: 'quantityWithUnit', word: 'columns.quantity', numeric: true },
  { key: 'unitPrice', word: 'columns.unitPrice', numeric: true },
  { key: 'discount', word: 'columns.discount', numeric: true },
  { key: 'vatRate', word: 'columns.vatRate', numeric: true },
  { key: 'total', word: 'columns.totalExcl', numeric: true },
];

export function lineCells(line: QuoteDocumentLine, format: QuoteFormat): LineCells {
  const quantity = format.quantity(line.quantityMilli);
  return {
    reference: line.reference ?? '',
    description: line.description,
    quantity,
    unit: line.unit ?? '',
    quantityWithUnit: line.unit ? `${quantity}\u00a0${line.unit}` : quantity,
    unitPrice: format.money(line.unitPriceMinor),
    discount: line.discountBp === 0 ? '' : format.percent(line.discountBp),
    vatRate: format.percent(line.vatRateBp),
    total: format.money(line.totalExclMinor),
  };
}

export type TotalRow = { label: string; amount: string; grand: boolean };

/** Lines total and global discount only when there is one; then excl. tax, VAT, incl. tax. */
export function totalRows(model: QuoteDocumentModel, format: QuoteFormat): TotalRow[] {
  const { totals } = model;
  const row = (word: QuoteWord, amountMinor: number, label = format.word(word)): TotalRow => ({
    label,
    amount: format.money(amountMinor),
    grand: word === 'totals.totalIncl',
  });
  const discounted = totals.globalDiscountMinor !== 0;
  return [
    ...(discounted
      ? [
          row('totals.lines', totals.linesExclMinor),
          row('totals.globalDiscount', -totals.globalDiscountMinor, format.word('totals.globalDiscount', { rate: format.percent(totals.globalDiscountBp) })),
        ]
      : []),
    row('totals.totalExcl', totals.totalExclMinor),
    row('totals.vat', totals.vatMinor),
    row('totals.totalIncl', totals.totalInclMinor),
  ];
}

export type VatCells = { rate: string; base: string; vat: string };

export const vatColumns: readonly { key: keyof VatCells; word: QuoteWord }[] = [
  { key: 'rate', word: 'vatSummary.rate' },
  { key: 'base', word: 'vatSummary.base' },
  { key: 'vat', word: 'vatSummary.vat' },
];

export function vatRows(model: QuoteDocumentModel, format: QuoteFormat): VatCells[] {
  return model.vatSummary.map((row) => ({ rate: format.percent(row.rateBp), base: format.money(row.baseMinor), vat: format.money(row.vatMinor) }));
}

/** Phone, email and website under the seller's address, those that are known. */
export function sellerContactLines(model: QuoteDocumentModel, format: QuoteFormat): string[] {
  const { phone, email, website } = model.seller;
  return [phone ? format.word('phone', { phone }) : null, email, website].filter((line): line is string => Boolean(line));
}

/** The client's block: company, contact, then the address. */
export function clientLines(model: QuoteDocumentModel): string[] {
  const { companyName, contactName, addressLines } = model.client;
  return [companyName, contactName, ...addressLines].filter((line): line is string => Boolean(line));
}

export type Fact = { label: string; value: string };

/** Date, validity and salesperson under the title, those that are known. */
export function quoteFacts(model: QuoteDocumentModel, format: QuoteFormat): Fact[] {
  const { issueDate, validUntil, ownerName } = model.quote;
  const facts: Fact[] = [{ label: format.word('issueDate'), value: format.date(issueDate) }];
  if (validUntil) facts.push({ label: format.word('validUntil'), value: format.date(validUntil) });
  if (ownerName) facts.push({ label: format.word('salesperson'), value: ownerName });
  return facts;
}

/** The footer's legal line: "Seller SAS · SIRET … · N° TVA intracommunautaire …". */
export function legalLine(model: QuoteDocumentModel, format: QuoteFormat): string {
  const { name, siret, vatNumber } = model.seller;
  return [name, siret ? format.word('footer.siret', { siret }) : null, vatNumber ? format.word('footer.vatNumber', { vatNumber }) : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

export type TextBlock = { title: string; paragraphs: string[] };

/** Terms and notes, each split into its paragraphs; absent when empty. */
export function textBlocks(model: QuoteDocumentModel, format: QuoteFormat): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const [word, text] of [['terms', model.terms], ['notes', model.notes]] as const) {
    const paragraphs = paragraphsOf(text);
    if (paragraphs.length > 0) blocks.push({ title: format.word(word), paragraphs });
  }
  return blocks;
}

/** A user's multi-line text as its non-blank lines. */
export function paragraphsOf(text: string | null): string[] {
  return (text ?? '').split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
}

/**
 * "Page {{page}} sur {{pages}}" cut around its two numbers, so each output puts its own page
 * counters there: { before: "Page ", between: " sur ", after: "" }.
 */
export function pageCounterParts(format: QuoteFormat): { before: string; between: string; after: string } {
  const message = format.word('footer.page');
  const [before = '', rest = ''] = message.split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  return { before, between, after };
}
