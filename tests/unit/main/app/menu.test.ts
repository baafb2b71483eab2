import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appCommands, type AppCommand } from '../../../../src-shared/contract/events';
import { catalogues, languages, type Language } from '../../../../src-shared/i18n';
import { buildMenuTemplate, menuLanguage } from '../../../../src-main/app/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function customItems(lang: Language, platform: NodeJS.Platform = 'win32') {
  const send = vi.fn<(command: AppCommand) => void>();
  const items = flatten(buildMenuTemplate(lang, send, { platform })).filter((item) => item.click !== undefined);
  return { items, send };
}

const menuCatalogue = (lang: Language) => catalogues[lang].menu as Record<string, string>;

const expected: [AppCommand, string, string][] = [
  ['new-contact', 'newContact', 'CmdOrCtrl+N'],
  ['new-company', 'newCompany', 'CmdOrCtrl+Shift+N'],
  ['search', 'search', 'CmdOrCtrl+K'],
  ['settings', 'settings', 'CmdOrCtrl+,'],
  ['contacts', 'contacts', 'CmdOrCtrl+1'],
  ['companies', 'companies', 'CmdOrCtrl+2'],
];

describe.each(languages)('buildMenuTemplate (%s)', (lang) => {
  it('gives every custom item a translated label and an accelerator', () => {
    const { items } = customItems(lang);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.label).toBeTruthy();
      expect(item.label).not.toMatch(/^menu\./);
      expect(item.accelerator).toBeTruthy();
    }
  });

  it.each(expected)('sends %s from the item labelled menu.%s with %s', (command, key, accelerator) => {
    const { items, send } = customItems(lang);
    const item = items.find((candidate) => candidate.accelerator === accelerator);
    expect(item?.label).toBe(menuCatalogue(lang)[key]);
    item?.click?.({} as never, undefined, {} as never);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('covers every app command, with no shortcut used twice', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const { items } = customItems(lang, platform);
      const accelerators = items.map((item) => item.accelerator);
      expect(new Set(accelerators).size).toBe(accelerators.length);
      expect(items).toHaveLength(appCommands.length);
    }
  });

  it('labels the top-level menus from the catalogue', () => {
    const labels = buildMenuTemplate(lang, () => undefined, { platform: 'win32' }).map((item) => item.label);
    const m = menuCatalogue(lang);
    expect(labels).toEqual([m.file, m.edit, m.view, m.window, m.help]);
  });
});

describe('buildMenuTemplate: platform conventions', () => {
  it('uses the standard edit, window and help roles', () => {
    const roles = buildMenuTemplate('en', () => undefined, { platform: 'linux' }).map((item) => item.role);
    expect(roles).toEqual([undefined, 'editMenu', undefined, 'windowMenu', 'help']);
  });

  it('starts with the application menu on macOS, holding Settings and Quit', () => {
    const [appMenu] = buildMenuTemplate('fr', () => undefined, { platform: 'darwin' });
    expect(appMenu?.role).toBe('appMenu');
    const inside = flatten([appMenu as MenuItemConstructorOptions]);
    expect(inside.some((item) => item.role === 'quit')).toBe(true);
    expect(inside.some((item) => item.accelerator === 'CmdOrCtrl+,')).toBe(true);
  });

  it('offers reload and devtools only while developing', () => {
    const roles = (devTools: boolean) => flatten(buildMenuTemplate('en', () => undefined, { platform: 'linux', devTools })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('menuLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, lang) => {
    expect(menuLanguage(locale)).toBe(lang);
  });
});
