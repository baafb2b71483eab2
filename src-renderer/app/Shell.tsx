import i18next from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityDialogHost } from '../components/activity-dialog/ActivityDialogHost';
import { QuickLogHost } from '../components/quick-log/QuickLogDialog';
import { Toaster } from '../components/Toaster';
import { RemindersHost } from '../reminders/RemindersHost';
import { watchConnection } from '../stores/connection-store';
import { followDataChanges, refreshEverything } from '../stores/live-updates';
import { usePaletteStore } from '../stores/palette-store';
import { useReferenceStore } from '../stores/reference-store';
import { startRouter } from '../stores/router-store';
import { followBackups } from '../stores/settings-store';
import { followSync, useSyncStore } from '../stores/sync-store';
import { notify } from '../stores/toast-store';
import { CommandPalette } from './CommandPalette';
import { ConnectionBanner } from './ConnectionBanner';
import { EditorHost } from './EditorHost';
import { Routes } from './Routes';
import { prefetchAgendaOnRoute } from '../screens/Agenda/prefetch';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** The window: sidebar, the current screen, and what floats above it. */
export function Shell() {
  const { t } = useTranslation();
  const paletteOpen = usePaletteStore((state) => state.open);
  useGlobalShortcuts();

  useEffect(() => {
    const stopPrefetch = prefetchAgendaOnRoute();
    const stopRouter = startRouter();
    const stopData = followDataChanges();
    const stopBackups = followBackups();
    const stopSync = followSync();
    const stopConnection = watchConnection(() => {
      notify(i18next.t('connection.restored'), 'info');
      refreshEverything();
      void useSyncStore.getState().load();
    });
    void useReferenceStore.getState().loadUsers();
    void useReferenceStore.getState().loadTags();
    void useReferenceStore.getState().loadGroups();
    return () => {
      stopSync();
      stopRouter();
      stopPrefetch();
      stopData();
      stopBackups();
      stopConnection();
    };
  }, []);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <div className="shell-main">
        <ConnectionBanner />
        <main id="main" className="main" tabIndex={-1}>
          <Routes />
        </main>
      </div>
      <EditorHost />
      <ActivityDialogHost />
      <QuickLogHost />
      {paletteOpen && <CommandPalette />}
      <RemindersHost />
      <Toaster />
    </div>
  );
}
