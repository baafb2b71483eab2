/**
 * Values of closed lists as people write them in French and English files: civilities,
 * countries, languages, consents, company sizes. Each returns the stored value, or null when the
 * text is not one of them (the import reports it).
 */
import { getCountries } from 'libphonenumber-js/min';
import type { Civility } from '../contract/inputs/contacts';
import type { ConsentValue } from '../contract/inputs/common';

/** Lower case, no accents, punctuation as spaces, spaces collapsed: "Mme." → "mme", "États-Unis" → "etats unis". */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

const civilityWords: Record<string, Civility> = {
  m: 'mr', mr: 'mr', monsieur: 'mr', mister: 'mr', messieurs: 'mr', sir: 'mr',
  mme: 'mrs', mmes: 'mrs', madame: 'mrs', mrs: 'mrs', ms: 'mrs', miss: 'mrs', mlle: 'mrs', mademoiselle: 'mrs', mesdames: 'mrs',
  dr: 'dr', docteur: 'dr', doctor: 'dr', doct: 'dr',
  pr: 'prof', prof: 'prof', professeur: 'prof', professor: 'prof',
};

export function parseCivility(text: string): Civility | null {
  return civilityWords[foldWords(text)] ?? null;
}

const countryAliases: Record<string, string> = {
  uk: 'GB', angleterre: 'GB', england: 'GB', 'grande bretagne': 'GB', 'great britain': 'GB', ecosse: 'GB', scotland: 'GB', 'pays de galles': 'GB', wales: 'GB',
  usa: 'US', 'u s a': 'US', us: 'US', 'etats unis': 'US', 'etats unis d amerique': 'US', 'united states of america': 'US', america: 'US', amerique: 'US',
  hollande: 'NL', holland: 'NL', 'pays bas': 'NL',
  'republique tcheque': 'CZ', tchequie: 'CZ', 'czech republic': 'CZ',
  'coree du sud': 'KR', 'south korea': 'KR',
  russie: 'RU', russia: 'RU',
  'cote d ivoire': 'CI', 'ivory coast': 'CI',
  deutschland: 'DE', espana: 'ES', italia: 'IT', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', belgie: 'BE', nederland: 'NL',
};

let countryNames: Map<string, string> | undefined;

/** Every country's name in French and English (and its code), folded → ISO 3166 code. */
function countryIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  const index = new Map<string, string>(Object.entries(countryAliases));
  const namers = ['fr', 'en'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  for (const code of getCountries()) {
    index.set(code.toLowerCase(), code);
    for (const namer of namers) {
      const name = namer.of(code);
      if (name && name !== code) index.set(foldWords(name), code);
    }
  }
  countryNames = index;
  return index;
}

/** "FR", "fr", "France", "Allemagne", "United Kingdom", "UK" → an ISO 3166 code. */
export function parseCountry(text: string): string | null {
  const folded = foldWords(text);
  if (folded === '') return null;
  return countryIndex().get(folded) ?? null;
}

export const contactLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type ContactLanguage = (typeof contactLanguages)[number];

const languageWords: Record<string, ContactLanguage> = {
  fr: 'fr', fra: 'fr', fre: 'fr', francais: 'fr', francaise: 'fr', french: 'fr', 'fr fr': 'fr', 'fr be': 'fr', 'fr ch': 'fr', 'fr ca': 'fr',
  en: 'en', eng: 'en', anglais: 'en', anglaise: 'en', english: 'en', 'en gb': 'en', 'en us': 'en',
  de: 'de', deu: 'de', ger: 'de', allemand: 'de', allemande: 'de', german: 'de', deutsch: 'de',
  es: 'es', spa: 'es', espagnol: 'es', espagnole: 'es', spanish: 'es', espanol: 'es',
  it: 'it', ita: 'it', italien: 'it', italienne: 'it', italian: 'it', italiano: 'it',
  nl: 'nl', nld: 'nl', dut: 'nl', neerlandais: 'nl', neerlandaise: 'nl', dutch: 'nl', flamand: 'nl', nederlands: 'nl',
  pt: 'pt', por: 'pt', portugais: 'pt', portugaise: 'pt', portuguese: 'pt', portugues: 'pt',
};

export function parseLanguage(text: string): ContactLanguage | null {
  return languageWords[foldWords(text)] ?? null;
}

const consentWords: Record<string, ConsentValue> = {
  oui: 'granted', o: 'granted', yes: 'granted', y: 'granted', '1': 'granted', vrai: 'granted', true: 'granted', x: 'granted',
  accepte: 'granted', acceptee: 'granted', accord: 'granted', granted: 'granted', given: 'granted', 'opt in': 'granted', optin: 'granted', consent: 'granted',
  non: 'refused', n: 'refused', no: 'refused', '0': 'refused', faux: 'refused', false: 'refused',
  refuse: 'refused', refusee: 'refused', refused: 'refused', 'opt out': 'refused', optout: 'refused', opposition: 'refused', denied: 'refused',
  inconnu: 'unknown', inconnue: 'unknown', unknown: 'unknown', 'non renseigne': 'unknown', 'ne sait pas': 'unknown', '': 'unknown', '?': 'unknown',
};

export function parseConsent(text: string): ConsentValue | null {
  return consentWords[foldWords(text)] ?? (text.trim() === '?' ? 'unknown' : null);
}

export const companySizeValues = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type CompanySizeValue = (typeof companySizeValues)[number];

function sizeOfHeadcount(count: number): CompanySizeValue {
  if (count < 10) return '1-9';
  if (count < 50) return '10-49';
  if (count < 250) return '50-249';
  if (count < 1000) return '250-999';
  return '1000+';
}

/**
 * "10-49", "10 à 49 salariés", "10 to 49", "1000+", "plus de 1000", "250" (a head count) → a
 * size band; a range is put in the band of its lower end.
 */
export function parseCompanySize(text: string): CompanySizeValue | null {
  const folded = foldWords(text).replace(/(\d)\s+(?=\d{3}\b)/g, '$1');
  const numbers = folded.match(/\d+/g)?.map(Number) ?? [];
  const first = numbers[0];
  if (first === undefined) return null;
  if (numbers.length === 1 && /^(?:plus de|more than|over|sup)\b/.test(folded)) return sizeOfHeadcount(first + 1);
  if (first === 0 && numbers.length === 1) return null;
  return sizeOfHeadcount(Math.max(1, first));
}
