import { describe, expect, it } from 'vitest';
import {
  boardLimitOf,
  boardMaxCards,
  boardPageSize,
  compareCards,
  nextCardLimit,
  trimmedBoard,
  withCardMoved,
  withKeptCards,
} from '../../../../../src-renderer/screens/Pipeline/board-cards';
import type { Board, BoardColumn, Converted, DealCard, PipelineStage } from '../../../../../src-shared/domain/sales';

const card = (id: string, title: string, expectedClose: string | null, stageId = 'a'): DealCard => ({
  id,
  title,
  stageId,
  companyId: null,
  companyName: null,
  owner: null,
  amountMinor: 100_00,
  currency: 'EUR',
  probability: 10,
  expectedClose,
  nextStep: null,
  stageEnteredAt: null,
});

const stage = (id: string): PipelineStage => ({ id, name: id, position: 0, probability: 10, kind: 'open' });
const money: Converted = { amountMinor: 0, currency: 'EUR', ratesUsed: [], missing: [] };
const column = (id: string, deals: DealCard[], count = deals.length): BoardColumn => ({ stage: stage(id), deals, count, total: money, weighted: money });
const board = (...columns: BoardColumn[]): Board => ({
  pipeline: { id: 'p', name: 'Ventes', position: 0, stages: columns.map((c) => c.stage) },
  columns,
  baseCurrency: 'EUR',
});
const ids = (c: BoardColumn | undefined) => c?.deals.map((deal) => deal.id);

describe('the order of cards in a column', () => {
  it('is the core’s: by close date, undated last, then by title without accents or case, then by id', () => {
    const cards = [
      card('7', 'Zinc', null),
      card('6', 'Atelier', null),
      card('5', 'fours', '2026-03-01'),
      card('4', 'Élan', '2026-03-01'),
      card('3', 'eau', '2026-03-01'),
      card('2', 'Eau', '2026-03-01'),
      card('1', 'Zèbre', '2026-01-15'),
    ];
    expect([...cards].sort(compareCards).map((deal) => deal.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('a card moved on the board', () => {
  it('lands at its place among the cards of its new column, and the counts follow', () => {
    const moved = withCardMoved(
      board(column('a', [card('x', 'Milieu', '2026-02-01')], 3), column('b', [card('b1', 'Avant', '2026-01-01'), card('b2', 'Après', '2026-05-01')], 2)),
      'x',
      'b',
    );
    expect(ids(moved.columns[0])).toEqual([]);
    expect(moved.columns[0]?.count).toBe(2);
    expect(ids(moved.columns[1])).toEqual(['b1', 'x', 'b2']);
    expect(moved.columns[1]?.count).toBe(3);
    expect(moved.columns[1]?.deals[1]?.stageId).toBe('b');
  });

  it('stays in sight after the cards read when it sorts past them in a column not fully read', () => {
    const moved = withCardMoved(board(column('a', [card('x', 'Tard', '2030-01-01')]), column('b', [card('b1', 'Tôt', '2026-01-01')], 500)), 'x', 'b');
    expect(ids(moved.columns[1])).toEqual(['b1', 'x']);
    expect(moved.columns[1]?.count).toBe(501);
  });
});

describe('cards per column', () => {
  it('asks the core for the most any column wants, within its limit, and cuts each column to what it asked for', () => {
    expect(boardLimitOf({})).toBe(boardPageSize);
    const more = nextCardLimit({}, 'b');
    expect(more).toEqual({ b: 2 * boardPageSize });
    expect(boardLimitOf(more)).toBe(2 * boardPageSize);
    let limits = more;
    for (let i = 0; i < 20; i++) limits = nextCardLimit(limits, 'b');
    expect(limits.b).toBe(boardMaxCards);
    expect(boardLimitOf(limits)).toBe(boardMaxCards);

    const many = (stageId: string) => Array.from({ length: 2 * boardPageSize }, (_, i) => card(`${stageId}${i}`, `T${i}`, null, stageId));
    const trimmed = trimmedBoard(board(column('a', many('a'), 1000), column('b', many('b'), 1000)), more);
    expect(trimmed.columns[0]?.deals.length).toBe(boardPageSize);
    expect(trimmed.columns[1]?.deals.length).toBe(2 * boardPageSize);
  });

  it('keeps a moved card that sorts past the cards read, once, and only in a column that has deals not shown', () => {
    const late = card('late', 'Tard', '2030-01-01', 'b');
    const partly = board(column('a', [card('a1', 'A', null)]), column('b', [card('b1', 'B', '2026-01-01')], 40));
    expect(ids(withKeptCards(partly, [late]).columns[1])).toEqual(['b1', 'late']);
    const already = board(column('b', [card('b1', 'B', '2026-01-01'), late], 40));
    expect(ids(withKeptCards(already, [late]).columns[0])).toEqual(['b1', 'late']);
    // A column showing all its deals without it: the deal left it (or the filters), it is not drawn.
    const whole = board(column('b', [card('b1', 'B', '2026-01-01')], 1));
    expect(ids(withKeptCards(whole, [late]).columns[0])).toEqual(['b1']);
  });
});
