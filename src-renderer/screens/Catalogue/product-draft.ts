import { api, type ApiInput } from '../../../src-shared/contract/api';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import type { Product, ProductKind } from '../../../src-shared/domain/catalogue';
import { parseAmountToMinor } from '../../../src-shared/domain/money';
import { foldText } from '../../../src-shared/domain/text';
import type { Language } from '../../../src-shared/i18n';
import { schemaIssues, stripPrefix } from '../../lib/field-issues';
import { amountInputText, percentText } from '../../lib/number-input';
import { vatChoiceOf, vatRateBpOf, type VatChoice } from './vat-rates';

/** The product form's state, every field as the user edits it. */
export type ProductDraft = {
  reference: string;
  name: string;
  description: string;
  kind: ProductKind;
  unit: string;
  vatChoice: VatChoice;
  /** The rate typed in percent when `vatChoice` is "other". */
  otherRate: string;
  /** The default price as typed ("1 234,50"); empty: only price lists price it. */
  price: string;
  currency: string;
  active: boolean;
  categories: string[];
};

export function emptyProductDraft(currency: string): ProductDraft {
  return { reference: '', name: '', description: '', kind: 'product', unit: '', vatChoice: '2000', otherRate: '', price: '', currency, active: true, categories: [] };
}

export function productDraftFrom(product: Product, lang: Language): ProductDraft {
  const vatChoice = vatChoiceOf(product.vatRateBp);
  return {
    reference: product.reference,
    name: product.name,
    description: product.description ?? '',
    kind: product.kind,
    unit: product.unit ?? '',
    vatChoice,
    otherRate: vatChoice === 'other' ? percentText(lang, product.vatRateBp) : '',
    price: product.defaultPriceMinor === null ? '' : amountInputText(lang, product.defaultPriceMinor, product.currency),
    currency: product.currency,
    active: product.active,
    categories: product.categories,
  };
}

/** The typed price in minor units: null when left empty, -1 when it is not an amount (the schema then refuses it). */
function priceOf(draft: ProductDraft): number | null {
  if (!draft.price.trim()) return null;
  return parseAmountToMinor(draft.price, draft.currency) ?? -1;
}

function fields(draft: ProductDraft) {
  return {
    reference: draft.reference,
    name: draft.name,
    description: draft.description,
    unit: draft.unit,
    kind: draft.kind,
    vatRateBp: vatRateBpOf(draft.vatChoice, draft.otherRate),
    defaultPriceMinor: priceOf(draft),
    currency: draft.currency,
    active: draft.active,
    categories: draft.categories,
  };
}

export function productCreateInput(draft: ProductDraft): ApiInput<'products.create'> {
  return fields(draft);
}

export function productUpdateInput(id: string, draft: ProductDraft): ApiInput<'products.update'> {
  return { id, patch: fields(draft) };
}

/** Issues on a category ("categories.3") show on the categories field. */
function onFormFields(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => (issue.path.startsWith('categories.') ? { ...issue, path: 'categories' } : issue));
}

/** Checks the draft with the contract's own schema; a missing name, a price or a rate that cannot be read says so on its field. */
export function validateProductDraft(draft: ProductDraft): FieldIssue[] {
  const issues = schemaIssues(api['products.create'].input, productCreateInput(draft));
  const own: FieldIssue[] = [];
  if (!draft.reference.trim()) own.push({ path: 'reference', code: 'required', message: 'a product needs a reference' });
  if (!draft.name.trim()) own.push({ path: 'name', code: 'required', message: 'a product needs a name' });
  if (priceOf(draft) === -1) own.push({ path: 'defaultPriceMinor', code: 'invalid_value', message: 'not an amount' });
  if (vatRateBpOf(draft.vatChoice, draft.otherRate) === -1) own.push({ path: 'vatRateBp', code: 'invalid_value', message: 'not a percentage' });
  const replaced = new Set(own.map((issue) => issue.path));
  return onFormFields([...own, ...issues.filter((issue) => !replaced.has(issue.path))]);
}

/** The core's field issues (paths in what was sent) on the form's fields. */
export function productServerIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return onFormFields(stripPrefix(issues, 'patch'));
}

/** Adds a category as typed, unless the product has it already (compared without case or accents). */
export function withCategory(categories: readonly string[], typed: string): string[] {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name) return [...categories];
  return categories.some((category) => foldText(category) === foldText(name)) ? [...categories] : [...categories, name];
}
