import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

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

/** The country calling codes ("33", "1", "352"…): a prefix-free set, so an E.164 number starts with exactly one. */
let callingCodes: Set<string> | undefined;

/** The national significant number of an E.164 number, without parsing it (indexing thousands of contacts). */
function nationalDigits(e164: string): string | null {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  const digits = e164.replace(/\D/g, '');
  for (let length = 1; length <= 3; length++) {
    if (callingCodes.has(digits.slice(0, length))) return digits.length - length >= 4 ? digits.slice(length) : null;
  }
  return null;
}

/**
 * The digit strings a phone number is found by: national and international digits and every
 * suffix of the national digits, so that any fragment typed by the user is a token prefix.
 */
export function phoneSearchTokens(e164: string): string[] {
  const international = e164.replace(/\D/g, '');
  const significant = e164.startsWith('+') ? nationalDigits(e164) : (parsePhoneNumberFromString(e164)?.nationalNumber ?? null);
  if (!significant) return [international];
  const national = `0${significant}`;
  const tokens = new Set<string>([international, national]);
  for (let i = 1; i <= national.length - 4; i++) tokens.add(national.slice(i));
  return [...tokens];
}
