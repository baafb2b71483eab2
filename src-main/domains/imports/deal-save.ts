import { v7 as uuidv7 } from 'uuid';
import type { StageKind } from '../../../src-shared/domain/sales';
import { correctedNow, type Core } from '../../core/core';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { setDealContact } from '../deals/service';
import { findStage } from '../pipelines/queries';
import type { BatchRecorder } from './batch-records';
import { insertNewRecords } from './bulk-insert';
import { DEAL_CONTACT } from './deal-display';
import type { CompanyRef, ImportPlan, PlannedCreate } from './plan-types';

/** What saving deals needs from the import's transaction (run.ts). */
export type DealSaving = {
  tx: WriteTx;
  recorder: BatchRecorder;
  /** The id of a company the row names: an existing one, or one this import has just created. */
  companyIdOf: (ref: CompanyRef | null) => string | null;
  report: (done: number) => void;
};

/** Records between two progress reports of the updates. */
const PROGRESS_EVERY = 1_000;

/**
 * Writes a checked plan of deals in the import's transaction, with what the deal form writes
 * (deals/service.ts): each new deal with its stage entered now (closed now when the stage is won
 * or lost) and its stage entry, its contact as a deal_contacts row; an update that moves a deal
 * to another stage enters that stage the same way. Every row goes through the write path (change
 * log, sync); the deals are recorded in the batch, so that undo deletes the new ones and puts
 * the updated fields back.
 */
export function saveDeals(saving: DealSaving, plan: ImportPlan, core: Core): void {
  const { tx, recorder } = saving;
  const at = new Date(correctedNow(core)).toISOString();
  const kinds = new Map<string, StageKind>();
  const kindOf = (stageId: string): StageKind => {
    let kind = kinds.get(stageId);
    if (!kind) {
      kind = findStage(tx.db, stageId)?.kind ?? 'open';
      kinds.set(stageId, kind);
    }
    return kind;
  };

  const creates: (PlannedCreate | null)[] = plan.creates;
  const stageIds: string[] = [];
  const contactIds: (string | null)[] = [];
  const entries: Row[] = [];
  const links: [string, string][] = [];
  insertNewRecords(
    tx,
    'deals',
    {
      count: creates.length,
      at: (index) => {
        const planned = creates[index] as PlannedCreate;
        const { [DEAL_CONTACT]: contactId, ...row } = JSON.parse(planned.columns) as Row;
        const stageId = String(row.stage_id);
        stageIds[index] = stageId;
        contactIds[index] = typeof contactId === 'string' ? contactId : null;
        const companyId = saving.companyIdOf(planned.company);
        return { ...row, ...(companyId ? { company_id: companyId } : {}), stage_entered_at: at, closed_at: kindOf(stageId) === 'open' ? null : at };
      },
      inserted: (index, id) => {
        recorder.created(plan.entity, id);
        entries.push({ deal_id: id, stage_id: stageIds[index] as string, entered_at: at, user_id: core.userId });
        const contactId = contactIds[index];
        if (contactId) links.push([id, contactId]);
        creates[index] = null;
      },
    },
    saving.report,
  );
  insertNewRecords(tx, 'deal_stage_entries', { count: entries.length, at: (index) => entries[index] as Row }, () => undefined);
  for (const [dealId, contactId] of links) setDealContact(tx, dealId, contactId, null);

  let done = creates.length;
  for (const update of plan.updates) {
    const { [DEAL_CONTACT]: contactId, ...patch } = update.patch;
    const companyId = saving.companyIdOf(update.company);
    if (companyId) patch.company_id = companyId;
    if (typeof patch.stage_id === 'string') {
      insertRecord(tx, 'deal_stage_entries', uuidv7(), { deal_id: update.id, stage_id: patch.stage_id, entered_at: at, user_id: core.userId });
      Object.assign(patch, { stage_entered_at: at, closed_at: kindOf(patch.stage_id) === 'open' ? null : at });
    }
    const current = prepared(tx.db, 'SELECT * FROM deals WHERE id = ?').get(update.id) as Row;
    const before: Row = { ...update.before };
    for (const column of Object.keys(patch)) if (!(column in before)) before[column] = current[column] ?? null;
    if (Object.keys(patch).length > 0) {
      updateRecord(tx, 'deals', update.id, patch);
      recorder.updated(plan.entity, update.id, before, patch);
    }
    if (typeof contactId === 'string') setDealContact(tx, update.id, contactId, null);
    done += 1;
    if (done % PROGRESS_EVERY === 0) saving.report(done);
  }
}
