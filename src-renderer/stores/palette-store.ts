import { create } from 'zustand';
import type { SearchHit } from '../../src-shared/domain/records';
import { invoke } from '../api/client';

type PaletteState = {
  open: boolean;
  query: string;
  hits: SearchHit[];
  /** The query the hits answer (they may lag one keystroke behind). */
  hitsFor: string;
  searching: boolean;
  failed: boolean;
  activeIndex: number;
  show: () => void;
  hide: () => void;
  setQuery: (query: string) => void;
  setActive: (index: number) => void;
};

const debounceMs = 80;
let timer: number | null = null;
let request = 0;

/** The Ctrl+K palette: global search as you type, plus commands. */
export const usePaletteStore = create<PaletteState>()((set, get) => ({
  open: false,
  query: '',
  hits: [],
  hitsFor: '',
  searching: false,
  failed: false,
  activeIndex: 0,
  show: () => set({ open: true, query: '', hits: [], hitsFor: '', activeIndex: 0, searching: false, failed: false }),
  hide: () => {
    if (timer !== null) window.clearTimeout(timer);
    request += 1;
    set({ open: false });
  },
  setQuery: (query) => {
    set({ query, activeIndex: 0 });
    if (timer !== null) window.clearTimeout(timer);
    const q = query.trim();
    if (q === '') {
      request += 1;
      set({ hits: [], hitsFor: '', searching: false, failed: false });
      return;
    }
    set({ searching: true });
    timer = window.setTimeout(() => {
      timer = null;
      request += 1;
      const mine = request;
      invoke('search.global', { q, limit: 20 }).then(
        (hits) => {
          if (mine === request && get().open) set({ hits, hitsFor: q, searching: false, failed: false });
        },
        () => {
          if (mine === request) set({ hits: [], hitsFor: q, searching: false, failed: true });
        },
      );
    }, debounceMs);
  },
  setActive: (index) => set({ activeIndex: index }),
}));
