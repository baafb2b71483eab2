/*
 * The placeholders a Word quote template may hold (documented in resources/templates/README.md),
 * by name: the core fills them (src-main/documents/template-placeholders.ts), Settings lists them.
 */

/** Replaced by a value, in the placeholder's own formatting. */
export const textPlaceholderNames = [
  'seller.name',
  'seller.address',
  'seller.phone',
  'seller.email',
  'seller.website',
  'seller.siret',
  'seller.vat_number',
  'seller.legal',
  'client.company',
  'client.contact',
  'client.address',
  'client.block',
  'quote.number',
  'quote.version',
  'quote.title',
  'quote.date',
  'quote.valid_until',
  'quote.currency',
  'quote.salesperson',
  'total.lines',
  'total.discount',
  'total.discount_rate',
  'total.excl',
  'total.vat',
  'total.incl',
  'terms',
  'notes',
] as const;
export type TextPlaceholderName = (typeof textPlaceholderNames)[number];

/** Replaced by the logo, in the paragraph that holds the placeholder. */
export const imagePlaceholderNames = ['seller.logo'] as const;

/** Each alone in its paragraph, which becomes the generated table. */
export const blockPlaceholderNames = ['lines', 'vat_summary', 'totals'] as const;

/** Fields of a table row repeated once per quote line: `{{line.description}}`. */
export const lineFieldNames = ['reference', 'description', 'quantity', 'unit', 'unit_price', 'discount', 'vat_rate', 'total'] as const;
export type LineFieldName = (typeof lineFieldNames)[number];

/** Fields of a table row repeated once per VAT rate: `{{vat.rate}}`. */
export const vatFieldNames = ['rate', 'base', 'amount'] as const;
export type VatFieldName = (typeof vatFieldNames)[number];

export const rowPlaceholderNames = {
  line: lineFieldNames.map((field) => `line.${field}` as const),
  vat: vatFieldNames.map((field) => `vat.${field}` as const),
};

/** The placeholders as Settings lists them, group by group. */
export const placeholderGroups = {
  text: textPlaceholderNames,
  image: imagePlaceholderNames,
  block: blockPlaceholderNames,
  line: rowPlaceholderNames.line,
  vat: rowPlaceholderNames.vat,
} as const;
export type PlaceholderGroup = keyof typeof placeholderGroups;
