import i18next from 'i18next';
import type { ViewState } from '../../src-shared/contract/inputs/misc';
import type { SavedView } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { columnStateFromView, visibleColumns, type ColumnState } from '../lib/column-state';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

export type ViewSlice = { views: SavedView[]; activeViewId: string | null };

export type ViewActions = {
  loadViews: () => Promise<void>;
  /** Applies a saved view's filters, sort and columns; null goes back to the whole list. */
  applyView: (id: string | null) => void;
  saveViewAs: (name: string) => Promise<void>;
  updateActiveView: () => Promise<void>;
  deleteView: (id: string) => Promise<void>;
  currentViewState: () => ViewState;
};

type ViewConfig<F, S> = {
  /** null: a list without saved views (the product catalogue). */
  entity: 'contact' | 'company' | 'deal' | null;
  allColumns: readonly string[];
  emptyFilters: () => F;
  defaultSort: S;
  readFilters: (value: Record<string, unknown>) => F;
  readSort: (value: { field: string; dir: 'asc' | 'desc' }) => S;
};

type Readable<F, S> = ViewSlice & { filters: F; sort: S; columns: ColumnState };
type QueryPatch<F, S> = { filters?: F; sort?: S; columns?: ColumnState; activeViewId?: string | null };

export function sameViewState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Saved views (views.list / save / delete): a named {sort, filters, columns}. */
export function createViewActions<F, S>(
  config: ViewConfig<F, S>,
  get: () => Readable<F, S> & ViewActions,
  applyQuery: (patch: QueryPatch<F, S>) => void,
  set: (patch: Partial<ViewSlice>) => void,
): ViewActions {
  const sorted = (views: SavedView[]) => [...views].sort((a, b) => a.name.localeCompare(b.name));
  return {
    loadViews: async () => {
      const entity = config.entity;
      if (!entity) return;
      try {
        const views = await invoke('views.list', { entity });
        const activeViewId = get().activeViewId;
        set({ views: sorted(views), activeViewId: views.some((view) => view.id === activeViewId) ? activeViewId : null });
      } catch (error) {
        notifyError(error);
      }
    },
    applyView: (id) => {
      const view = get().views.find((candidate) => candidate.id === id);
      if (!view) {
        applyQuery({ filters: config.emptyFilters(), sort: config.defaultSort, activeViewId: null });
        return;
      }
      applyQuery({
        filters: config.readFilters(view.state.filters),
        sort: config.readSort(view.state.sort),
        columns: columnStateFromView(view.state.columns, config.allColumns),
        activeViewId: view.id,
      });
    },
    currentViewState: () => {
      const { filters, sort, columns } = get();
      return {
        sort: sort as unknown as ViewState['sort'],
        filters: filters as unknown as Record<string, unknown>,
        columns: visibleColumns(columns),
      };
    },
    saveViewAs: async (name) => {
      const entity = config.entity;
      if (!entity) return;
      try {
        const view = await invoke('views.save', { entity, name, state: get().currentViewState() });
        set({ views: sorted([...get().views.filter((other) => other.id !== view.id), view]), activeViewId: view.id });
        notify(i18next.t('views.saved', { name: view.name }));
      } catch (error) {
        notifyError(error);
      }
    },
    updateActiveView: async () => {
      const active = get().views.find((view) => view.id === get().activeViewId);
      const entity = config.entity;
      if (!active || !entity) return;
      try {
        const view = await invoke('views.save', { id: active.id, entity, name: active.name, state: get().currentViewState() });
        set({ views: sorted(get().views.map((other) => (other.id === view.id ? view : other))) });
        notify(i18next.t('views.saved', { name: view.name }));
      } catch (error) {
        notifyError(error);
      }
    },
    deleteView: async (id) => {
      const view = get().views.find((candidate) => candidate.id === id);
      try {
        await invoke('views.delete', { id });
        set({ views: get().views.filter((other) => other.id !== id), activeViewId: get().activeViewId === id ? null : get().activeViewId });
        if (view) notify(i18next.t('views.deleted', { name: view.name }), 'info');
      } catch (error) {
        notifyError(error);
      }
    },
  };
}
