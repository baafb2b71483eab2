import type { ApiInput } from '../../src-shared/contract/api';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { PriceSource, ResolvedPrice } from '../../src-shared/domain/catalogue';
import { parseAmountToMinor } from '../../src-shared/domain/money';
import { quoteTotals, type QuoteTotals } from '../../src-shared/domain/quote-totals';
import type { QuoteDetail } from '../../src-shared/domain/quotes';
import type { Language } from '../../src-shared/i18n';
import type { PickedRecord } from '../components/RecordPicker';
import { amountInputText, parsePercentToBp, parseQuantityToMilli, percentText, quantityText } from './number-input';

/**
 * One line of the quote editor, as typed. A catalogue line's price is the one resolved from the
 * price lists until the user types another (`priceTyped`); a free line's price is always typed.
 */
export type QuoteLineDraft = {
  key: string;
  productId: string | null;
  reference: string;
  description: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  priceTyped: boolean;
  /** Where the shown price comes from (a price list, the product's default…); null for a typed one. */
  priceSource: PriceSource | null;
  /** Why no price was found for a catalogue line (it must then be typed). */
  noPrice: Extract<ResolvedPrice, { found: false }>['reason'] | null;
  discount: string;
  vatRateBp: number;
};

export type QuoteDraft = {
  title: string;
  company: PickedRecord | null;
  contact: PickedRecord | null;
  currency: string;
  issueDate: string;
  validUntil: string;
  globalDiscount: string;
  terms: string;
  notes: string;
  lines: QuoteLineDraft[];
};

let nextKey = 0;
export const lineKey = (): string => `line-${(nextKey += 1)}`;

export function freeLineDraft(vatRateBp = 2000): QuoteLineDraft {
  return { key: lineKey(), productId: null, reference: '', description: '', unit: '', quantity: '1', unitPrice: '', priceTyped: true, priceSource: null, noPrice: null, discount: '', vatRateBp };
}

export function quoteDraftFrom(quote: QuoteDetail, lang: Language): QuoteDraft {
  return {
    title: quote.title,
    company: quote.companyId ? { id: quote.companyId, name: quote.companyName ?? '' } : null,
    contact: quote.contactId ? { id: quote.contactId, name: quote.contactName ?? '' } : null,
    currency: quote.currency,
    issueDate: quote.issueDate,
    validUntil: quote.validUntil ?? '',
    globalDiscount: quote.globalDiscountBp === 0 ? '' : percentText(lang, quote.globalDiscountBp),
    terms: quote.terms ?? '',
    notes: quote.notes ?? '',
    lines: quote.lines.map((line) => ({
      key: lineKey(),
      productId: line.productId,
      reference: line.reference ?? '',
      description: line.description,
      unit: line.unit ?? '',
      quantity: quantityText(lang, line.quantityMilli),
      unitPrice: amountInputText(lang, line.unitPriceMinor, quote.currency),
      priceTyped: line.productId === null || line.priceSource?.kind === 'manual',
      priceSource: line.priceSource?.kind === 'manual' ? null : line.priceSource,
      noPrice: null,
      discount: line.discountBp === 0 ? '' : percentText(lang, line.discountBp),
      vatRateBp: line.vatRateBp,
    })),
  };
}

/** A typed number the schema must refuse when it cannot be read (-1 is out of every range). */
const orInvalid = (value: number | null): number => value ?? -1;

const percentOf = (text: string): number => (text.trim() === '' ? 0 : orInvalid(parsePercentToBp(text)));
const quantityOf = (text: string): number => (text.trim() === '' ? -1 : orInvalid(parseQuantityToMilli(text)));
const priceOf = (line: QuoteLineDraft, currency: string): number => (line.unitPrice.trim() === '' ? -1 : orInvalid(parseAmountToMinor(line.unitPrice, currency)));

/** The line as sent: a catalogue line without a typed price lets the core resolve it at the quote's date. */
function lineInput(line: QuoteLineDraft, currency: string) {
  const priced = line.productId === null || line.priceTyped ? { unitPriceMinor: priceOf(line, currency) } : {};
  return {
    productId: line.productId,
    reference: line.reference,
    description: line.description,
    unit: line.unit,
    quantityMilli: quantityOf(line.quantity),
    discountBp: percentOf(line.discount),
    vatRateBp: line.vatRateBp,
    ...priced,
  };
}

export function quoteFields(draft: QuoteDraft): ApiInput<'quotes.update'>['patch'] {
  return {
    title: draft.title,
    companyId: draft.company?.id ?? null,
    contactId: draft.contact?.id ?? null,
    currency: draft.currency,
    issueDate: draft.issueDate,
    validUntil: draft.validUntil || null,
    globalDiscountBp: percentOf(draft.globalDiscount),
    terms: draft.terms,
    notes: draft.notes,
    lines: draft.lines.map((line) => lineInput(line, draft.currency)),
  };
}

/** A line's figures when they can be read: what the totals are made of. */
function readable(line: QuoteLineDraft, currency: string) {
  const quantityMilli = parseQuantityToMilli(line.quantity);
  const unitPriceMinor = line.unitPrice.trim() === '' ? null : parseAmountToMinor(line.unitPrice, currency);
  const discountBp = line.discount.trim() === '' ? 0 : parsePercentToBp(line.discount);
  if (quantityMilli === null || unitPriceMinor === null || discountBp === null || discountBp > 10_000) return null;
  return { quantityMilli, unitPriceMinor, discountBp, vatRateBp: line.vatRateBp };
}

/**
 * The totals of what is typed, computed by the same rule as the core's (src-shared): lines that
 * cannot be read yet count for nothing and are listed in `unreadable`.
 */
export function draftTotals(draft: QuoteDraft): { totals: QuoteTotals; lineTotals: (number | null)[]; unreadable: number } {
  const lines = draft.lines.map((line) => readable(line, draft.currency));
  const kept = lines.filter((line): line is NonNullable<typeof line> => line !== null);
  const discount = draft.globalDiscount.trim() === '' ? 0 : parsePercentToBp(draft.globalDiscount);
  const totals = quoteTotals(kept, discount !== null && discount <= 10_000 ? discount : 0);
  let index = 0;
  const lineTotals = lines.map((line) => (line === null ? null : (totals.lineTotals[index++] ?? null)));
  return { totals, lineTotals, unreadable: lines.length - kept.length };
}

/** Where an issue of the core lands in the editor: "lines.2.unitPriceMinor" → line 2's price. */
export function lineIssue(issues: readonly FieldIssue[], index: number, field: 'quantityMilli' | 'unitPriceMinor' | 'discountBp' | 'vatRateBp' | 'description' | 'productId'): FieldIssue | undefined {
  return issues.find((issue) => issue.path === `lines.${index}.${field}`);
}

/** A resolved price shown on a catalogue line whose price was not typed. */
export function withResolvedPrice(line: QuoteLineDraft, resolved: ResolvedPrice, lang: Language): QuoteLineDraft {
  if (line.priceTyped) return line;
  if (!resolved.found) return { ...line, unitPrice: '', priceSource: null, noPrice: resolved.reason };
  return { ...line, unitPrice: amountInputText(lang, resolved.unitPriceMinor, resolved.currency), priceSource: resolved.source, noPrice: null };
}
