import type { TFunction } from 'i18next';
import { openEditor } from '../stores/editor-store';
import { openQuickLog } from '../stores/quick-log-store';
import { useProfileStore } from '../stores/profile-store';
import { navigate } from '../stores/router-store';
import { shortcutLabel } from '../lib/keyboard';
import { currentResolvedTheme } from '../lib/theme';
import { useSegmentBuilder } from '../stores/segment-builder-store';

export type CommandId = 'quickLog' | 'newContact' | 'newCompany' | 'goContacts' | 'goCompanies' | 'goSettings' | 'importContacts' | 'importCompanies' | 'importDeals' | 'findDuplicateContacts' | 'findDuplicateCompanies' | 'newContactSegment' | 'newCompanySegment' | 'newDealSegment' | 'goReports' | 'goDashboard' | 'goTargets' | 'switchLanguage' | 'toggleTheme';

export type Command = { id: CommandId; label: string; shortcut?: string; run: () => void };

export function switchLanguage(): void {
  const profile = useProfileStore.getState().profile;
  const next = profile?.settings.language === 'en' ? 'fr' : 'en';
  void useProfileStore.getState().update({ language: next });
}

export function toggleTheme(): void {
  void useProfileStore.getState().update({ theme: currentResolvedTheme() === 'dark' ? 'light' : 'dark' });
}

/** A new segment of a list: the list is shown, the builder opens over it. */
function openSegmentBuilder(entity: 'contact' | 'company' | 'deal'): void {
  navigate(entity === 'contact' ? { name: 'contacts' } : entity === 'company' ? { name: 'companies' } : { name: 'deals' });
  useSegmentBuilder.getState().open(entity);
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
    { id: 'importDeals', label: t('importWizard.command.deal'), run: () => navigate({ name: 'import', entity: 'deal' }) },
    { id: 'findDuplicateContacts', label: t('duplicates.ui.command.contacts'), run: () => navigate({ name: 'duplicates', entity: 'contact' }) },
    { id: 'findDuplicateCompanies', label: t('duplicates.ui.command.companies'), run: () => navigate({ name: 'duplicates', entity: 'company' }) },
    { id: 'newContactSegment', label: t('segmentBuilder.command.contact'), run: () => openSegmentBuilder('contact') },
    { id: 'newCompanySegment', label: t('segmentBuilder.command.company'), run: () => openSegmentBuilder('company') },
    { id: 'newDealSegment', label: t('segmentBuilder.command.deal'), run: () => openSegmentBuilder('deal') },
    { id: 'goDashboard', label: t('dashboard.command'), run: () => navigate({ name: 'dashboard' }) },
    { id: 'goTargets', label: t('targets.command'), run: () => navigate({ name: 'targets' }) },
    { id: 'goReports', label: t('reports.ui.command'), run: () => navigate({ name: 'reports' }) },
    { id: 'switchLanguage', label: t('palette.switchLanguage'), run: switchLanguage },
    { id: 'toggleTheme', label: t('palette.toggleTheme'), run: toggleTheme },
  ];
}
