import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Page } from '../../src-shared/domain/records';
import { normaliseColumnState, type ColumnState } from '../lib/column-state';
import { queryKey } from '../../src-shared/domain/list-query/list-filters';
import { evictFarPages, loadedRowsBetween, missingPages, pageSpan, rowAt, withPage, type Pages, type PageSpan } from '../lib/page-cache';
import { createViewActions, type ViewActions, type ViewSlice } from './list-views';

export type PageRequest = { offset: number; limit: number; withTotal: boolean };

export type ListConfig<Row extends { id: string }, F, S> = {
  /** Whose saved views the list offers; null: none. */
  entity: 'contact' | 'company' | 'deal' | null;
  pageSize: number;
  emptyFilters: () => F;
  defaultSort: S;
  fetchPage: (filters: F, sort: S, page: PageRequest) => Promise<Page<Row>>;
  allColumns: readonly string[];
  defaultHidden: readonly string[];
  readFilters: (value: Record<string, unknown>) => F;
  readSort: (value: { field: string; dir: 'asc' | 'desc' }) => S;
  storageKey: string;
};

export type ListState<Row extends { id: string }, F, S> = ViewSlice &
  ViewActions & {
    filters: F;
    sort: S;
    columns: ColumnState;
    /** Changes whenever filters or sort change: the table scrolls back to the top. */
    queryKey: string;
    total: number | null;
    pages: Pages<Row>;
    /** Rows of the previous fetch, shown while a refresh is on its way (no flicker). */
    stale: Pages<Row>;
    loadError: unknown;
    span: PageSpan;
    focusedIndex: number;
    /** Where the table was scrolled when the screen was left, to come back to the same rows. */
    scrollOffset: number;
    selected: ReadonlySet<string>;
    anchorIndex: number | null;
    setFilters: (patch: Partial<F>) => void;
    clearFilters: () => void;
    setSort: (sort: S) => void;
    setColumns: (columns: ColumnState) => void;
    showRange: (start: number, end: number) => void;
    /** Fetches fresh rows now if the list is on screen, else when it is shown next. */
    refresh: () => void;
    /** The list screen is shown; returns the function to call when it is not any more. */
    attach: () => () => void;
    focusRow: (index: number) => void;
    rememberScroll: (offset: number) => void;
    toggleSelected: (id: string, index: number, extend: boolean) => void;
    selectLoaded: () => void;
    clearSelection: () => void;
  };

export type ListStore<Row extends { id: string }, F, S> = UseBoundStore<StoreApi<ListState<Row, F, S>>>;

const maxInFlight = 4;
/** Pages kept beyond those on screen, on each side (memory stays bounded while scrolling). */
const keepPages = 6;
/**
 * Pages fetched ahead of the screen in the direction of scrolling: rows are in memory before
 * they come into view, so a brisk scroll draws a few new rows per frame instead of a whole
 * page of placeholders being replaced at once.
 */
const readAhead = 2;

/** Column choices are a preference of this machine (localStorage, absent outside a browser). */
function preferences(): Pick<Storage, 'getItem' | 'setItem'> | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

function storedColumns(config: { storageKey: string; allColumns: readonly string[]; defaultHidden: readonly string[] }): ColumnState {
  const fallback = { order: [...config.allColumns], hidden: [...config.defaultHidden] };
  try {
    const raw = preferences()?.getItem(config.storageKey);
    const parsed = raw ? (JSON.parse(raw) as ColumnState) : null;
    if (parsed && Array.isArray(parsed.order) && Array.isArray(parsed.hidden)) {
      return normaliseColumnState(parsed, config.allColumns, config.defaultHidden);
    }
  } catch {
    // A damaged preference falls back to the default columns.
  }
  return fallback;
}

/**
 * A list screen's state: filters, sort and columns, and a page cache of rows fetched from the
 * core around the visible window. Only the count query scans; pages are small indexed reads.
 */
