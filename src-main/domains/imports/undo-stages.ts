import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';

/** What a deal's stage move writes on the deal besides the stage: taken back, or kept, with it. */
const STAGE_COLUMNS = ['stage_id', 'stage_entered_at', 'closed_at'];

type BatchRecord = { entity: string; record_id: string; action: 'created' | 'updated' };

/**
 * The stage moves of an import that its undo leaves standing: deals it moved that entered a
 * stage again since (moved by a user here, or on another device and synced). Their stage
 * history is real, so the import's stage entry stays and the deal stays where it is now.
 * `entries`: those stage entries of the import; `deals`: their deals.
 */
export type StandingMoves = { entries: ReadonlySet<string>; deals: ReadonlySet<string> };

export function standingStageMoves(db: ReadDb, records: readonly BatchRecord[]): StandingMoves {
  const entries = new Set<string>();
  const deals = new Set<string>();
  const movedSince = prepared(
    db,
    `SELECT later.deal_id FROM deal_stage_entries mine
       JOIN deal_stage_entries later ON later.deal_id = mine.deal_id AND later.id <> mine.id AND later.deleted = 0 AND later.entered_at >= mine.entered_at
      WHERE mine.id = ? AND mine.deleted = 0 LIMIT 1`,
  ).pluck();
  for (const record of records) {
    if (record.entity !== 'deal_stage_entry' || record.action !== 'created') continue;
    const dealId = movedSince.get(record.record_id);
    if (typeof dealId !== 'string') continue;
    entries.add(record.record_id);
    deals.add(dealId);
  }
  return { entries, deals };
}

/** An import's update of a deal without its stage columns, and whether it had any. */
export function withoutStage(after: Row): { rest: Row; hadStage: boolean } {
  const rest: Row = { ...after };
  let hadStage = false;
  for (const column of STAGE_COLUMNS) {
    if (column in rest) hadStage = true;
    delete rest[column];
  }
  return { rest, hadStage };
}
