import { luhnSum } from '../../../src-shared/domain/siret';
import type { Rng } from './rng';

/** The digit that, appended to `body`, makes the whole number pass the Luhn check. */
export function luhnCheckDigit(body: string): string {
  const sum = luhnSum(`${body}0`);
  return String((10 - sum) % 10);
}

/**
 * A SIRET as French paperwork prints it ("732 829 320 00074"): a Luhn-valid SIREN (9 digits)
 * followed by an establishment number (NIC) whose last digit makes all 14 digits Luhn-valid.
 */
export function generateSiret(rng: Rng): string {
  let sirenBody = `${rng.between(1, 9)}${rng.digits(7)}`;
  // La Poste's SIRENs follow another rule; never generate one by chance.
  if (sirenBody.startsWith('35600000')) sirenBody = `4${sirenBody.slice(1)}`;
  const siren = `${sirenBody}${luhnCheckDigit(sirenBody)}`;
  const nicBody = `000${rng.between(1, 9)}`;
  const siret = `${siren}${nicBody}${luhnCheckDigit(`${siren}${nicBody}`)}`;
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}

/** A Companies House number: 8 digits, sometimes with a Scottish prefix. */
export function generateUkCompanyNumber(rng: Rng, scottish: boolean): string {
  return scottish ? `SC${rng.digits(6)}` : `0${rng.between(1, 9)}${rng.digits(6)}`;
}
