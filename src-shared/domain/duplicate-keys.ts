/**
 * The normalised keys that find duplicates: what two records of the same person or firm share
 * however they were typed. Exact keys (an e-mail, an E.164 phone, a legal id) match on their
 * own; name keys only gather look-alike names into small blocks that are then compared with a
 * similarity score (duplicate-similarity.ts), so a scan never compares every pair of 100,000.
 */
import { toE164 } from './phone';
import { foldText } from './text';

export type DuplicateKeyKind = 'email' | 'phone' | 'legal_id' | 'siren' | 'website' | 'name' | 'name_word';

/** Kinds that mean "the same record" on their own (the others only gather candidates). */
export const exactKeyKinds: readonly DuplicateKeyKind[] = ['email', 'phone', 'legal_id', 'siren', 'website'];

export type DuplicateKey = { kind: DuplicateKeyKind; key: string };

/** "  Jean.Dupont@ACME.fr " → "jean.dupont@acme.fr"; null when it is not an address. */
export function normalizeEmail(address: string | null | undefined): string | null {
  const email = (address ?? '').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

/**
 * Shared mailboxes ("contact@", "info@", "accueil@"): several people of one firm write from
 * them, so they do not tell that two contacts are the same person.
 */
const roleMailboxes = new Set([
  'accueil',
  'admin',
  'administration',
  'bonjour',
  'commercial',
  'compta',
  'comptabilite',
  'contact',
  'direction',
  'facturation',
  'hello',
  'info',
  'infos',
  'mail',
  'no-reply',
  'noreply',
  'office',
  'reception',
  'rh',
  'sales',
  'secretariat',
  'service',
  'support',
  'team',
  'ventes',
]);

export function isRoleMailbox(email: string): boolean {
  return roleMailboxes.has(email.slice(0, email.indexOf('@')));
}

/** A phone as E.164, whether it is stored already ("+33612345678") or typed ("06 12 34 56 78", read in `country`). */
export function normalizePhone(value: string | null | undefined, country?: string | null): string | null {
  const raw = (value ?? '').trim();
  if (raw === '') return null;
  if (/^\+\d{6,15}$/.test(raw)) return raw;
  return toE164(raw, country);
}

/** "123 456 789 00012", "FR 12-345.678.901" → "12345678900012", "FR12345678901": letters and digits only, upper case. */
export function normalizeLegalId(value: string | null | undefined): string | null {
  const compact = (value ?? '').toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length >= 5 ? compact : null;
}

/**
 * The SIREN (9 digits) a French legal id carries: a SIREN itself, the first 9 digits of a SIRET
 * (one of the firm's establishments), or the last 9 of an intra-EU VAT number (FR + 2 + SIREN).
 */
export function sirenOf(legalId: string | null): string | null {
  if (!legalId) return null;
  if (/^\d{9}$/.test(legalId)) return legalId;
  if (/^\d{14}$/.test(legalId)) return legalId.slice(0, 9);
  const vat = /^FR[0-9A-Z]{2}(\d{9})$/.exec(legalId);
  return vat?.[1] ?? null;
}

/** Hosts many unrelated firms have pages on: their domain says nothing about which firm. */
const sharedHosts = new Set(['facebook.com', 'linkedin.com', 'instagram.com', 'google.com', 'sites.google.com', 'wixsite.com', 'pagesjaunes.fr', 'societe.com', 'twitter.com', 'x.com']);

/** "https://www.Acme.fr/contact" → "acme.fr"; null for shared hosts. */
export function websiteDomain(value: string | null | undefined): string | null {
  const host = (value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\d?\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  if (sharedHosts.has(host) || [...sharedHosts].some((shared) => host.endsWith(`.${shared}`))) return null;
  return host;
}

/** Folded words of a name: "Jean-Pierre  L'Hôte" → ["jean", "pierre", "l", "hote"]. */
export function nameWords(value: string | null | undefined): string[] {
  return foldText(value ?? '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Words of a company name that do not tell firms apart: legal forms and little words. */
const companyNoise = new Set([
  // French legal forms
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'snc', 'sci', 'scop', 'scp', 'scm', 'sca', 'selarl', 'selas', 'gie', 'ei', 'eirl', 'earl', 'gaec',
  'ste', 'societe', 'ets', 'etablissements', 'cie',
  // other legal forms
  'ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'bv', 'nv', 'srl', 'spa', 'sl',
  // little words
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'and', 'the', 'of',
]);

/**
 * A company name without its legal form, punctuation and little words, folded: "ACME S.A.R.L."
 * and "Acme SAS" are both ["acme"]. A name made only of such words keeps them.
 */
export function companyNameWords(name: string | null | undefined): string[] {
  const words = nameWords((name ?? '').replace(/\./g, ''));
  const kept = words.filter((word) => !companyNoise.has(word));
  return kept.length > 0 ? kept : words;
}

/** A contact's name as words: first name(s) then last name(s). */
export function personNameWords(firstName: string | null | undefined, lastName: string | null | undefined): string[] {
  return [...nameWords(firstName), ...nameWords(lastName)];
}

/**
 * A rough phonetic form of a folded word, so that spellings that sound alike block together
 * ("Dupont"/"Dupond", "Philippe"/"Filipe", "Catherine"/"Katherine", "Lefebvre"/"Lefèvre").
 */
export function phoneticKey(word: string): string {
  const known = phoneticKeys.get(word);
  if (known !== undefined) return known;
  // Names repeat (a base of 100,000 people has a few thousand names): each is worked out once.
  if (phoneticKeys.size >= PHONETIC_CACHE_SIZE) phoneticKeys.clear();
  const key = soundOf(word);
  phoneticKeys.set(word, key);
  return key;
}

const PHONETIC_CACHE_SIZE = 50_000;
const phoneticKeys = new Map<string, string>();

function soundOf(word: string): string {
  let w = foldText(word).replace(/[^a-z]/g, '');
  if (w === '') return '';
  const rules: [RegExp, string][] = [
    [/ph/g, 'f'],
    [/bv/g, 'v'],
    [/sch/g, 'ch'],
    [/ck/g, 'k'],
    [/qu?/g, 'k'],
    [/c(?=[eiy])/g, 's'],
    [/c(?!h)/g, 'k'],
    [/gu(?=[eiy])/g, 'g'],
    [/g(?=[eiy])/g, 'j'],
    [/th/g, 't'],
    [/(?<!c)h/g, ''],
    [/w/g, 'v'],
    [/y/g, 'i'],
    [/z/g, 's'],
    [/eau|au/g, 'o'],
    [/ai|ei/g, 'e'],
    [/[ae][nm](?=[^aeiou]|$)/g, 'an'],
    [/(.)\1+/g, '$1'],
  ];
  for (const [pattern, replacement] of rules) w = w.replace(pattern, replacement);
  // Silent endings: "Dupont", "Martins", "Leroux", "Giraud", "Lemoine".
  const trimmed = w.replace(/(e|[tdsx])+$/, '');
  return trimmed.length >= 2 ? trimmed : w;
}

/**
 * The name blocks of a contact: its last name's sound with its first name's initial, both ways
 * round (imports swap first and last names). "Jean Dupont" → "dupon|j" and "jan|d".
 */
export function contactNameKeys(firstName: string | null | undefined, lastName: string | null | undefined): string[] {
  const first = nameWords(firstName);
  const last = nameWords(lastName);
  const sound = (words: string[]) => phoneticKey(words.join(''));
  const initial = (words: string[]) => words[0]?.[0] ?? '';
  const keys = new Set<string>();
  if (last.length > 0) keys.add(`${sound(last)}|${initial(first)}`);
  if (first.length > 0) keys.add(`${sound(first)}|${initial(last)}`);
  return [...keys].filter((key) => key.length > 1);
}

/** The words of a company name that gather look-alikes: the sound of each word of three letters or more. */
export function companyWordKeys(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => word.length >= 3).map(phoneticKey))].filter((key) => key.length >= 2);
}

type JsonList<T> = string | readonly T[] | null | undefined;

function listOf<T>(value: JsonList<T>): readonly T[] {
  if (Array.isArray(value)) return value as readonly T[];
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

export type ContactKeySource = {
  firstName: string | null | undefined;
  lastName: string | null | undefined;
  /** Stored JSON or a list of entries. */
  emails: JsonList<{ address?: string | null }>;
  phones: JsonList<{ e164?: string | null }>;
};

export type CompanyKeySource = {
  name: string | null | undefined;
  legalId: string | null | undefined;
  website: string | null | undefined;
  emails: JsonList<{ address?: string | null }>;
  phones: JsonList<{ e164?: string | null }>;
};

function uniqueKeys(keys: DuplicateKey[]): DuplicateKey[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const id = `${key.kind}\u0000${key.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function contactPoints(emails: ContactKeySource['emails'], phones: ContactKeySource['phones'], keepRoleMailboxes: boolean): DuplicateKey[] {
  const keys: DuplicateKey[] = [];
  for (const entry of listOf(emails)) {
    const email = normalizeEmail(entry.address);
    if (email && (keepRoleMailboxes || !isRoleMailbox(email))) keys.push({ kind: 'email', key: email });
  }
  for (const entry of listOf(phones)) {
    const phone = normalizePhone(entry.e164);
    if (phone) keys.push({ kind: 'phone', key: phone });
  }
  return keys;
}

/** Every key of a contact: its own e-mails (not shared mailboxes), phones, and name blocks. */
export function contactKeys(source: ContactKeySource): DuplicateKey[] {
  return uniqueKeys([
    ...contactPoints(source.emails, source.phones, false),
    ...contactNameKeys(source.firstName, source.lastName).map((key) => ({ kind: 'name' as const, key })),
  ]);
}

/** Every key of a company: legal id and SIREN, website domain, e-mails, phones, its name without legal form, and its words. */
export function companyKeys(source: CompanyKeySource): DuplicateKey[] {
  const legalId = normalizeLegalId(source.legalId);
  const siren = sirenOf(legalId);
  const domain = websiteDomain(source.website);
  const words = companyNameWords(source.name);
  const keys: DuplicateKey[] = [];
  if (legalId) keys.push({ kind: 'legal_id', key: legalId });
  // Always, even when the legal id is the SIREN itself: it then meets the SIRETs of the same firm.
  if (siren) keys.push({ kind: 'siren', key: siren });
  if (domain) keys.push({ kind: 'website', key: domain });
  keys.push(...contactPoints(source.emails, source.phones, true));
  if (words.length > 0) keys.push({ kind: 'name', key: words.join(' ') });
  keys.push(...companyWordKeys(words).map((key) => ({ kind: 'name_word' as const, key })));
  return uniqueKeys(keys);
}
