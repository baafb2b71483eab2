import type { EmailEntry } from '../../../src-shared/contract/inputs/common';
import type { VcardVersion } from '../../../src-shared/domain/exports';
import type { PhoneLabel, PhoneNumber } from '../../../src-shared/domain/phone';
import type { Contact } from '../../../src-shared/domain/records';
import { localeOf, translate, type Language } from '../../../src-shared/i18n';
import { cleanText } from './cell-values';
import { escapeValue, listValue, property, structuredValue } from './vcard-text';

/** A contact as its vCard shows it: the record's fields, its current company and its tags. */
export type CardContact = Pick<
  Contact,
  'id' | 'civility' | 'firstName' | 'lastName' | 'displayName' | 'jobTitle' | 'emails' | 'phones' | 'address' | 'city' | 'postcode' | 'country' | 'language' | 'birthday' | 'notes' | 'updatedAt'
> & { companyName: string | null; tags: readonly string[] };

const phoneTypes: Record<PhoneLabel, { v4: string; v3: string }> = {
  mobile: { v4: 'cell', v3: 'CELL,VOICE' },
  work: { v4: 'work,voice', v3: 'WORK,VOICE' },
  home: { v4: 'home,voice', v3: 'HOME,VOICE' },
  fax: { v4: 'fax', v3: 'FAX' },
  other: { v4: 'voice', v3: 'VOICE' },
};

const countryNames = new Map<string, string>();

/** "FR" → "France" in the file's language (what address books show); the code itself when unknown. */
function countryName(code: string | null, language: Language): string | null {
  if (!code) return null;
  const key = `${language}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([localeOf[language]], { type: 'region' }).of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(key, name);
  }
  return name;
}

const text = (value: string | null | undefined): string => cleanText(value ?? '');

function emailLines(emails: readonly EmailEntry[], version: VcardVersion): string {
  return emails
    .map((email, index) => {
      const label = email.label === 'other' ? [] : [email.label];
      const params =
        version === '4.0'
          ? [...(label.length ? [`TYPE=${label.join(',')}`] : []), ...(index === 0 ? ['PREF=1'] : [])]
          : [`TYPE=${['INTERNET', ...label.map((value) => value.toUpperCase()), ...(index === 0 ? ['PREF'] : [])].join(',')}`];
      return property('EMAIL', params, escapeValue(text(email.address)));
    })
    .join('');
}

function phoneLines(phones: readonly PhoneNumber[], version: VcardVersion): string {
  return phones
    .map((phone, index) => {
      const number = text(phone.e164 || phone.raw);
      const types = phoneTypes[phone.label] ?? phoneTypes.other;
      if (version === '4.0') {
        const params = ['VALUE=uri', types.v4.includes(',') ? `TYPE="${types.v4}"` : `TYPE=${types.v4}`, ...(index === 0 ? ['PREF=1'] : [])];
        // A tel: URI holds no spaces; a number kept as typed (not E.164) is written with dashes.
        return property('TEL', params, `tel:${number.replace(/\s+/g, '-')}`);
      }
      return property('TEL', [`TYPE=${types.v3}${index === 0 ? ',PREF' : ''}`], escapeValue(number));
    })
    .join('');
}

/** "2026-11-22T10:15:30.123Z" → "20261122T101530Z" (4.0) or "2026-11-22T10:15:30Z" (3.0). */
function revision(updatedAt: string, version: VcardVersion): string | null {
  const ms = Date.parse(updatedAt);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return version === '4.0' ? iso.replace(/[-:]/g, '') : iso;
}

/** One contact as a vCard of the version asked, in the file's language (civility, country names). */
export function vcardOf(contact: CardContact, version: VcardVersion, language: Language): string {
  const prefix = contact.civility ? translate(language, `enums.civility.${contact.civility}`) : '';
  const formatted = text(contact.displayName) || text(contact.companyName) || text(contact.emails[0]?.address) || '?';
  let card = 'BEGIN:VCARD\r\n' + property('VERSION', [], version);
  if (version === '4.0') card += property('KIND', [], 'individual');
  card += property('UID', [], version === '4.0' ? `urn:uuid:${contact.id}` : contact.id);
  card += property('FN', [], escapeValue(formatted));
  card += property('N', [], structuredValue([text(contact.lastName), text(contact.firstName), '', prefix, '']));
  if (contact.companyName) card += property('ORG', [], escapeValue(text(contact.companyName)));
  if (contact.jobTitle) card += property('TITLE', [], escapeValue(text(contact.jobTitle)));
  card += emailLines(contact.emails, version);
  card += phoneLines(contact.phones, version);
  if (contact.address || contact.city || contact.postcode || contact.country) {
    const type = version === '4.0' ? 'TYPE=work' : 'TYPE=WORK';
    card += property('ADR', [type], structuredValue(['', '', text(contact.address), text(contact.city), '', text(contact.postcode), text(countryName(contact.country, language))]));
  }
  if (contact.birthday && /^\d{4}-\d{2}-\d{2}$/.test(contact.birthday)) {
    card += property('BDAY', version === '4.0' ? ['VALUE=date'] : [], version === '4.0' ? contact.birthday.replace(/-/g, '') : contact.birthday);
  }
  if (version === '4.0' && contact.language) card += property('LANG', [], contact.language);
  if (contact.tags.length > 0) card += property('CATEGORIES', [], listValue(contact.tags.map((tag) => text(tag))));
  if (contact.notes) card += property('NOTE', [], escapeValue(text(contact.notes)));
  const rev = revision(contact.updatedAt, version);
  if (rev) card += property('REV', [], rev);
  return card + 'END:VCARD\r\n';
}
