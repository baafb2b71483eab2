import type { Civility } from '../../src-shared/contract/inputs/contacts';
import { isMergeFieldName, mergeFieldNames, type MergeFieldName, type sharedMergeFieldNames } from '../../src-shared/domain/mail-merge';
import { formatPhoneNational } from '../../src-shared/domain/phone';
import { personDisplayName } from '../../src-shared/domain/text';
import { localeOf, translate, type Language } from '../../src-shared/i18n';
import { addressBlock, countryName, mailingAddress, nameLine, type PostalAddress } from './mail-merge-address';

/** What a letter knows of its recipient: the contact, their current company, the contact's owner. */
export type MergeRecipient = {
  id: string;
  civility: Civility | null;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  email: string | null;
  /** E.164, or as typed when it could not be read. */
  phone: string | null;
  address: PostalAddress;
  company: { name: string; address: PostalAddress | null; phone: string | null; email: string | null; website: string | null } | null;
  owner: { name: string; email: string | null } | null;
};

/** What every letter of a run shares: its language, the day's date, the text typed for the shipped letter. */
export type MergeContext = { language: Language; today: string; subject: string; body: string };

/** "22 novembre 2026" / "22 November 2026"; "1er novembre 2026" as French letters write the first of the month. */
export function letterDate(instantMs: number, language: Language): string {
  const date = new Date(instantMs);
  const text = new Intl.DateTimeFormat(localeOf[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return language === 'fr' && date.getDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

const phoneText = (phone: string | null): string => (phone ? (phone.startsWith('+') ? formatPhoneNational(phone) : phone) : '');

/** Languages whose greetings name the person ("Dear Mrs Lefèvre"); French ones never do ("Madame"). */
const greetingsName: Readonly<Record<Language, boolean>> = { fr: false, en: true };

/** "Madame" / "Dear Mrs Lefèvre": how the letter greets the recipient (and, in French, how it closes). */
export function salutation(recipient: Pick<MergeRecipient, 'civility' | 'firstName' | 'lastName'>, language: Language): string {
  const fullName = personDisplayName(recipient.firstName, recipient.lastName);
  const name = recipient.lastName?.trim() || fullName;
  const named = (words: string, who: string): string => (greetingsName[language] ? `${words} ${who}` : words);
  if (recipient.civility && name) return named(translate(language, `mailMerge.salutation.${recipient.civility}`), name);
  return fullName ? named(translate(language, 'mailMerge.salutation.dear'), fullName) : translate(language, 'mailMerge.salutation.unknown');
}

type FieldValue = (recipient: MergeRecipient, context: MergeContext) => string;

const company = (recipient: MergeRecipient) => recipient.company;

/** How each merge field is written for one recipient, in the letter's language. */
const fieldValues: Readonly<Record<MergeFieldName, FieldValue>> = {
  'contact.civility': (recipient, { language }) => (recipient.civility ? translate(language, `enums.civility.${recipient.civility}`) : ''),
  'contact.salutation': (recipient, { language }) => salutation(recipient, language),
  'contact.first_name': (recipient) => recipient.firstName ?? '',
  'contact.last_name': (recipient) => recipient.lastName ?? '',
  'contact.full_name': (recipient) => personDisplayName(recipient.firstName, recipient.lastName),
  'contact.job_title': (recipient) => recipient.jobTitle ?? '',
  'contact.email': (recipient) => recipient.email ?? '',
  'contact.phone': (recipient) => phoneText(recipient.phone),
  'contact.address': (recipient) => recipient.address.street ?? '',
  'contact.postcode': (recipient) => recipient.address.postcode ?? '',
  'contact.city': (recipient) => recipient.address.city ?? '',
  'contact.country': (recipient, { language }) => countryName(recipient.address.country, language),
  'contact.address_block': (recipient, { language }) =>
    addressBlock(nameLine(recipient, language), company(recipient)?.name ?? null, mailingAddress(recipient.address, company(recipient)?.address ?? null), language).join('\n'),
  'company.name': (recipient) => company(recipient)?.name ?? '',
  'company.address': (recipient) => company(recipient)?.address?.street ?? '',
  'company.postcode': (recipient) => company(recipient)?.address?.postcode ?? '',
  'company.city': (recipient) => company(recipient)?.address?.city ?? '',
  'company.country': (recipient, { language }) => countryName(company(recipient)?.address?.country ?? null, language),
  'company.phone': (recipient) => phoneText(company(recipient)?.phone ?? null),
  'company.email': (recipient) => company(recipient)?.email ?? '',
  'company.website': (recipient) => company(recipient)?.website ?? '',
  'owner.name': (recipient) => recipient.owner?.name ?? '',
  'owner.email': (recipient) => recipient.owner?.email ?? '',
  today: (_recipient, context) => context.today,
  'letter.subject': (_recipient, context) => context.subject,
  'letter.body': (_recipient, context) => context.body,
};

/** Every merge field's value for one recipient, written in the letter's language. */
export function mergeValues(recipient: MergeRecipient, context: MergeContext): Record<MergeFieldName, string> {
  return Object.fromEntries(mergeFieldNames.map((name) => [name, fieldValues[name](recipient, context)])) as Record<MergeFieldName, string>;
}

/** One letter's values, each worked out when the template first asks for it (a template holds a few fields). */
export function letterValues(recipient: MergeRecipient, context: MergeContext): (field: string) => string {
  const known = new Map<string, string>();
  return (field) => {
    let value = known.get(field);
    if (value === undefined) {
      value = isMergeFieldName(field) ? fieldValues[field](recipient, context) : '';
      known.set(field, value);
    }
    return value;
  };
}

/** The values a merged document's page header and footer get: those every letter shares, the others empty. */
export function sharedValues(context: MergeContext): (field: string) => string {
  const shared: Record<(typeof sharedMergeFieldNames)[number], string> = { today: context.today, 'letter.subject': context.subject };
  return (field) => (field in shared ? shared[field as keyof typeof shared] : '');
}
