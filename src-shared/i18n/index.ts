import { en } from './en';
import { fr } from './fr';
import type { CatalogueTree } from './shape';

export type { CatalogueShape, CatalogueTree } from './shape';
export { en, fr };

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

/** The message catalogues, French first (the default language). */
export const catalogues: Record<Language, CatalogueTree> = { fr, en };

/** The locale used by Intl formatters for each interface language. */
export const localeOf: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export type TranslateParams = Record<string, string | number>;

function lookup(catalogue: CatalogueTree, key: string): string | undefined {
  let node: string | CatalogueTree | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` and `{{count, number}}` (a number in the language's format), as i18next does. */
function interpolate(lang: Language, message: string, params: TranslateParams | undefined): string {
  if (!params) return message;
  return message.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (format === 'number' && typeof value === 'number') return new Intl.NumberFormat(localeOf[lang]).format(value);
    return String(value);
  });
}

/**
 * Translates a dotted key ("menu.newContact") for a language, with `{{name}}` parameters and
 * plural forms (`key_one`, `key_many`, `key_other`, chosen with Intl.PluralRules when a numeric
 * `count` is given). Falls back to French, then to the key itself. Pure: no i18next needed, so
 * the Electron menu and the CLI can use it.
 */
export function translate(lang: Language, key: string, params?: TranslateParams): string {
  const candidates: string[] = [];
  const count = params?.count;
  if (typeof count === 'number') {
    const category = new Intl.PluralRules(localeOf[lang]).select(count);
    candidates.push(`${key}_${category}`, `${key}_other`);
  }
  candidates.push(key);
  for (const catalogue of [catalogues[lang], catalogues[defaultLanguage]]) {
    for (const candidate of candidates) {
      const message = lookup(catalogue, candidate);
      if (message !== undefined) return interpolate(lang, message, params);
    }
  }
  return key;
}

/** Every leaf key of a catalogue, dotted ("errors.field.required"), for parity checks. */
export function catalogueKeys(catalogue: CatalogueTree, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [name, value] of Object.entries(catalogue)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.push(key);
    else keys.push(...catalogueKeys(value, key));
  }
  return keys;
}
