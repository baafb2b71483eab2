import { api, type ApiInput } from '../../../src-shared/contract/api';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import type { PriceList, PriceListSummary } from '../../../src-shared/domain/catalogue';
import { parseAmountToMinor } from '../../../src-shared/domain/money';
import type { Language } from '../../../src-shared/i18n';
import type { PickedRecord } from '../../components/RecordPicker';
import { compactRows, remapIssuePaths, rowKey, schemaIssues } from '../../lib/field-issues';
import { amountInputText, parseQuantityToMilli, quantityText } from '../../lib/number-input';

/** One price of the list as edited: a product, from which quantity, at which unit price. */
export type PriceItemDraft = { key: string; product: PickedRecord | null; minQuantity: string; unitPrice: string };

/** The price list editor's state. Companies are assigned once the list itself is saved. */
export type PriceListDraft = {
  name: string;
  currency: string;
  validFrom: string;
  validUntil: string;
  general: boolean;
  notes: string;
  items: PriceItemDraft[];
  companies: PickedRecord[];
};

export function newPriceItem(product: PickedRecord | null = null): PriceItemDraft {
  return { key: rowKey(), product, minQuantity: '', unitPrice: '' };
}

export function emptyPriceListDraft(currency: string): PriceListDraft {
  return { name: '', currency, validFrom: '', validUntil: '', general: false, notes: '', items: [newPriceItem()], companies: [] };
}

export const productLabel = (item: { productReference: string | null; productName: string | null }): string =>
  [item.productReference, item.productName].filter(Boolean).join(' · ');

export function priceListDraftFrom(list: PriceList, lang: Language): PriceListDraft {
  return {
    name: list.name,
    currency: list.currency,
    validFrom: list.validFrom ?? '',
    validUntil: list.validUntil ?? '',
    general: list.general,
    notes: list.notes ?? '',
    items: list.items.map((item) => ({
      key: rowKey(),
      product: { id: item.productId, name: productLabel(item) || item.productId },
      minQuantity: item.minQuantityMilli === 0 ? '' : quantityText(lang, item.minQuantityMilli),
      unitPrice: amountInputText(lang, item.unitPriceMinor, list.currency),
    })),
    companies: list.companies,
  };
}

const isBlankItem = (item: PriceItemDraft) => !item.product && !item.minQuantity.trim() && !item.unitPrice.trim();

/** What priceLists.save receives, blank rows left out; `draftIndex` maps a sent item back to its row. */
export function priceListSaveInputOf(draft: PriceListDraft, id: string | null): { input: ApiInput<'priceLists.save'>; draftIndex: number[] } {
  const { rows, draftIndex } = compactRows(draft.items, isBlankItem);
  const input: ApiInput<'priceLists.save'> = {
    ...(id ? { id } : {}),
    name: draft.name,
    currency: draft.currency,
    validFrom: draft.validFrom || null,
    validUntil: draft.validUntil || null,
    general: draft.general,
    notes: draft.notes,
    items: rows.map((item) => ({
      productId: item.product?.id ?? '',
      // Unreadable values become -1: the schema refuses them on the right row.
      minQuantityMilli: parseQuantityToMilli(item.minQuantity) ?? -1,
      unitPriceMinor: parseAmountToMinor(item.unitPrice, draft.currency) ?? -1,
    })),
  };
  return { input, draftIndex };
}

/** The core's (or the schema's) issues on the editor's fields: item paths on the row they came from. */
export function priceListIssuesOnDraft(draft: PriceListDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  const { draftIndex } = compactRows(draft.items, isBlankItem);
  return remapIssuePaths(issues, { items: draftIndex });
}

/** What the user must fix on each kept row before the schema is asked: a missing product or price, an unreadable value. */
function rowIssues(draft: PriceListDraft): FieldIssue[] {
  const { rows } = compactRows(draft.items, isBlankItem);
  return rows.flatMap((item, index): FieldIssue[] => {
    const path = (field: string) => `items.${index}.${field}`;
    const issues: FieldIssue[] = [];
    if (!item.product) issues.push({ path: path('productId'), code: 'required', message: 'choose a product' });
    if (parseQuantityToMilli(item.minQuantity) === null) issues.push({ path: path('minQuantityMilli'), code: 'invalid_value', message: 'not a quantity' });
    if (!item.unitPrice.trim()) issues.push({ path: path('unitPriceMinor'), code: 'required', message: 'a price is needed' });
    else if (parseAmountToMinor(item.unitPrice, draft.currency) === null) issues.push({ path: path('unitPriceMinor'), code: 'invalid_value', message: 'not an amount' });
    return issues;
  });
}

/** Checks the draft with the contract's own schema (a refused price, a repeated quantity break, dates in the wrong order). */
export function validatePriceListDraft(draft: PriceListDraft): FieldIssue[] {
  const own = rowIssues(draft);
  if (!draft.name.trim()) own.unshift({ path: 'name', code: 'required', message: 'a price list needs a name' });
  // The schema checks the order of the dates only once every field passes: said at once here.
  if (draft.validFrom && draft.validUntil && draft.validUntil < draft.validFrom) {
    own.push({ path: 'validUntil', code: 'invalid_date', message: 'the end of validity comes before its start' });
  }
  const covered = new Set(own.map((issue) => issue.path));
  const schema = schemaIssues(api['priceLists.save'].input, priceListSaveInputOf(draft, null).input).filter((issue) => !covered.has(issue.path));
  return priceListIssuesOnDraft(draft, [...own, ...schema]);
}

/** Which companies to assign and which to take the list from, after saving it. */
export function companyChanges(before: readonly { id: string }[], draft: PriceListDraft): { add: PickedRecord[]; remove: { id: string }[] } {
  if (draft.general) return { add: [], remove: [] };
  const now = new Set(draft.companies.map((company) => company.id));
  const was = new Set(before.map((company) => company.id));
  return { add: draft.companies.filter((company) => !was.has(company.id)), remove: before.filter((company) => !now.has(company.id)) };
}

export type Validity = { validFrom: string | null; validUntil: string | null };

/** Two validity periods share a day (both ends inclusive; a missing end is open). */
export function validitiesMeet(a: Validity, b: Validity): boolean {
  const startsBeforeEnd = (start: string | null, end: string | null) => start === null || end === null || start <= end;
  return startsBeforeEnd(a.validFrom, b.validUntil) && startsBeforeEnd(b.validFrom, a.validUntil);
}

/**
 * The list the core compares with when it refuses an overlap: same currency, same audience
 * (general lists together; assigned lists among `candidates`, the lists of a shared company),
 * validity meeting this one's. The first by start of validity, as the core names it.
 */
export function overlappingList(
  list: Validity & { id: string | null; currency: string; general: boolean },
  candidates: readonly PriceListSummary[],
): PriceListSummary | null {
  const found = candidates.filter(
    (other) => other.id !== list.id && other.currency === list.currency && other.general === list.general && validitiesMeet(list, other),
  );
  found.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.id.localeCompare(b.id));
  return found[0] ?? null;
}
