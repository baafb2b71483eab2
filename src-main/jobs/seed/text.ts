import { foldText } from '../../../src-shared/domain/text';
import type { Rng } from './rng';

/** "Hélène", "Lefèvre-D'Almeida" → "helene", "lefevre-dalmeida": what an e-mail address keeps. */
export function emailWord(value: string): string {
  return foldText(value)
    .replace(/['’\s]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

/** The usual shapes of an address's local part, built from a person's name. */
export function emailLocalPart(rng: Rng, firstName: string | null, lastName: string | null): string {
  const first = emailWord(firstName ?? '');
  const last = emailWord(lastName ?? '');
  if (!first || !last) return first || last || 'contact';
  const shape = rng.int(10);
  if (shape < 5) return `${first}.${last}`;
  if (shape < 7) return `${first.charAt(0)}.${last}`;
  if (shape < 8) return `${first}${last}`;
  if (shape < 9) return `${first}_${last}`;
  return `${last}.${first}`;
}

/** A domain label from a company name: folded, words joined by hyphens ("Lefèvre & Fils" → "lefevre-et-fils"). */
export function domainLabel(name: string, and: 'et' | 'and'): string {
  return foldText(name)
    .replace(/&/g, ` ${and} `)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

export const DAY_MS = 24 * 3600 * 1000;

/** A JSON list column, or null (left unset: the column defaults to "[]") when empty. */
export function jsonList(items: readonly unknown[]): string | null {
  return items.length > 0 ? JSON.stringify(items) : null;
}
