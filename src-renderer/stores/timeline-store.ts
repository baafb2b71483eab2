import i18next from 'i18next';
import { create } from 'zustand';
import type { ApiInput } from '../../src-shared/contract/api';
import type { ActivityKind, TimelineItem } from '../../src-shared/domain/activities';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';
import { notifyWithUndo } from './record-actions';

export type TimelineEntity = 'contact' | 'company' | 'deal';
/** A filter chip: a kind of activity, or the record's own changes. */
export type TimelineFilterKey = ActivityKind | 'changes';

const PAGE = 50;
const MAX_PAGE = 200;

type TimelineState = {
  entity: TimelineEntity | null;
  id: string | null;
  items: TimelineItem[];
  nextBefore: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: unknown;
  loadingMore: boolean;
  /** The chips on; none = everything. */
  filter: TimelineFilterKey[];
  open: (entity: TimelineEntity, id: string) => void;
  close: (id: string) => void;
  setFilter: (filter: TimelineFilterKey[]) => void;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Something the timeline shows may have changed: the first pages are read again. */
  changed: () => void;
  /** Tasks ticked off (or back on) and not yet reloaded: what their box shows meanwhile. */
  ticked: Readonly<Record<string, boolean>>;
  complete: (task: { id: string; subject: string }, done: boolean) => Promise<void>;
};

/** What the core is asked for a filter ("changes" alone: everything, activities dropped on arrival). */
export function timelineQuery(filter: readonly TimelineFilterKey[]): { kinds?: ActivityKind[]; withChanges: boolean; changesOnly: boolean } {
  if (filter.length === 0) return { withChanges: true, changesOnly: false };
  const kinds = filter.filter((key): key is ActivityKind => key !== 'changes');
  const withChanges = filter.includes('changes');
  if (kinds.length === 0) return { withChanges: true, changesOnly: true };
  return { kinds, withChanges, changesOnly: false };
}

let request = 0;

async function fetchPage(entity: TimelineEntity, id: string, filter: readonly TimelineFilterKey[], before: string | null, limit: number) {
  const query = timelineQuery(filter);
  const input: ApiInput<'activities.timeline'> = { entity, id, withChanges: query.withChanges, limit, ...(query.kinds ? { kinds: query.kinds } : {}), ...(before ? { before } : {}) };
  const page = await invoke('activities.timeline', input);
  return query.changesOnly ? { ...page, items: page.items.filter((item) => item.type === 'change') } : page;
}

/** The timeline of the record page on screen: its activities and changes, newest first, a page at a time. */
export const useTimelineStore = create<TimelineState>()((set, get) => ({
  entity: null,
  id: null,
  items: [],
  nextBefore: null,
  status: 'idle',
  error: null,
  loadingMore: false,
  filter: [],
  ticked: {},
  open: (entity, id) => {
    if (get().entity === entity && get().id === id && get().status !== 'failed') return;
    set({ entity, id, items: [], nextBefore: null, status: 'loading', error: null, loadingMore: false });
    void get().reload();
  },
  close: (id) => {
    if (get().id === id) set({ entity: null, id: null, items: [], nextBefore: null, status: 'idle' });
  },
  setFilter: (filter) => {
    set({ filter, items: [], nextBefore: null, status: 'loading' });
    void get().reload();
  },
  reload: async () => {
    const { entity, id, filter } = get();
    if (!entity || !id) return;
    request += 1;
    const mine = request;
    // As many as are shown, so that a refresh does not fold what was opened.
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, get().items.length));
    try {
      const page = await fetchPage(entity, id, filter, null, limit);
      if (mine === request) set({ items: page.items, nextBefore: page.nextBefore, status: 'ready', error: null });
    } catch (error) {
      if (mine === request) set({ status: get().items.length > 0 ? 'ready' : 'failed', error });
    }
  },
  loadMore: async () => {
    const { entity, id, filter, nextBefore, loadingMore } = get();
    if (!entity || !id || !nextBefore || loadingMore) return;
    const mine = request;
    set({ loadingMore: true });
    try {
      const page = await fetchPage(entity, id, filter, nextBefore, PAGE);
      if (mine !== request) return;
      set((state) => ({ items: [...state.items, ...page.items], nextBefore: page.nextBefore }));
    } catch (error) {
      notifyError(error);
    } finally {
      set({ loadingMore: false });
    }
  },
  changed: () => {
    if (get().id) void get().reload();
  },
  complete: async (task, done) => {
    // The box shows its new state at once; the list follows once saved.
    set((state) => ({ ticked: { ...state.ticked, [task.id]: done } }));
    const settle = async () => {
      await get().reload();
      set((state) => {
        const { [task.id]: _settled, ...rest } = state.ticked;
        return { ticked: rest };
      });
    };
    try {
      await invoke('activities.complete', { id: task.id, done });
      notifyWithUndo(i18next.t(done ? 'activities.completed' : 'activities.reopened', { subject: task.subject }), 'success', async () => {
        set((state) => ({ ticked: { ...state.ticked, [task.id]: !done } }));
        await invoke('activities.complete', { id: task.id, done: !done }).catch(notifyError);
        await settle();
      });
    } catch (error) {
      notifyError(error);
    }
    await settle();
  },
}));