export function createListStore<Row extends { id: string }, F, S>(config: ListConfig<Row, F, S>): ListStore<Row, F, S> {
  let generation = 0;
  let needTotal = true;
  const inFlight = new Set<number>();
  let shown = 0;
  let dirty = false;
  let lastStart = 0;
  /** The pages on screen plus those read ahead, in the order they are wanted. */
  let wanted: number[] = [];

  return create<ListState<Row, F, S>>()((set, get) => {
    function pump(): void {
      const state = get();
      if (state.loadError) return;
      const onScreen = missingPages(state.span, state.pages, inFlight);
      const ahead = wanted.filter((page) => !state.pages.has(page) && !inFlight.has(page) && !onScreen.includes(page));
      for (const page of [...onScreen, ...ahead]) {
        if (inFlight.size >= maxInFlight) break;
        void fetchPage(page);
      }
    }

    async function fetchPage(page: number): Promise<void> {
      const started = generation;
      const withTotal = needTotal;
      needTotal = false;
      inFlight.add(page);
      const { filters, sort } = get();
      try {
        const result = await config.fetchPage(filters, sort, { offset: page * config.pageSize, limit: config.pageSize, withTotal });
        if (started !== generation) return;
        set((state) => {
          const stale = new Map(state.stale);
          stale.delete(page);
          if (withTotal) for (const key of stale.keys()) if (key < state.span.first || key > state.span.last) stale.delete(key);
          return {
            pages: evictFarPages(withPage(state.pages, page, result.rows), state.span, keepPages),
            stale,
            total: result.total ?? state.total,
          };
        });
      } catch (error) {
        if (started !== generation) return;
        if (withTotal) needTotal = true;
        set({ loadError: error });
      } finally {
        if (started === generation) {
          inFlight.delete(page);
          pump();
        }
      }
    }

    /** Starts over: a new query (filters/sort) or fresh data (refresh). */
    function restart(patch: Partial<ListState<Row, F, S>>, keepRows: boolean): void {
      generation += 1;
      inFlight.clear();
      needTotal = true;
      const { pages, stale } = get();
      set({
        ...patch,
        pages: new Map(),
        stale: keepRows ? new Map([...stale, ...pages]) : new Map(),
        loadError: null,
      });
      pump();
    }

    function newQuery(patch: Partial<ListState<Row, F, S>>): void {
      lastStart = 0;
      wanted = [];
      const state = { ...get(), ...patch };
      restart(
        {
          ...patch,
          queryKey: queryKey(state.filters, state.sort),
          total: null,
          span: { first: 0, last: 0 },
          focusedIndex: -1,
          scrollOffset: 0,
          selected: new Set(),
          anchorIndex: null,
        },
        false,
      );
    }

    const filters = config.emptyFilters();
    return {
      filters,
      sort: config.defaultSort,
      columns: storedColumns(config),
      queryKey: queryKey(filters, config.defaultSort),
      total: null,
      pages: new Map(),
      stale: new Map(),
      loadError: null,
      span: { first: 0, last: 0 },
      focusedIndex: -1,
      scrollOffset: 0,
      selected: new Set(),
      anchorIndex: null,
      views: [],
      activeViewId: null,
      ...createViewActions(config, get, (patch) => {
        const { columns, ...query } = patch;
        if (columns) get().setColumns(columns);
        if (query.filters !== undefined || query.sort !== undefined) newQuery(query as Partial<ListState<Row, F, S>>);
        else set(query as Partial<ListState<Row, F, S>>);
      }, set),
      setFilters: (patch) => newQuery({ filters: { ...get().filters, ...patch } }),
      clearFilters: () => newQuery({ filters: config.emptyFilters() }),
      setSort: (sort) => newQuery({ sort }),
      setColumns: (columns) => {
        preferences()?.setItem(config.storageKey, JSON.stringify(columns));
        set({ columns });
      },
      showRange: (start, end) => {
        const total = get().total;
        const span = pageSpan(start, end, config.pageSize, 0, total);
        const lastPage = total === null ? span.last : Math.max(0, Math.ceil(total / config.pageSize) - 1);
        const upwards = start < lastStart;
        lastStart = start;
        wanted = [];
        for (let step = 1; step <= readAhead; step++) {
          const page = upwards ? span.first - step : span.last + step;
          if (page >= 0 && page <= lastPage) wanted.push(page);
        }
        const current = get().span;
        if (span.first !== current.first || span.last !== current.last) {
          set((state) => ({ span, pages: evictFarPages(state.pages, span, keepPages) }));
        }
        pump();
      },
      refresh: () => {
        if (shown === 0) {
          dirty = true;
          return;
        }
        dirty = false;
        restart({}, true);
      },
      attach: () => {
        shown += 1;
        if (dirty) get().refresh();
        return () => {
          shown -= 1;
        };
      },
      focusRow: (index) => {
        const total = get().total ?? 0;
        if (total === 0) return;
        set({ focusedIndex: Math.max(0, Math.min(total - 1, index)) });
      },
      rememberScroll: (offset) => set({ scrollOffset: offset }),
      toggleSelected: (id, index, extend) => {
        const { selected, anchorIndex, pages, stale } = get();
        const next = new Set(selected);
        if (extend && anchorIndex !== null) {
          const merged = new Map([...stale, ...pages]);
          for (const row of loadedRowsBetween(anchorIndex, index, config.pageSize, merged)) next.add(row.id);
        } else if (next.has(id)) {
          next.delete(id);
        } else {
          next.add(id);
        }
        set({ selected: next, anchorIndex: index });
      },
      selectLoaded: () => {
        const { pages } = get();
        const next = new Set<string>();
        for (const rows of pages.values()) for (const row of rows) next.add(row.id);
        set({ selected: next });
      },
      clearSelection: () => set({ selected: new Set(), anchorIndex: null }),
    };
  });
}

/** The row shown at a list index (fresh or, while refreshing, the previous one). */
export function listRowAt<Row extends { id: string }>(
  state: { pages: Pages<Row>; stale: Pages<Row> },
  index: number,
  pageSize: number,
): Row | undefined {
  return rowAt(index, pageSize, state.pages, state.stale);
}
