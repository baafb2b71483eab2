import type { ApiInput } from '../../../src-shared/contract/api';
import type { Core } from '../../../src-main/core/core';
import { DEFAULT_PIPELINE_ID } from '../../../src-main/domains/pipelines/defaults';
import type { Metrics } from '../suite';
import { median, percentile, round, timed, timedAsync } from '../stats';
import { call, sampleCalls } from './call';

type BoardInput = ApiInput<'deals.board'>;

/** A tag id by name, the first user other than the local one: what the filter bar offers. */
export function salesRefs(core: Core): { tag: (name: string) => string; rep: string; pipelineId: string } {
  const tag = (name: string) => core.db.prepare('SELECT id FROM tags WHERE name = ? AND deleted = 0').pluck().get(name) as string;
  const rep = core.db.prepare('SELECT id FROM users WHERE id <> ? AND deleted = 0 ORDER BY email LIMIT 1').pluck().get(core.userId) as string;
  return { tag, rep, pipelineId: DEFAULT_PIPELINE_ID };
}

/** The board as the pipeline screen asks for it (no filter: cards per column at the default limit, totals of every deal). */
export const boardInput = (core: Core): BoardInput => ({ pipelineId: salesRefs(core).pipelineId });

/** The filters of the filter bar, one at a time and combined. */
function filteredInputs(core: Core, today: string): BoardInput[] {
  const { tag, rep, pipelineId } = salesRefs(core);
  const year = today.slice(0, 4);
  return [
    { pipelineId, ownerIds: [rep] },
    { pipelineId, tagIds: [tag('À relancer')] },
    { pipelineId, closeFrom: `${year}-01-01`, closeTo: `${year}-12-31` },
    { pipelineId, minAmountMinor: 1_000_000 },
    { pipelineId, ownerIds: [core.userId], minAmountMinor: 500_000, closeFrom: `${Number(year) - 1}-01-01` },
  ];
}

/**
 * The ceiling of a board in the same run: what it reads, with nothing around it — the totals
 * per stage and currency, and the first 200 cards of each stage read bare (no company names, no
 * conversion, no owners).
 */
function rawBoard(core: Core, pipelineId: string): () => void {
  const totals = core.db.prepare(
    'SELECT stage_id, currency, count(*), sum(amount_minor) FROM deals WHERE deleted = 0 AND pipeline_id = ? GROUP BY stage_id, currency',
  );
  const stages = core.db.prepare('SELECT id FROM pipeline_stages WHERE pipeline_id = ? AND deleted = 0').pluck().all(pipelineId) as string[];
  const cards = core.db.prepare('SELECT * FROM deals WHERE deleted = 0 AND pipeline_id = ? AND stage_id = ? ORDER BY expected_close LIMIT 200');
  return () => {
    totals.all(pipelineId);
    for (const stage of stages) cards.all(pipelineId, stage);
  };
}

/**
 * `deals.board` of the default pipeline on the seeded deals, through the handlers: the first
 * call on the opened database, then the median and p95 of repeated opens; with each filter of the
 * filter bar; beside the raw read of the same data.
 */
export async function measureBoard(core: Core, runs: number, today: string): Promise<Metrics> {
  const input = boardInput(core);
  const first = await timedAsync(() => call(core, 'deals.board', input));
  const board = first.value;
  const dealsOnBoard = board.columns.reduce((sum, column) => sum + column.count, 0);
  const opens = await sampleCalls(runs, () => call(core, 'deals.board', input));
  const filters = filteredInputs(core, today);
  const filtered = await sampleCalls(runs, (i) => call(core, 'deals.board', filters[Math.abs(i) % filters.length] as BoardInput));
  const raw = rawBoard(core, input.pipelineId ?? '');
  const rawSamples = Array.from({ length: runs }, () => timed(raw).ms);
  const open = median(opens);
  return {
    board_deals: dealsOnBoard,
    board_cards: board.columns.reduce((sum, column) => sum + column.deals.length, 0),
    board_open_first_ms: round(first.ms, 1),
    board_open_ms: round(open, 1),
    board_open_p95_ms: round(percentile(opens, 95), 1),
    board_filtered_ms: round(median(filtered), 1),
    board_filtered_p95_ms: round(percentile(filtered, 95), 1),
    raw_board_ms: round(median(rawSamples), 1),
    board_vs_raw_ratio: round(open / Math.max(0.001, median(rawSamples)), 2),
  };
}
