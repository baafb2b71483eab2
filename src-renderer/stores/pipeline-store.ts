import { create } from 'zustand';
import type { Board, BoardColumn, DealCard, Pipeline } from '../../src-shared/domain/sales';
import { invoke } from '../api/client';
import { dealFiltersInput, emptyDealFilters, type DealFilters } from '../lib/deal-filters';
import { notifyError } from './notify-error';

export type PipelineView = 'board' | 'table' | 'forecast';

type PipelineState = {
  pipelines: Pipeline[];
  pipelineId: string | null;
  view: PipelineView;
  filters: DealFilters;
  board: Board | null;
  loadError: unknown;
  /** Deals being saved after a move: their cards show it. */
  saving: ReadonlySet<string>;
  /** Bumped whenever deals may have changed: cards listing deals elsewhere reload on it. */
  dealsVersion: number;
  dealsChanged: () => void;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  setPipeline: (id: string) => void;
  setView: (view: PipelineView) => void;
  setFilters: (patch: Partial<DealFilters>) => void;
  clearFilters: () => void;
  /** Moves a card at once, saves, then shows the totals the core computed. False when refused. */
  move: (dealId: string, stageId: string, lostReasonId?: string | null) => Promise<boolean>;
};

const viewKey = 'crm.pipeline.view';

function storedView(): PipelineView {
  try {
    if (typeof localStorage === 'undefined') return 'board';
    return (['table', 'forecast'] as const).find((view) => view === localStorage.getItem(viewKey)) ?? 'board';
  } catch {
    return 'board';
  }
}

/** The board with one card moved to the top of another column (counts follow; amounts wait for the core). */
function withCardMoved(board: Board, dealId: string, stageId: string): Board {
  let moved: DealCard | undefined;
  const columns: BoardColumn[] = board.columns.map((column) => {
    const card = column.deals.find((deal) => deal.id === dealId);
    if (!card) return column;
    moved = { ...card, stageId };
    return { ...column, deals: column.deals.filter((deal) => deal.id !== dealId), count: column.count - 1 };
  });
  if (!moved) return board;
  const card = moved;
  return { ...board, columns: columns.map((column) => (column.stage.id === stageId ? { ...column, deals: [card, ...column.deals], count: column.count + 1 } : column)) };
}

let request = 0;

/** The pipeline screen: which pipeline, board or table, the filters both share, and the board itself. */
export const usePipelineStore = create<PipelineState>()((set, get) => ({
  pipelines: [],
  pipelineId: null,
  view: storedView(),
  filters: emptyDealFilters(),
  board: null,
  loadError: null,
  saving: new Set(),
  dealsVersion: 0,
  dealsChanged: () => set({ dealsVersion: get().dealsVersion + 1 }),
  load: async () => {
    try {
      const pipelines = await invoke('pipelines.list', {});
      const current = get().pipelineId;
      set({ pipelines, pipelineId: pipelines.some((pipeline) => pipeline.id === current) ? current : (pipelines[0]?.id ?? null) });
      await get().refresh();
    } catch (error) {
      set({ loadError: error });
    }
  },
  refresh: async () => {
    const { pipelineId, filters, board } = get();
    if (!pipelineId) return;
    const mine = ++request;
    try {
      const next = await invoke('deals.board', { pipelineId, ...dealFiltersInput(filters, board?.baseCurrency ?? 'EUR') });
      if (mine === request) set({ board: next, loadError: null });
    } catch (error) {
      if (mine === request) set({ loadError: error });
    }
  },
  setPipeline: (pipelineId) => {
    set({ pipelineId, board: null });
    void get().refresh();
  },
  setView: (view) => {
    set({ view });
    try {
      localStorage.setItem(viewKey, view);
    } catch {
      // The choice is a convenience: without storage it lasts until the app closes.
    }
  },
  setFilters: (patch) => {
    set({ filters: { ...get().filters, ...patch } });
    void get().refresh();
  },
  clearFilters: () => {
    set({ filters: emptyDealFilters() });
    void get().refresh();
  },
  move: async (dealId, stageId, lostReasonId) => {
    const before = get().board;
    if (!before) return false;
    set({ board: withCardMoved(before, dealId, stageId), saving: new Set([...get().saving, dealId]) });
    try {
      await invoke('deals.move', { id: dealId, stageId, ...(lostReasonId ? { lostReasonId } : {}) });
      await get().refresh();
      return true;
    } catch (error) {
      notifyError(error);
      await get().refresh();
      return false;
    } finally {
      const saving = new Set(get().saving);
      saving.delete(dealId);
      set({ saving });
    }
  },
}));
