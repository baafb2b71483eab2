import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../src-shared/contract/events';
import { translate, type Language } from '../../src-shared/i18n';

export type SendCommand = (command: AppCommand) => void;
export type MenuOptions = { platform?: NodeJS.Platform; devTools?: boolean };

/** The UI language for the native menu: French for any French locale, English otherwise. */
export function menuLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * The application menu. Custom items do not act in the main process: they send an
 * 'app.command' to the window, so the renderer decides what "new contact" means on its screen.
 * Standard items use Electron roles (native behaviour and shortcuts, e.g. undo and copy).
 */
export function buildMenuTemplate(lang: Language, send: SendCommand, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const platform = options.platform ?? process.platform;
  const isMac = platform === 'darwin';
  const t = (key: string): string => translate(lang, key);
  const command = (label: string, accelerator: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });
  const settings = command(t('menu.settings'), 'CmdOrCtrl+,', 'settings');

  const macAppMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: t('menu.about') },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      command(t('menu.newContact'), 'CmdOrCtrl+N', 'new-contact'),
      command(t('menu.newCompany'), 'CmdOrCtrl+Shift+N', 'new-company'),
      ...(isMac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      command(t('menu.search'), 'CmdOrCtrl+K', 'search'),
      { type: 'separator' },
      command(t('menu.contacts'), 'CmdOrCtrl+1', 'contacts'),
      command(t('menu.companies'), 'CmdOrCtrl+2', 'companies'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Reload and devtools only while developing: in the field they lose unsaved form input.
      ...(options.devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  return [
    ...(isMac ? [macAppMenu] : []),
    file,
    { role: 'editMenu', label: t('menu.edit') },
    view,
    { role: 'windowMenu', label: t('menu.window') },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: isMac ? [] : [{ role: 'about', label: t('menu.about') }],
    },
  ];
}
