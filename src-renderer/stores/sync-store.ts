import i18next from 'i18next';
import { create } from 'zustand';
import type { ApiInput } from '../../src-shared/contract/api';
import type { ShareStatus, SyncStatusInfo } from '../../src-shared/domain/sync';
import { invoke, on } from '../api/client';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

type SyncStoreState = {
  status: SyncStatusInfo | null;
  share: ShareStatus | null;
  /** The user asked for a sync and waits for it (the status may also say "syncing" on its own). */
  syncing: boolean;
  load: () => Promise<void>;
  syncNow: () => Promise<void>;
  /** Connect and share throw their typed error: the forms show it beside the fields. */
  connect: (input: ApiInput<'sync.connect'>) => Promise<void>;
  disconnect: () => Promise<boolean>;
  loadShare: () => Promise<void>;
  startShare: (input: ApiInput<'sync.share.start'>) => Promise<void>;
  stopShare: () => Promise<boolean>;
};

/** The sync state the shell shows, and Settings → Office server. */
export const useSyncStore = create<SyncStoreState>()((set) => ({
  status: null,
  share: null,
  syncing: false,
  load: async () => {
    try {
      set({ status: await invoke('sync.status', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  syncNow: async () => {
    set({ syncing: true });
    try {
      const status = await invoke('sync.now', {});
      set({ status });
      if (status.state === 'idle' && status.lastSummary) {
        notify(i18next.t('sync.done', { pushed: status.lastSummary.pushed, pulled: status.lastSummary.pulled }), 'info');
      }
    } catch (error) {
      notifyError(error);
    } finally {
      set({ syncing: false });
    }
  },
  connect: async (input) => {
    const status = await invoke('sync.connect', input);
    set({ status });
    notify(i18next.t('office.connected'));
  },
  disconnect: async () => {
    try {
      set({ status: await invoke('sync.disconnect', {}) });
      notify(i18next.t('office.disconnected'));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
  loadShare: async () => {
    try {
      set({ share: await invoke('sync.share.status', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  startShare: async (input) => {
    const share = await invoke('sync.share.start', input);
    set({ share });
    notify(i18next.t('office.shared'));
    set({ status: await invoke('sync.status', {}) });
  },
  stopShare: async () => {
    try {
      set({ share: await invoke('sync.share.stop', {}) });
      notify(i18next.t('office.stopped'));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

/** Follows the core's sync.status events. Returns the function that stops following. */
export function followSync(): () => void {
  void useSyncStore.getState().load();
  return on('sync.status', (status) => useSyncStore.setState({ status }));
}
