import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../../../src-shared/contract/errors';
import { catalogueKeys, catalogues, en, fr, translate } from '../../../src-shared/i18n';

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

function messageAt(catalogue: object, key: string): string {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string;
}

describe('the French and English catalogues', () => {
  it('have exactly the same keys', () => {
    expect(catalogueKeys(en).sort()).toEqual(catalogueKeys(fr).sort());
  });

  it('use the same parameters in both languages', () => {
    for (const key of catalogueKeys(fr)) {
      expect(placeholders(messageAt(en, key)), key).toEqual(placeholders(messageAt(fr, key)));
    }
  });

  it('have no empty message', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const key of catalogueKeys(catalogue)) expect(messageAt(catalogue, key).trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  it('name every error code the core can answer', () => {
    for (const code of apiErrorCodes) expect(catalogueKeys(fr)).toContain(`errors.${code}`);
  });

  it('have the keys the Electron menu uses', () => {
    const menuKeys = ['newContact', 'newCompany', 'search', 'settings', 'contacts', 'companies', 'file', 'edit', 'view', 'window', 'help', 'about'];
    for (const key of menuKeys) {
      expect(translate('fr', `menu.${key}`)).not.toBe(`menu.${key}`);
      expect(translate('en', `menu.${key}`)).not.toBe(`menu.${key}`);
    }
  });

  it('give every counted message the one, many and other forms', () => {
    const counted = catalogueKeys(fr).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    expect(counted.length).toBeGreaterThan(5);
    for (const base of counted) {
      expect(catalogueKeys(fr)).toContain(`${base}_one`);
      expect(catalogueKeys(fr)).toContain(`${base}_many`);
    }
  });
});

describe('translate', () => {
  it('reads a dotted key in the asked language', () => {
    expect(translate('fr', 'menu.newContact')).toBe('Nouveau contact');
    expect(translate('en', 'menu.newContact')).toBe('New contact');
  });

  it('fills parameters', () => {
    expect(translate('en', 'contacts.created', { name: 'Hélène Lefèvre' })).toBe('Contact “Hélène Lefèvre” created');
  });

  it('chooses the plural form with the language’s rules, and formats the count', () => {
    expect(translate('fr', 'contacts.count', { count: 0 })).toBe('0 contact');
    expect(translate('fr', 'contacts.count', { count: 1 })).toBe('1 contact');
    expect(translate('en', 'contacts.count', { count: 0 })).toBe('0 contacts');
    expect(translate('en', 'contacts.count', { count: 100_000 })).toBe('100,000 contacts');
    expect(translate('fr', 'contacts.count', { count: 100_000 }).replace(/\s/g, ' ')).toBe('100 000 contacts');
    expect(translate('fr', 'contacts.count', { count: 1_000_000 }).replace(/\s/g, ' ')).toBe('1 000 000 de contacts');
  });

  it('falls back to the key when it does not exist', () => {
    expect(translate('en', 'menu.nothing')).toBe('menu.nothing');
  });
});
