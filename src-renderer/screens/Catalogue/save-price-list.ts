import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import type { PriceList } from '../../../src-shared/domain/catalogue';
import type { Language } from '../../../src-shared/i18n';
import { isClientError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { assignPriceList, savePriceList } from '../../stores/catalogue-actions';
import { overlapMessage } from './overlap-message';
import { companyChanges, priceListIssuesOnDraft, priceListSaveInputOf, type PriceListDraft } from './price-list-draft';

export type PriceListSaveOutcome =
  | { kind: 'saved'; list: PriceList }
  /** Nothing was saved: the core's field issues, and which list an overlap is with. */
  | { kind: 'refused'; issues: FieldIssue[]; overlap: string | null; error: unknown }
  /** The list was saved, but some companies could not be given it: why, by company id. */
  | { kind: 'partly'; list: PriceList; refused: Record<string, string> };

const validationIssues = (error: unknown): FieldIssue[] | null =>
  isClientError(error) && error.body.code === 'validation' && error.body.issues?.length ? error.body.issues : null;

/**
 * Saves the list with its prices in one call, then gives it to the companies added in the
 * editor and takes it from those removed (the core checks each assignment for overlaps).
 */
export async function savePriceListDraft(t: TFunction, lang: Language, draft: PriceListDraft, saved: PriceList | null): Promise<PriceListSaveOutcome> {
  const { input } = priceListSaveInputOf(draft, saved?.id ?? null);
  let list: PriceList;
  try {
    list = await savePriceList(input);
  } catch (error) {
    const found = validationIssues(error);
    if (!found) throw error;
    const issues = priceListIssuesOnDraft(draft, found);
    const checked = { id: saved?.id ?? null, currency: draft.currency, general: draft.general, validFrom: draft.validFrom || null, validUntil: draft.validUntil || null };
    const overlap = issues.some((issue) => issue.code === 'overlap') ? await overlapMessage(t, lang, checked, saved?.companies ?? []) : null;
    return { kind: 'refused', issues, overlap, error };
  }
  const { add, remove } = companyChanges(list.companies, draft);
  const refused: Record<string, string> = {};
  for (const company of remove) {
    list = await assignPriceList({ priceListId: list.id, companyId: company.id, assigned: false });
  }
  for (const company of add) {
    try {
      list = await assignPriceList({ priceListId: list.id, companyId: company.id, assigned: true });
    } catch (error) {
      const issue = validationIssues(error)?.[0];
      if (issue?.code === 'overlap') refused[company.id] = await overlapMessage(t, lang, list, [company]);
      else if (issue) refused[company.id] = t(`errors.field.${issue.code}`);
      else refused[company.id] = errorMessage(t, error);
    }
  }
  return Object.keys(refused).length > 0 ? { kind: 'partly', list, refused } : { kind: 'saved', list };
}
