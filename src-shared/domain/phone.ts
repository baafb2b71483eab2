import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneNumber = {
  label: PhoneLabel;
  /** What the user typed, kept for display. */
  raw: string;
  /** E.164 ("+33612345678"), the form used for matching and dialling. */
  e164: string;
};

export const phoneLabels = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export type PhoneLabel = (typeof phoneLabels)[number];

/**
 * Parses a phone number as typed, in the context of a country (the contact's, France by
 * default). Returns null when it is not a valid number.
 */
export function toE164(raw: string, country: string | null | undefined): string | null {
  const region = (country && /^[A-Z]{2}$/.test(country) ? country : 'FR') as CountryCode;
  const parsed = parsePhoneNumberFromString(raw, region);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** "+33612345678" → "06 12 34 56 78" style, in the number's national format. */
export function formatPhoneNational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatNational() : e164;
}

/** Tokens of recently indexed numbers: parsing is the costly part of indexing a contact. */
const tokenCache = new Map<string, string[]>();
const TOKEN_CACHE_SIZE = 10_000;

/**
 * The digit strings a phone number is found by: national and international digits and every
 * suffix of the national digits, so that any fragment typed by the user is a token prefix.
 */
export function phoneSearchTokens(e164: string): string[] {
  const cached = tokenCache.get(e164);
  if (cached) return cached;
  const tokens = computePhoneSearchTokens(e164);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  tokenCache.set(e164, tokens);
  return tokens;
}

function computePhoneSearchTokens(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  const international = e164.replace(/\D/g, '');
  if (!parsed) return [international];
  const national = `0${parsed.nationalNumber}`;
  const tokens = new Set<string>([international, national]);
  for (let i = 1; i <= national.length - 4; i++) tokens.add(national.slice(i));
  return [...tokens];
}
