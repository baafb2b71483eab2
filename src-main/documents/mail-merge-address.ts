import type { Civility } from '../../src-shared/contract/inputs/contacts';
import { localeOf, translate, type Language } from '../../src-shared/i18n';

/** A postal address as records hold it: street lines, postcode, city, country code. */
export type PostalAddress = { street: string | null; postcode: string | null; city: string | null; country: string | null };

/** The country the letters are posted from: its name is not written on the envelope. */
const HOME_COUNTRY = 'FR';

const regionNames = new Map<Language, Intl.DisplayNames>();

/** "BE" → "Belgique" / "Belgium"; the code itself when unknown. */
export function countryName(code: string | null, language: Language): string {
  if (!code) return '';
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([localeOf[language]], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const lines = (text: string | null): string[] =>
  (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Something a postman can deliver to: a street and a postcode or a city. */
export function isDeliverable(address: PostalAddress | null): address is PostalAddress {
  return address !== null && lines(address.street).length > 0 && Boolean(address.postcode?.trim() || address.city?.trim());
}

/**
 * The address letters and labels go to: the contact's own when it has a street, else their
 * company's, else whatever the contact has (a city alone: not deliverable).
 */
export function mailingAddress(own: PostalAddress, company: PostalAddress | null): PostalAddress | null {
  if (lines(own.street).length > 0) return own;
  if (company && lines(company.street).length > 0) return company;
  return own.postcode || own.city || own.country ? own : null;
}

/** "M. Jean Dupont", "Mme Hélène Lefèvre": the civility's short form, in the letter's language. */
export function nameLine(person: { civility: Civility | null; firstName: string | null; lastName: string | null }, language: Language): string {
  const civility = person.civility ? translate(language, `enums.civility.${person.civility}`) : null;
  return [civility, person.firstName?.trim(), person.lastName?.trim()].filter(Boolean).join(' ');
}

/**
 * The address block in the French postal order (La Poste, NF Z10-011): the person, the company,
 * the street lines, the postcode and the city in capitals, and the country in capitals when the
 * letter goes abroad.
 */
export function addressBlock(name: string, companyName: string | null, address: PostalAddress | null, language: Language): string[] {
  const block = [name.trim(), companyName?.trim() ?? ''].filter((line) => line !== '');
  if (!address) return block;
  block.push(...lines(address.street));
  const town = [address.postcode?.trim(), address.city?.trim().toLocaleUpperCase(localeOf[language])].filter(Boolean).join(' ');
  if (town) block.push(town);
  if (address.country && address.country !== HOME_COUNTRY) block.push(countryName(address.country, language).toLocaleUpperCase(localeOf[language]));
  return block;
}
