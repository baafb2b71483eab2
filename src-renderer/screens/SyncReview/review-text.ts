import type { TFunction } from 'i18next';
import type { Language } from '../../../src-shared/i18n';
import { fr } from '../../../src-shared/i18n/fr';
import type { UserRef } from '../../../src-shared/domain/records';
import type { Groups, SyncReviewItem } from '../../../src-shared/domain/sync';
import { historyFieldLabel, historyValueText, scopeText } from '../../components/history/history-values';
import { decodeValue, isEmptyValue } from '../../lib/history-groups';

const has = <T extends object>(object: T, key: string): key is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(object, key);

/** A field of a review item in the words of the form that edits it; never a column name. */
export function reviewFieldLabel(t: TFunction, recordKind: SyncReviewItem['recordKind'], field: string): string {
  if (field === 'deleted') return t('review.field.deleted');
  if (recordKind === 'contact' || recordKind === 'company' || recordKind === 'deal') return historyFieldLabel(t, recordKind, field);
  if (recordKind === 'link' && has(fr.fields.link, field)) return t(`fields.link.${field}`);
  if (recordKind === 'relation' && has(fr.fields.relation, field)) return t(`fields.relation.${field}`);
  if (has(fr.review.field, field)) return t(`review.field.${field}`);
  if (has(fr.history.field, field)) return t(`history.field.${field}`);
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

type Context = { t: TFunction; lang: Language; users: readonly UserRef[]; groups: Groups };

/** A value as a person reads it (null when there is none, for the caller to show "empty"). */
export function reviewValueText(field: string, raw: unknown, context: Context): string | null {
  const value = decodeValue(raw);
  if (field === 'deleted') return value === 1 || value === true ? context.t('review.deletedValue') : context.t('review.keptValue');
  if (field === 'scope') return scopeText(context.t, typeof value === 'string' ? value : null, context.groups);
  if (isEmptyValue(value)) return null;
  return historyValueText(field, value, context);
}

/** "on another PC (a1b2c3)", or "on the server" for the server's own changes. */
export function deviceText(t: TFunction, deviceId: string | null): string {
  if (!deviceId) return '';
  if (deviceId === 'server') return t('review.onServer');
  return t('review.onOtherDevice', { device: deviceId.replace(/-/g, '').slice(-6) });
}
