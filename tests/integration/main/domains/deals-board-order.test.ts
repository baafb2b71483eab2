import { afterEach, beforeEach, expect, it } from 'vitest';
import { compareCards } from '../../../../src-renderer/screens/Pipeline/board-cards';
import { call, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

it('the board places a moved card where the core will list it: the renderer’s order is the core’s', async () => {
  const deals: [string, string | null][] = [
    ['Zèbre', '2026-01-15'],
    ['eau', '2026-03-01'],
    ['Eau', '2026-03-01'],
    ['Élan', '2026-03-01'],
    ['fours', '2026-03-01'],
    ['Œuvre', '2026-03-01'],
    ['  Double   espace', '2026-03-01'],
    ['Atelier', null],
    ['zinc', null],
    ['Ångström', null],
  ];
  for (const [title, expectedClose] of deals) await call(core, 'deals.create', { title, expectedClose });
  const board = await call(core, 'deals.board', {});
  const cards = board.columns[0]?.deals ?? [];
  expect(cards).toHaveLength(deals.length);
  expect([...cards].sort(compareCards).map((card) => card.title)).toEqual(cards.map((card) => card.title));
});
