import { create } from 'zustand';

/** Bumped when quotes change (here or through sync): the quote cards of deals reload. */
export const useQuotesStore = create<{ version: number; changed: () => void }>()((set) => ({
  version: 0,
  changed: () => set((state) => ({ version: state.version + 1 })),
}));
