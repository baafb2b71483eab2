import type { TFunction } from 'i18next';
import { openEditor } from '../stores/editor-store';
import { openQuickLog } from '../stores/quick-log-store';
import { useProfileStore } from '../stores/profile-store';
import { navigate } from '../stores/router-store';
import { shortcutLabel } from '../lib/keyboard';
import { currentResolvedTheme } from '../lib/theme';

export type CommandId = 'quickLog' | 'newContact' | 'newCompany' | 'goContacts' | 'goCompanies' | 'goSettings' | 'importContacts' | 'importCompanies' | 'findDuplicateContacts' | 'findDuplicateCompanies' | 'switchLanguage' | 'toggleTheme';

export type Command = { id: CommandId; label: string; shortcut?: string; run: () => void };

export function switchLanguage(): void {
  const profile = useProfileStore.getState().profile;
  const next = profile?.settings.language === 'en' ? 'fr' : 'en';
  void useProfileStore.getState().update({ language: next });
}

export function toggleTheme(): void {
  void useProfileStore.getState().update({ theme: currentResolvedTheme() === 'dark' ? 'light' : 'dark' });
}

/** What the palette (and the menu's app.command events) can do. */
export function appCommands(t: TFunction): Command[] {
  return [
    { id: 'quickLog', label: t('activities.quickLog.command'), shortcut: shortcutLabel('L'), run: () => openQuickLog() },
    { id: 'newContact', label: t('palette.newContact'), shortcut: shortcutLabel('N'), run: () => openEditor({ kind: 'contact' }) },
    { id: 'newCompany', label: t('palette.newCompany'), run: () => openEditor({ kind: 'company' }) },
    { id: 'goContacts', label: t('palette.goContacts'), run: () => navigate({ name: 'contacts' }) },
    { id: 'goCompanies', label: t('palette.goCompanies'), run: () => navigate({ name: 'companies' }) },
    { id: 'goSettings', label: t('palette.goSettings'), run: () => navigate({ name: 'settings' }) },
    { id: 'importContacts', label: t('importWizard.command.contact'), run: () => navigate({ name: 'import', entity: 'contact' }) },
    { id: 'importCompanies', label: t('importWizard.command.company'), run: () => navigate({ name: 'import', entity: 'company' }) },
    { id: 'findDuplicateContacts', label: t('duplicates.ui.command.contacts'), run: () => navigate({ name: 'duplicates', entity: 'contact' }) },
    { id: 'findDuplicateCompanies', label: t('duplicates.ui.command.companies'), run: () => navigate({ name: 'duplicates', entity: 'company' }) },
    { id: 'switchLanguage', label: t('palette.switchLanguage'), run: switchLanguage },
    { id: 'toggleTheme', label: t('palette.toggleTheme'), run: toggleTheme },
  ];
}
