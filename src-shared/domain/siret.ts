/** The Luhn sum (mod 10) used by French SIREN (9 digits) and SIRET (14 digits) numbers. */
export function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10;
}

function luhnValid(digits: string): boolean {
  return luhnSum(digits) === 0;
}

/**
 * A legal id is free text (VAT numbers, foreign registrations), but when it has the shape of a
 * SIREN or SIRET its checksum must hold, catching the usual typo. La Poste's SIRETs are the
 * documented exception to the Luhn rule.
 */
export function legalIdProblem(value: string): 'invalid_siret' | null {
  const compact = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$|^\d{14}$/.test(compact)) return null;
  if (compact.startsWith('356000000')) return null;
  return luhnValid(compact) ? null : 'invalid_siret';
}
