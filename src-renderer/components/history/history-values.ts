import type { TFunction } from 'i18next';
import { consentValues } from '../../../src-shared/contract/inputs/common';
import { civilities } from '../../../src-shared/contract/inputs/contacts';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { Language } from '../../../src-shared/i18n';
import { fr } from '../../../src-shared/i18n/fr';
import type { UserRef } from '../../../src-shared/domain/records';
import type { Groups } from '../../../src-shared/domain/sync';
import { contactLanguages } from '../../lib/contact-draft';
import { formatCalendarDate, formatPhone } from '../../lib/format';
import { formatMoney } from '../../../src-shared/domain/money-format';

type ContactField = keyof typeof fr.fields.contact;
type CompanyField = keyof typeof fr.fields.company;
type HistoryField = keyof typeof fr.history.field;
type DealField = keyof typeof fr.sales.fields;

const has = <T extends object>(object: T, key: string): key is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(object, key);

function dealFieldLabel(t: TFunction, field: string): string {
  const key = ({ companyId: 'company', stageId: 'stage', pipelineId: 'pipeline', ownerId: 'owner', lostReasonId: 'lostReason', amountMinor: 'amount' } as Record<string, string>)[field] ?? field;
  if (has(fr.sales.fields, key)) return t(`sales.fields.${key as DealField}`);
  if (field === 'contacts') return t('detail.contacts');
  if (field === 'tags') return t('detail.tags');
  if (field === 'scope') return t('scope.label');
  if (has(fr.history.field, field)) return t(`history.field.${field as HistoryField}`);
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The label of a changed field, in the words of the form that edits it. */
export function historyFieldLabel(t: TFunction, entity: 'contact' | 'company' | 'deal', field: string): string {
  if (entity === 'deal') return dealFieldLabel(t, field);
  if (field === 'parentCompanyId') return t('fields.company.parentCompany');
  if (field === 'companies') return t('detail.companies');
  if (field === 'contacts') return t('detail.contacts');
  if (field === 'tags') return t('detail.tags');
  if (field.endsWith('.role')) return t('fields.link.role');
  if (field === 'ownerId') return t(`fields.${entity}.owner`);
  if (field === 'scope') return t('scope.label');
  if (entity === 'contact' && has(fr.fields.contact, field)) return t(`fields.contact.${field as ContactField}`);
  if (entity === 'company' && has(fr.fields.company, field)) return t(`fields.company.${field as CompanyField}`);
  if (has(fr.history.field, field)) return t(`history.field.${field as HistoryField}`);
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

type ValueContext = { t: TFunction; lang: Language; users: readonly UserRef[]; groups?: Groups; currency?: string | undefined };

/** A record's scope in words: "Everyone in the office", "Only me", "Team Sud". */
export function scopeText(t: TFunction, scope: string | null | undefined, groups: Groups | undefined, groupName?: string | null): string {
  if (!scope) return t('scope.everyone');
  if (scope === 'private') return t('scope.private');
  const [kind, id] = scope.split(':');
  const list = kind === 'team' ? groups?.teams : groups?.territories;
  const name = groupName ?? list?.find((group) => group.id === id)?.name;
  if (name === undefined) return t('scope.deletedGroup');
  return kind === 'team' ? t('scope.team', { name }) : t('scope.territory', { name });
}

function listText(value: unknown[], pick: (item: Record<string, unknown>) => string): string {
  return value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map(pick)
    .filter(Boolean)
    .join(' ; ');
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** A stored value as a person reads it: enums translated, dates and phones formatted. */
export function historyValueText(field: string, value: unknown, context: ValueContext): string {
  const { t, lang, users } = context;
  if (Array.isArray(value)) {
    if (field === 'emails') return listText(value, (item) => str(item.address));
    if (field === 'phones') return listText(value, (item) => (str(item.e164) ? formatPhone(str(item.e164)) : str(item.raw) || str(item.number)));
    if (field === 'addresses') {
      return listText(value, (item) => [str(item.street), [str(item.postcode), str(item.city)].filter(Boolean).join(' ')].filter(Boolean).join(', '));
    }
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  }
  if (field === 'amountMinor' && typeof value === 'number' && context.currency) return formatMoney(lang, value, context.currency);
  if (typeof value === 'boolean' || (field === 'isPrimary' && typeof value === 'number')) return value ? t('common.yes') : t('common.no');
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
  if (field === 'civility') {
    const civility = civilities.find((candidate) => candidate === value);
    if (civility) return t(`enums.civility.${civility}`);
  }
  if (field.startsWith('consent')) {
    const consent = consentValues.find((candidate) => candidate === value);
    if (consent) return t(`enums.consent.${consent}`);
  }
  if (field === 'size') {
    const size = companySizes.find((candidate) => candidate === value);
    if (size) return t(`enums.companySize.${size}`);
  }
  if (field === 'language') {
    const language = contactLanguages.find((candidate) => candidate === value);
    if (language) return t(`enums.language.${language}`);
  }
  if (field === 'birthday' || field === 'startDate' || field === 'endDate' || field === 'expectedClose') return formatCalendarDate(lang, value);
  if (field === 'ownerId') return users.find((user) => user.id === value)?.displayName ?? value;
  if (field === 'scope') return scopeText(t, value, context.groups);
  return value;
}
