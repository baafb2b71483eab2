import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Core } from '../../../src-main/core/core';
import { createRng, type Rng } from '../../../src-main/jobs/seed/rng';
import type { PipelineStage } from '../../../src-shared/domain/sales';
import type { Metrics } from '../suite';
import { median, percentile, round, timed, timedAsync } from '../stats';
import { call } from './call';
import { boardInput, salesRefs } from './sales-board';

type Move = { id: string; stageId: string; lostReasonId?: string };

/** Where a salesperson drags a card: mostly one stage on, sometimes back, to won, or to lost (with a reason). */
function nextMove(rng: Rng, deal: { id: string; stage_id: string }, stages: PipelineStage[], lostReasonId: string | undefined): Move {
  const open = stages.filter((stage) => stage.kind === 'open');
  const at = open.findIndex((stage) => stage.id === deal.stage_id);
  const roll = rng.next();
  const won = stages.find((stage) => stage.kind === 'won');
  const lost = stages.find((stage) => stage.kind === 'lost');
  if (roll < 0.15 && won) return { id: deal.id, stageId: won.id };
  if (roll < 0.27 && lost) return { id: deal.id, stageId: lost.id, ...(lostReasonId ? { lostReasonId } : {}) };
  const step = at === open.length - 1 || (at > 0 && roll > 0.85) ? -1 : 1;
  const target = open[at + step] ?? won;
  if (!target) throw new Error('the default pipeline has a single stage: nowhere to move a deal');
  return { id: deal.id, stageId: target.id };
}

/**
 * The floor of a move in the same run: the same two writes (the deal's stage, a stage history
 * row) in one transaction with the app's pragmas, on a plain copy of the deals in another file —
 * no change log, no field versions, no read back.
 */
function rawMoveCeiling(core: Core, workDir: string, moves: readonly Move[]): number[] {
  const file = join(workDir, 'raw-move.sqlite');
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  };
  remove();
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const schema = core.db
      .prepare("SELECT sql FROM sqlite_master WHERE tbl_name IN ('deals', 'deal_stage_entries') AND sql IS NOT NULL ORDER BY type DESC")
      .pluck()
      .all() as string[];
    for (const sql of schema) db.exec(sql);
    db.exec(`ATTACH DATABASE '${core.paths.databaseFile.replaceAll("'", "''")}' AS seeded`);
    db.exec('INSERT INTO deals SELECT * FROM seeded.deals; DETACH DATABASE seeded');
    const update = db.prepare('UPDATE deals SET stage_id = ?, stage_entered_at = ?, closed_at = NULL, updated_at = ? WHERE id = ?');
    const entry = db.prepare(
      "INSERT INTO deal_stage_entries (id, created_at, updated_at, deleted, deal_id, stage_id, entered_at, user_id) VALUES (?, ?, ?, 0, ?, ?, ?, 'bench')",
    );
    const move = db.transaction((item: Move, index: number) => {
      const at = new Date().toISOString();
      update.run(item.stageId, at, at, item.id);
      entry.run(`raw-${index}`, at, at, item.id, item.stageId, at);
    });
    return moves.map((item, index) => timed(() => move(item, index)).ms);
  } finally {
    db.close();
    remove();
  }
}

/**
 * `deals.move` on open deals of the `large` board through the handlers (the deal's stage and
 * lost reason, its stage history row, change capture, the deal read back), then the board asked
 * again as the pipeline screen does after a drop: `deal_move_ms` is from the drop until saved
 * and the totals updated; `deal_move_save_ms` the move alone.
 */
export async function measureMoves(core: Core, samples: number, workDir: string): Promise<Metrics> {
  const rng = createRng(11);
  const { pipelineId } = salesRefs(core);
  const pipeline = (await call(core, 'pipelines.list', {})).find((candidate) => candidate.id === pipelineId);
  if (!pipeline) throw new Error('the default pipeline is missing from the seeded data');
  const lostReasonId = (await call(core, 'lostReasons.list', {}))[0]?.id;
  const open = core.db
    .prepare(
      `SELECT d.id, d.stage_id FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
        WHERE d.deleted = 0 AND d.pipeline_id = ? AND s.kind = 'open' ORDER BY d.rowid`,
    )
    .all(pipelineId) as { id: string; stage_id: string }[];
  if (open.length < samples + 10) throw new Error(`only ${open.length} open deals to move`);
  const picked = new Set<number>();
  while (picked.size < samples + 10) picked.add(rng.int(open.length));
  const moves = [...picked].map((index) => nextMove(rng, open[index] as { id: string; stage_id: string }, pipeline.stages, lostReasonId));
  const board = boardInput(core);
  const saves: number[] = [];
  const drops: number[] = [];
  for (const [index, move] of moves.entries()) {
    const saved = await timedAsync(() => call(core, 'deals.move', move));
    const refreshed = await timedAsync(() => call(core, 'deals.board', board));
    if (saved.value.stageId !== move.stageId) throw new Error(`deal ${move.id} did not move`);
    if (index < 10) continue; // warm-up
    saves.push(saved.ms);
    drops.push(saved.ms + refreshed.ms);
  }
  const raw = rawMoveCeiling(core, workDir, moves.slice(10));
  return {
    deal_move_ms: round(median(drops), 1),
    deal_move_p95_ms: round(percentile(drops, 95), 1),
    deal_move_save_ms: round(median(saves), 2),
    deal_move_save_p95_ms: round(percentile(saves, 95), 2),
    deal_move_samples: drops.length,
    raw_move_ms: round(median(raw), 3),
    deal_move_save_vs_raw_ratio: round(median(saves) / Math.max(0.001, median(raw)), 1),
  };
}
