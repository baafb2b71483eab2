import { PatchType, TextRun, type IPatch, type Table, type TableRowsPatch } from 'docx';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { blockPlaceholderNames, imagePlaceholderNames, rowPlaceholderNames, type LineFieldName, type TextPlaceholderName, type VatFieldName } from '../../src-shared/domain/quote-placeholders';
import { logoImage } from './docx-sections';
import { linesTableOf, totalsTable, vatSummaryTable } from './docx-tables';
import { clientLines, legalLine, lineCells, lineColumns, paragraphsOf, vatRows, type LineCells, type VatCells } from './quote-content';
import type { QuoteFormat } from './quote-format';

/**
 * The placeholders a user's Word template can hold (documented in resources/templates/README.md).
 * Text placeholders become the value, in the placeholder's own formatting; multi-line values
 * keep their lines.
 */
type TextValue = (model: QuoteDocumentModel, format: QuoteFormat) => string | null;

const joinLines = (lines: string[]): string => lines.join('\n');
const unlessZero = (amount: number, text: string): string => (amount === 0 ? '' : text);

export const textPlaceholders: Readonly<Record<TextPlaceholderName, TextValue>> = {
  'seller.name': (model) => model.seller.name,
  'seller.address': (model) => joinLines(model.seller.addressLines),
  'seller.phone': (model) => model.seller.phone,
  'seller.email': (model) => model.seller.email,
  'seller.website': (model) => model.seller.website,
  'seller.siret': (model) => model.seller.siret,
  'seller.vat_number': (model) => model.seller.vatNumber,
  'seller.legal': (model, format) => legalLine(model, format),
  'client.company': (model) => model.client.companyName,
  'client.contact': (model) => model.client.contactName,
  'client.address': (model) => joinLines(model.client.addressLines),
  'client.block': (model) => joinLines(clientLines(model)),
  'quote.number': (model) => model.quote.number,
  'quote.version': (model) => String(model.quote.version),
  'quote.title': (model) => model.quote.title,
  'quote.date': (model, format) => format.date(model.quote.issueDate),
  'quote.valid_until': (model, format) => (model.quote.validUntil ? format.date(model.quote.validUntil) : null),
  'quote.currency': (model) => model.quote.currency,
  'quote.salesperson': (model) => model.quote.ownerName,
  'total.lines': (model, format) => format.money(model.totals.linesExclMinor),
  'total.discount': (model, format) => unlessZero(model.totals.globalDiscountMinor, format.money(model.totals.globalDiscountMinor)),
  'total.discount_rate': (model, format) => unlessZero(model.totals.globalDiscountBp, format.percent(model.totals.globalDiscountBp)),
  'total.excl': (model, format) => format.money(model.totals.totalExclMinor),
  'total.vat': (model, format) => format.money(model.totals.vatMinor),
  'total.incl': (model, format) => format.money(model.totals.totalInclMinor),
  terms: (model) => joinLines(paragraphsOf(model.terms)),
  notes: (model) => joinLines(paragraphsOf(model.notes)),
};

/** Replaced by the logo, in the paragraph that holds the placeholder (nothing when there is none). */
export const imagePlaceholders = imagePlaceholderNames;

/** Each alone in its paragraph, which becomes the generated table. */
export const blockPlaceholders = blockPlaceholderNames;

/** Fields of a table row the user designed, repeated once per quote line: `{{line.description}}`. */
const lineFields: Readonly<Record<LineFieldName, keyof LineCells>> = {
  reference: 'reference',
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  unit_price: 'unitPrice',
  discount: 'discount',
  vat_rate: 'vatRate',
  total: 'total',
};
/** Fields of a table row repeated once per VAT rate: `{{vat.rate}}`. */
const vatFields: Readonly<Record<VatFieldName, keyof VatCells>> = { rate: 'rate', base: 'base', amount: 'vat' };

export const rowPlaceholders = rowPlaceholderNames;

/** Every placeholder a template may hold. */
export const knownPlaceholders: readonly string[] = [
  ...Object.keys(textPlaceholders),
  ...imagePlaceholders,
  ...blockPlaceholders,
  ...rowPlaceholders.line,
  ...rowPlaceholders.vat,
];

/**
 * "{{" in a user's text (a description, say) split by an invisible word joiner, so that the
 * template filler never mistakes it for one of its placeholders.
 */
const inert = (text: string): string => text.replaceAll('{{', '{\u2060{');

/** A user's value, as runs, its lines kept. */
function textPatch(value: string | null): IPatch {
  const lines = inert(value ?? '').split('\n');
  return { type: PatchType.PARAGRAPH, children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })) };
}

function rowsPatch<Cells>(rows: Cells[], fields: Readonly<Record<string, keyof Cells>>): TableRowsPatch {
  return {
    type: PatchType.TABLE_ROWS,
    rows: rows.map((cells) => Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, textPatch(String(cells[key]))]))),
  };
}

const tableOf = (table: Table): IPatch => ({ type: PatchType.DOCUMENT, children: [table] });
const inertRows = (rows: string[][]): string[][] => rows.map((row) => row.map(inert));

export type TemplatePatches = {
  /** Values put in the paragraph of their placeholder: text and the logo. */
  inline: Record<string, IPatch>;
  /** Generated tables and repeated rows, applied once the inline values are in. */
  structural: Record<string, IPatch | TableRowsPatch>;
};

/**
 * The patches for `patchDocument`, for the placeholders a template holds (`present`, as its
 * detector names them: "quote.number", "line.total"…).
 */
export function templatePatches(model: QuoteDocumentModel, format: QuoteFormat, present: readonly string[]): TemplatePatches {
  const holds = (name: string): boolean => present.includes(name);
  const holdsRow = (row: string): boolean => present.some((name) => name.startsWith(`${row}.`));
  const inline: Record<string, IPatch> = {};
  for (const [name, value] of Object.entries(textPlaceholders)) if (holds(name)) inline[name] = textPatch(value(model, format));
  const { logo } = model.seller;
  if (holds('seller.logo')) inline['seller.logo'] = logo ? { type: PatchType.PARAGRAPH, children: [logoImage(logo, model.seller.name)] } : textPatch(null);

  const structural: Record<string, IPatch | TableRowsPatch> = {};
  const lines = model.lines.map((line) => lineCells(line, format));
  if (holds('lines')) structural.lines = tableOf(linesTableOf(format, inertRows(lines.map((cells) => lineColumns.map((column) => cells[column.key])))));
  if (holds('totals')) structural.totals = tableOf(totalsTable(model, format));
  if (holds('vat_summary')) structural.vat_summary = tableOf(vatSummaryTable(model, format));
  if (holdsRow('line')) structural.line = rowsPatch(lines, lineFields);
  if (holdsRow('vat')) structural.vat = rowsPatch(vatRows(model, format), vatFields);
  return { inline, structural };
}
