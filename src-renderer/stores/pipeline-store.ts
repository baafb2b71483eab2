import { create } from 'zustand';
import type { Board, DealCard, Pipeline } from '../../src-shared/domain/sales';
import { invoke } from '../api/client';
import { dealFiltersInput, emptyDealFilters, type DealFilters } from '../../src-shared/domain/list-query/deal-filters';
import {
  boardLimitOf,
  boardMaxCards,
  cardLimitOf,
  cardOf,
  nextCardLimit,
  showsAll,
  trimmedBoard,
  withCardMoved,
  withKeptCards,
  type CardLimits,
} from '../screens/Pipeline/board-cards';
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
  /** Cards each column asked for ("show more"), by stage id; a new pipeline or filter starts over. */
  cardLimits: CardLimits;
  /** Columns reading more cards, by stage id. */
  loadingMore: ReadonlySet<string>;
  /** Bumped whenever deals may have changed: cards listing deals elsewhere reload on it. */
  dealsVersion: number;
  dealsChanged: () => void;
  load: () => Promise<void>;
  refresh: () => Promise<void>;
  /** One more page of cards in a column, while it has deals not shown and the core reads more. */
  showMore: (stageId: string) => Promise<void>;
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

let request = 0;

/** Deals moved on this board, latest last: kept in sight even when they sort after the cards read. */
let moved: string[] = [];
const movedKept = 20;

/** Where the deals moved on this board are now, for those the trimmed board does not show. */
async function movedCards(full: Board, shown: Board): Promise<DealCard[]> {
  const read = new Map(full.columns.flatMap((column) => column.deals.map((deal) => [deal.id, deal] as const)));
  const onBoard = new Set(shown.columns.flatMap((column) => column.deals.map((deal) => deal.id)));
  const missing = moved.filter((id) => !onBoard.has(id));
  const cards = await Promise.all(
    missing.map(async (id): Promise<DealCard | null> => {
      const card = read.get(id);
      if (card) return card;
      if (full.columns.every(showsAll)) return null;
      try {
        const deal = await invoke('deals.get', { id });
        return deal.deleted || deal.pipelineId !== full.pipeline.id ? null : cardOf(deal);
      } catch {
        return null;
      }
    }),
  );
  const found = cards.filter((card): card is DealCard => card !== null);
  // Deals deleted, gone to another pipeline, or no longer in any column are forgotten.
  const gone = new Set(missing.filter((id) => !found.some((card) => card.id === id)));
  moved = moved.filter((id) => !gone.has(id));
  return found;
}

/** The pipeline screen: which pipeline, board or table, the filters both share, and the board itself. */
export const usePipelineStore = create<PipelineState>()((set, get) => {
  /** A new pipeline or new filters: every column starts again at its first page. */
  const startOver = () => {
    moved = [];
    return { cardLimits: {}, loadingMore: new Set<string>() };
  };
  /** Reads the board (of the first pipeline when none is chosen yet) and shows it, unless a later read was asked for. */
  const showBoard = async (pipelineId: string | null) => {
    const { filters, board, cardLimits } = get();
    const mine = ++request;
    try {
      // One limit for every column (the board's input): the column that asked for the most sets it.
      const full = await invoke('deals.board', {
        ...(pipelineId ? { pipelineId } : {}),
        ...dealFiltersInput(filters, board?.baseCurrency ?? 'EUR'),
        limit: boardLimitOf(cardLimits),
      });
      const shown = trimmedBoard(full, cardLimits);
      const next = withKeptCards(shown, moved.length > 0 ? await movedCards(full, shown) : []);
      if (mine === request) set({ board: next, pipelineId: next.pipeline.id, loadError: null, loadingMore: new Set() });
    } catch (error) {
      if (mine === request) set({ loadError: error, loadingMore: new Set() });
    }
  };
  return {
    pipelines: [],
    pipelineId: null,
    view: storedView(),
    filters: emptyDealFilters(),
    board: null,
    loadError: null,
    saving: new Set(),
    cardLimits: {},
    loadingMore: new Set(),
    dealsVersion: 0,
    dealsChanged: () => set({ dealsVersion: get().dealsVersion + 1 }),
    load: async () => {
      try {
        // The board is read beside the list of pipelines, not after it: without a pipeline chosen
        // yet, the core shows the first one, as the list does.
        const [pipelines] = await Promise.all([invoke('pipelines.list', {}), showBoard(get().pipelineId)]);
        const current = get().pipelineId;
        const known = pipelines.some((pipeline) => pipeline.id === current);
        set({ pipelines, ...(known ? {} : { pipelineId: pipelines[0]?.id ?? null, board: null }) });
        if (!known) await get().refresh();
      } catch (error) {
        set({ loadError: error });
      }
    },
    refresh: async () => {
      const { pipelineId } = get();
      if (pipelineId) await showBoard(pipelineId);
    },
    showMore: async (stageId) => {
      const { board, cardLimits, loadingMore } = get();
      const column = board?.columns.find((candidate) => candidate.stage.id === stageId);
      if (!column || showsAll(column) || loadingMore.has(stageId) || cardLimitOf(cardLimits, stageId) >= boardMaxCards) return;
      set({ cardLimits: nextCardLimit(cardLimits, stageId), loadingMore: new Set([...loadingMore, stageId]) });
      await get().refresh();
    },
    setPipeline: (pipelineId) => {
      set({ pipelineId, board: null, ...startOver() });
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
      set({ filters: { ...get().filters, ...patch }, ...startOver() });
      void get().refresh();
    },
    clearFilters: () => {
      set({ filters: emptyDealFilters(), ...startOver() });
      void get().refresh();
    },
    move: async (dealId, stageId, lostReasonId) => {
      const before = get().board;
      if (!before) return false;
      moved = [...moved.filter((id) => id !== dealId), dealId].slice(-movedKept);
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
  };
});
