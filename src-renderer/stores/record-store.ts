import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { HistoryEntry } from '../../src-shared/domain/records';
import { isClientError } from '../api/client';

export type RecordStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'failed';

export type RecordState<T> = {
  id: string | null;
  record: T | null;
  status: RecordStatus;
  /** A missing record that was merged into another (a duplicate): the one to open instead. */
  mergedInto: string | null;
  error: unknown;
  history: HistoryEntry[] | null;
  historyError: unknown;
  open: (id: string) => void;
  reload: () => Promise<void>;
  loadHistory: () => Promise<void>;
};

export type RecordStore<T> = UseBoundStore<StoreApi<RecordState<T>>>;

/**
 * The record a detail page shows, and its history. Reloads keep the current record on screen
 * until the fresh one arrives; a record deleted meanwhile becomes "missing".
 */
export function createRecordStore<T extends { id: string; deleted: boolean; mergedInto?: string | null }>(
  fetchRecord: (id: string) => Promise<T>,
  fetchHistory: (id: string) => Promise<HistoryEntry[]>,
): RecordStore<T> {
  let request = 0;
  return create<RecordState<T>>()((set, get) => ({
    id: null,
    record: null,
    status: 'idle',
    mergedInto: null,
    error: null,
    history: null,
    historyError: null,
    open: (id) => {
      if (get().id === id && get().status !== 'failed') return;
      set({ id, record: null, status: 'loading', mergedInto: null, error: null, history: null, historyError: null });
      void get().reload();
    },
    reload: async () => {
      const id = get().id;
      if (!id) return;
      request += 1;
      const mine = request;
      try {
        const record = await fetchRecord(id);
        if (mine !== request || get().id !== id) return;
        set(record.deleted ? { record: null, status: 'missing', mergedInto: record.mergedInto ?? null } : { record, status: 'ready', mergedInto: null, error: null });
        if (get().history !== null) void get().loadHistory();
      } catch (error) {
        if (mine !== request || get().id !== id) return;
        const missing = isClientError(error) && error.body.code === 'not_found';
        set({ status: missing ? 'missing' : get().record ? 'ready' : 'failed', error, ...(missing ? { record: null } : {}) });
      }
    },
    loadHistory: async () => {
      const id = get().id;
      if (!id) return;
      try {
        const history = await fetchHistory(id);
        if (get().id === id) set({ history, historyError: null });
      } catch (error) {
        if (get().id === id) set({ historyError: error });
      }
    },
  }));
}
