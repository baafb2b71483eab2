import type { TFunction } from 'i18next';
import type { DuplicateEntity, MergeField, MergeFieldValue } from '../../../src-shared/domain/duplicates';
import { isEmptyValue } from '../../../src-shared/domain/duplicate-merge';
import type { Language } from '../../../src-shared/i18n';
import type { UserRef } from '../../../src-shared/domain/records';
import type { Groups } from '../../../src-shared/domain/sync';
import { historyFieldLabel, historyValueText, scopeText } from '../history/history-values';

type Context = { t: TFunction; lang: Language; users: readonly UserRef[]; groups: Groups | undefined };

/** A merge field's label, in the words of the form that edits it. */
export function mergeFieldLabel(t: TFunction, entity: DuplicateEntity, field: MergeField): string {
  return historyFieldLabel(t, entity, field);
}

/**
 * A field's value as a person reads it — enums translated, phones and dates formatted, the
 * owner's and the parent company's names — or null when there is none.
 */
export function mergeValueText(field: MergeField, value: MergeFieldValue, context: Context): string | null {
  if (field === 'scope') return scopeText(context.t, typeof value.value === 'string' ? value.value : null, context.groups);
  if (isEmptyValue(value.value)) return null;
  // Names of other records the core looked up for us.
  if ((field === 'ownerId' || field === 'parentCompanyId') && value.text) return value.text;
  const text = historyValueText(field, value.value, context);
  return text === '' ? value.text : text;
}
