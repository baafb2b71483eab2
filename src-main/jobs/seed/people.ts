import type { PhoneNumber } from '../../../src-shared/domain/phone';
import type { Country } from './context';
import { contactNotes, contactSources, englishJobTitles, frenchJobTitles, months, personalEmailDomains } from './data/business';
import {
  englishFemaleFirstNames,
  englishLastNames,
  englishMaleFirstNames,
  frenchFemaleFirstNames,
  frenchLastNames,
  frenchMaleFirstNames,
} from './data/names';
import { britishMobile, frenchMobile } from './phones';
import { popularityTable, weightedTable, type Rng } from './rng';
import { emailLocalPart } from './text';

/** Who a contact is: name, civility and the language of their data. */
export type Person = {
  language: 'fr' | 'en';
  country: Country;
  female: boolean;
  civility: 'mr' | 'mrs' | 'dr' | 'prof' | null;
  firstName: string | null;
  lastName: string | null;
};

const firstNames = {
  fr: { female: popularityTable(frenchFemaleFirstNames, 0.7), male: popularityTable(frenchMaleFirstNames, 0.7) },
  en: { female: popularityTable(englishFemaleFirstNames, 0.7), male: popularityTable(englishMaleFirstNames, 0.7) },
};
const lastNames = { fr: popularityTable(frenchLastNames, 0.6), en: popularityTable(englishLastNames, 0.6) };
const pickSource = weightedTable(contactSources);
const pickConsent = {
  email: weightedTable([['granted', 55], ['refused', 8], ['unknown', 37]] as const),
  phone: weightedTable([['granted', 40], ['refused', 10], ['unknown', 50]] as const),
  mail: weightedTable([['granted', 30], ['refused', 5], ['unknown', 65]] as const),
};

export function generatePerson(rng: Rng): Person {
  const language = rng.chance(0.7) ? 'fr' : 'en';
  const female = rng.chance(0.5);
  const firstName = rng.chance(0.98) ? firstNames[language][female ? 'female' : 'male'](rng) : null;
  const lastName = firstName === null || rng.chance(0.995) ? lastNames[language](rng) : null;
  const civility = rng.weighted([
    [female ? 'mrs' : 'mr', 85],
    ['dr', 3],
    ['prof', 1],
    [null, 11],
  ] as const);
  return { language, country: language === 'fr' ? 'FR' : 'GB', female, civility, firstName, lastName };
}

export function jobTitle(rng: Rng, person: Person): string | null {
  if (!rng.chance(0.85)) return null;
  if (person.language === 'en') return rng.pick(englishJobTitles);
  const [masculine, feminine] = rng.pick(frenchJobTitles);
  return person.female ? feminine : masculine;
}

export function personalEmail(rng: Rng, person: Person): string {
  const local = emailLocalPart(rng, person.firstName, person.lastName);
  const number = rng.chance(0.3) ? String(rng.between(1, 99)) : '';
  return `${local}${number}@${rng.pick(personalEmailDomains[person.language])}`;
}

export function workEmail(rng: Rng, person: Person, domain: string): string {
  return `${emailLocalPart(rng, person.firstName, person.lastName)}@${domain}`;
}

export function personalPhones(rng: Rng, person: Person): PhoneNumber[] {
  if (!rng.chance(0.8)) return [];
  return [person.country === 'FR' ? frenchMobile(rng) : britishMobile(rng)];
}

export function birthday(rng: Rng): string | null {
  if (!rng.chance(0.35)) return null;
  const year = rng.between(1955, 2003);
  const month = rng.between(1, 12);
  const day = rng.between(1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function source(rng: Rng): string | null {
  return rng.chance(0.8) ? pickSource(rng) : null;
}

/** Consent answers; "unknown" (the default) is left unset, as a form would. */
export function consents(rng: Rng): { consent_email: string | null; consent_phone: string | null; consent_mail: string | null } {
  const known = (value: string) => (value === 'unknown' ? null : value);
  return {
    consent_email: known(pickConsent.email(rng)),
    consent_phone: known(pickConsent.phone(rng)),
    consent_mail: known(pickConsent.mail(rng)),
  };
}

export function note(rng: Rng, person: Person, city: string): string | null {
  if (!rng.chance(0.12)) return null;
  const template = rng.pick(contactNotes[person.language]);
  return template.replace('{city}', city).replace('{month}', rng.pick(months[person.language]));
}
