import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const cache = new Map<string, string>();
/** A French number: +33 and nine digits, written "+33 6 12 34 56 78" (the international format, without parsing it). */
const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * "+33612345678" → "+33 6 12 34 56 78": readable in a spreadsheet, the country kept for the way
 * back. French numbers (most of a French base) are laid out directly: parsing 100,000 numbers
 * would cost the export most of a second.
 */
export function internationalPhone(e164: string | null): string | null {
  if (!e164) return null;
  const match = french.exec(e164);
  if (match) return `+33 ${match[1]} ${match[2]} ${match[3]} ${match[4]} ${match[5]}`;
  let text = cache.get(e164);
  if (text === undefined) {
    if (cache.size >= 10_000) cache.clear();
    text = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    cache.set(e164, text);
  }
  return text;
}
