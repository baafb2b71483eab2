/*
 * Intra-community VAT numbers: a country code and up to 13 letters or digits. A French one is
 * "FR", a two-digit key and the SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97: checking
 * it catches the usual typo.
 */

/** Upper case without spaces, dots or dashes: how VAT numbers are compared and stored. */
export function compactVatNumber(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

export function vatNumberProblem(value: string): string | null {
  const compact = compactVatNumber(value);
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(compact)) return 'not a VAT number (a country code, then letters and digits)';
  if (!compact.startsWith('FR')) return null;
  const match = /^FR(\d{2})(\d{9})$/.exec(compact);
  if (!match) return 'a French VAT number is FR, a two-digit key and the 9-digit SIREN';
  const [, key, siren] = match;
  const expected = (12 + 3 * (Number(siren) % 97)) % 97;
  return Number(key) === expected ? null : 'the key of this French VAT number does not match its SIREN';
}
