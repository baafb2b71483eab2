import type { Board, BoardColumn, DealCard, DealDetail } from '../../../src-shared/domain/sales';
import { foldText } from '../../../src-shared/domain/text';

/** Cards a column shows at first, and how many more each "show more" adds. */
export const boardPageSize = 200;
/** The most cards the core reads for one column (deals.board's own limit). */
export const boardMaxCards = 2_000;

/** Cards each column asked for, by stage id; a column not listed shows one page. */
export type CardLimits = Readonly<Record<string, number>>;

export const cardLimitOf = (limits: CardLimits, stageId: string): number => limits[stageId] ?? boardPageSize;

/** What the board asks the core for: enough cards for the column that wants the most. */
export const boardLimitOf = (limits: CardLimits): number => Math.min(boardMaxCards, Math.max(boardPageSize, ...Object.values(limits)));

/** One more page for a column, up to what the core reads. */
export const nextCardLimit = (limits: CardLimits, stageId: string): CardLimits => ({
  ...limits,
  [stageId]: Math.min(boardMaxCards, cardLimitOf(limits, stageId) + boardPageSize),
});

/** The core's order within a column: by close date, undated last, then by folded title, then id. */
export function compareCards(a: DealCard, b: DealCard): number {
  if (a.expectedClose !== b.expectedClose) {
    if (a.expectedClose === null) return 1;
    if (b.expectedClose === null) return -1;
    return a.expectedClose < b.expectedClose ? -1 : 1;
  }
  const titleA = foldText(a.title);
  const titleB = foldText(b.title);
  if (titleA !== titleB) return titleA < titleB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True when every deal of the column is among its cards. */
export const showsAll = (column: BoardColumn): boolean => column.deals.length >= column.count;

/**
 * A column with one more card, where the core will put it: among the loaded cards when it sorts
 * before the last of them (or the column shows every deal), else right after them — a card
 * just moved stays in sight instead of vanishing into the part not read yet.
 */
export function withCardInOrder(column: BoardColumn, card: DealCard): BoardColumn {
  const deals = column.deals.filter((deal) => deal.id !== card.id);
  const at = deals.findIndex((deal) => compareCards(card, deal) < 0);
  return { ...column, deals: at === -1 ? [...deals, card] : [...deals.slice(0, at), card, ...deals.slice(at)] };
}

/** The board with one card moved to another column at its place (counts follow; amounts wait for the core). */
export function withCardMoved(board: Board, dealId: string, stageId: string): Board {
  const moved = board.columns.flatMap((column) => column.deals).find((deal) => deal.id === dealId);
  if (!moved) return board;
  const card: DealCard = { ...moved, stageId };
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.deals.some((deal) => deal.id === dealId);
      const left = had ? { ...column, deals: column.deals.filter((deal) => deal.id !== dealId), count: column.count - 1 } : column;
      return column.stage.id === stageId ? { ...withCardInOrder(left, card), count: left.count + 1 } : left;
    }),
  };
}

/** Each column cut to the cards it asked for (the core read as many for every column). */
export function trimmedBoard(board: Board, limits: CardLimits): Board {
  return { ...board, columns: board.columns.map((column) => ({ ...column, deals: column.deals.slice(0, cardLimitOf(limits, column.stage.id)) })) };
}

/** A card as the board shows it, from a deal's page. */
export function cardOf(deal: DealDetail): DealCard {
  return {
    id: deal.id,
    title: deal.title,
    stageId: deal.stageId,
    companyId: deal.companyId,
    companyName: deal.companyName,
    owner: deal.owner,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    probability: deal.probability,
    expectedClose: deal.expectedClose,
    nextStep: deal.nextStep,
    stageEnteredAt: deal.stageEnteredAt,
  };
}

/**
 * Cards moved on this board that sort after the cards a column shows: each stays in sight,
 * after the loaded cards, as long as it is in that column (`kept` has what the core says now).
 */
export function withKeptCards(board: Board, kept: readonly DealCard[]): Board {
  if (kept.length === 0) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      const mine = kept.filter((card) => card.stageId === column.stage.id && !column.deals.some((deal) => deal.id === card.id));
      if (mine.length === 0 || showsAll(column)) return column;
      return mine.reduce(withCardInOrder, column);
    }),
  };
}
