import type { QuoteLineInput } from '../../../src-shared/contract/inputs/quotes';
import type { PriceSource, ResolvedPrice } from '../../../src-shared/domain/catalogue';
import { quoteTotals } from '../../../src-shared/domain/quote-totals';
import type { QuoteLine } from '../../../src-shared/domain/quotes';
import { MAX_TEXT_LENGTH } from '../../../src-shared/sync/catalog';
import type { ReadDb } from '../../db/handles';
import type { IssueList } from '../common/validation';
import { resolvePrice } from '../price-lists/resolve';
import { findProductRow } from '../products/queries';

/** What prices a quote's lines: the client company, the currency and the date of the quote. */
export type PricingContext = { companyId: string | null; currency: string; date: string };

function noPriceMessage(resolved: Extract<ResolvedPrice, { found: false }>, context: PricingContext): string {
  if (resolved.reason === 'missing-rate') return `no exchange rate for ${resolved.missingRates?.join(', ')} on ${context.date}: add one in Settings, or type the price`;
  return `no price for this product in ${context.currency} on ${context.date}: type one`;
}

/** A catalogue line: the product's words and VAT rate unless the line says otherwise, and its resolved price unless one is typed. */
function catalogueLine(db: ReadDb, input: QuoteLineInput & { productId: string }, context: PricingContext, path: string, issues: IssueList): QuoteLine | null {
  const product = findProductRow(db, input.productId);
  if (!product || product.deleted === 1) {
    issues.add(`${path}.productId`, 'not_found', 'this product does not exist');
    return null;
  }
  if (product.active === 0) {
    issues.add(`${path}.productId`, 'inactive', `${product.reference} is no longer sold`);
    return null;
  }
  const resolved = resolvePrice(db, { productId: product.id, companyId: context.companyId, currency: context.currency, quantityMilli: input.quantityMilli, date: context.date });
  const unitPriceMinor = input.unitPriceMinor ?? (resolved.found ? resolved.unitPriceMinor : undefined);
  if (unitPriceMinor === undefined) {
    if (!resolved.found) issues.add(`${path}.unitPriceMinor`, 'no_price', noPriceMessage(resolved, context));
    return null;
  }
  // A typed price equal to the resolved one still says where it came from.
  const priceSource: PriceSource = resolved.found && resolved.unitPriceMinor === unitPriceMinor ? resolved.source : { kind: 'manual' };
  return {
    productId: product.id,
    reference: input.reference ?? product.reference,
    description: input.description ?? product.name,
    unit: input.unit ?? product.unit,
    quantityMilli: input.quantityMilli,
    unitPriceMinor,
    discountBp: input.discountBp,
    vatRateBp: input.vatRateBp ?? product.vat_rate_bp,
    priceSource,
  };
}

function freeLine(input: QuoteLineInput, path: string, issues: IssueList): QuoteLine | null {
  const { description, unitPriceMinor, vatRateBp } = input;
  if (!description) issues.add(`${path}.description`, 'required', 'a line without a product needs a description');
  if (unitPriceMinor === undefined) issues.add(`${path}.unitPriceMinor`, 'required', 'a line without a product needs a unit price');
  if (vatRateBp === undefined) issues.add(`${path}.vatRateBp`, 'required', 'a line without a product needs a VAT rate');
  if (!description || unitPriceMinor === undefined || vatRateBp === undefined) return null;
  const { reference = null, unit = null, quantityMilli, discountBp } = input;
  return { productId: null, reference, description, unit, quantityMilli, unitPriceMinor, discountBp, vatRateBp, priceSource: null };
}

/** The lines to store, checked and priced; problems are added to `issues` under `lines.<index>`. */
export function buildLines(db: ReadDb, inputs: readonly QuoteLineInput[], context: PricingContext, issues: IssueList): QuoteLine[] {
  return inputs.flatMap((input, index) => {
    const path = `lines.${index}`;
    const line = input.productId ? catalogueLine(db, { ...input, productId: input.productId }, context, path, issues) : freeLine(input, path, issues);
    return line ? [line] : [];
  });
}

/**
 * Stored lines as inputs again, to price them for another company, currency or date: catalogue
 * lines whose price was resolved are resolved again; a price typed by hand is kept, unless the
 * currency changed — then it must be typed again in the new one.
 */
export function linesToReprice(lines: readonly QuoteLine[], currencyChanged: boolean, issues: IssueList): QuoteLineInput[] {
  return lines.map((line, index) => {
    const typed = line.productId === null || line.priceSource?.kind === 'manual';
    if (typed && currencyChanged) issues.add(`lines.${index}.unitPriceMinor`, 'invalid_value', 'this price was typed in the former currency: type it again in the new one');
    const { productId, reference, description, unit, quantityMilli, discountBp, vatRateBp } = line;
    return { productId, reference, description, unit, quantityMilli, discountBp, vatRateBp, ...(typed ? { unitPriceMinor: line.unitPriceMinor } : {}) };
  });
}

/**
 * Lines a quote can hold: their totals within what amounts can hold, and their text within what
 * one synced field carries (the office server would refuse more, and the quote would be undone).
 */
export function checkLines(lines: readonly QuoteLine[], globalDiscountBp: number, issues: IssueList): void {
  try {
    quoteTotals(lines, globalDiscountBp);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.add('lines', 'invalid_value', 'the total of this quote is too large');
  }
  if (JSON.stringify(lines).length > MAX_TEXT_LENGTH) issues.add('lines', 'too_long', 'these lines hold too much text: shorten their descriptions or split the quote');
}
