import i18next from 'i18next';
import { create } from 'zustand';
import type { ReviewChoice } from '../../src-shared/contract/inputs/sync';
import type { SyncReviewItem } from '../../src-shared/domain/sync';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';
import { useSyncStore } from './sync-store';
import { notify } from './toast-store';

type ReviewState = {
  items: SyncReviewItem[] | null;
  error: unknown;
  /** Items being settled, by id. */
  busy: ReadonlySet<number>;
  load: () => Promise<void>;
  resolve: (item: SyncReviewItem, choice: ReviewChoice) => Promise<void>;
};

/** The Sync review list: local edits sync could not keep as they were. */
export const useReviewStore = create<ReviewState>()((set, get) => ({
  items: null,
  error: null,
  busy: new Set(),
  load: async () => {
    try {
      set({ items: await invoke('sync.review.list', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },
  resolve: async (item, choice) => {
    set((state) => ({ busy: new Set([...state.busy, item.id]) }));
    try {
      await invoke('sync.review.resolve', { id: item.id, choice });
      set((state) => ({ items: state.items?.filter((other) => other.id !== item.id) ?? null }));
      notify(i18next.t(choice === 'mine' ? 'review.usedMine' : 'review.settled'));
      // A value used again goes out with the next sync: the shell shows it pending.
      void useSyncStore.getState().load();
    } catch (error) {
      notifyError(error);
      await get().load();
    } finally {
      set((state) => ({ busy: new Set([...state.busy].filter((id) => id !== item.id)) }));
    }
  },
}));
