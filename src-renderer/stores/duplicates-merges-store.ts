import { create } from 'zustand';
import type { DuplicateEntity, MergeLogItem } from '../../src-shared/domain/duplicates';
import { invoke } from '../api/client';

type MergesState = {
  entity: DuplicateEntity | null;
  items: MergeLogItem[] | null;
  error: unknown;
  load: (entity: DuplicateEntity) => Promise<void>;
  /** Reads the list again when it is shown (after a merge or an undo). */
  reload: () => Promise<void>;
};

let latest = 0;

/** The merges made on this device, newest first, for the "Recent merges" list and its Undo. */
export const useDuplicateMergesStore = create<MergesState>()((set, get) => ({
  entity: null,
  items: null,
  error: null,
  load: async (entity) => {
    latest += 1;
    const question = latest;
    if (get().entity !== entity) set({ entity, items: null, error: null });
    try {
      const items = await invoke('duplicates.merges', { entity, limit: 20 });
      if (question === latest) set({ items, error: null });
    } catch (error) {
      if (question === latest) set({ error });
    }
  },
  reload: async () => {
    const entity = get().entity;
    if (entity) await get().load(entity);
  },
}));
