import i18next from 'i18next';
import { create } from 'zustand';
import type { AppInfo, BackupInfo } from '../../src-shared/domain/records';
import { invoke, on } from '../api/client';
import { refreshEverything } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

type SettingsState = {
  info: AppInfo | null;
  backups: BackupInfo[] | null;
  busy: 'backup' | 'restore' | null;
  loadInfo: () => Promise<void>;
  loadBackups: () => Promise<void>;
  backUpNow: () => Promise<void>;
  restore: (file: string) => Promise<boolean>;
};

/** Settings data that is not the profile: the app's facts and its backups. */
export const useSettingsStore = create<SettingsState>()((set, get) => ({
  info: null,
  backups: null,
  busy: null,
  loadInfo: async () => {
    try {
      set({ info: await invoke('app.info', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  loadBackups: async () => {
    try {
      const backups = await invoke('backups.list', {});
      set({ backups: [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)) });
    } catch (error) {
      notifyError(error);
    }
  },
  backUpNow: async () => {
    set({ busy: 'backup' });
    try {
      await invoke('backups.create', {});
      notify(i18next.t('settings.backupCreated'));
      await get().loadBackups();
    } catch (error) {
      notifyError(error);
    } finally {
      set({ busy: null });
    }
  },
  restore: async (file) => {
    set({ busy: 'restore' });
    try {
      const result = await invoke('backups.restore', { file });
      notify(i18next.t('settings.restored', { file: result.safetyCopy }), 'success');
      refreshEverything();
      await Promise.all([get().loadBackups(), get().loadInfo()]);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));

/** A backup made by the daily job or from the menu shows up in Settings when it is open. */
export function followBackups(): () => void {
  return on('backup.created', () => {
    if (useSettingsStore.getState().backups !== null) void useSettingsStore.getState().loadBackups();
  });
}
