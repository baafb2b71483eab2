import { v7 as uuidv7 } from 'uuid';
import type { StageKind } from '../../../src-shared/domain/sales';
import { correctedNow, type Core } from '../../core/core';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { setDealContact } from '../deals/service';
import { findStage } from '../pipelines/queries';
import type { BatchRecorder } from './batch-records';
import { insertNewRecords, type DerivedLater } from './bulk-insert';
import { DEAL_CONTACT } from './deal-display';
import type { CompanyRef, ImportPlan, PlannedCreate } from './plan-types';
import { changedColumns } from './rules-common';

/** What saving deals needs from the import's transaction (run.ts). */
export type DealSaving = {
  tx: WriteTx;
  recorder: BatchRecorder;
  /** The id of a company the row names: an existing one, or one this import has just created. */
  companyIdOf: (ref: CompanyRef | null) => string | null;
  report: (done: number) => void;
  /** A large import's: the new deals' search documents are made after its commit (see run.ts). */
  derivedLater?: DerivedLater;
};

/** Records between two progress reports of the updates. */
const PROGRESS_EVERY = 1_000;

/** Links the contact a row names to a deal it updates, recorded for undo: a new link is removed, one linked again put back as it was. */
function linkContact({ tx, recorder }: DealSaving, dealId: string, contactId: string): void {
  const role = null;
  const { id, before } = setDealContact(tx, dealId, contactId, role);
  if (!before) return recorder.created('deal_contact', id);
  const changed = changedColumns(before, { role, deleted: 0 });
  if (Object.keys(changed.after).length > 0) recorder.updated('deal_contact', id, changed.before, changed.after);
}

/**
 * Writes a checked plan of deals in the import's transaction, with what the deal form writes
 * (deals/service.ts): each new deal with its stage entered now (closed now when the stage is won
 * or lost) and its stage entry, its contact as a deal_contacts row; an update that moves a deal
 * to another stage enters that stage the same way. Every row goes through the write path (change
 * log, sync); the deals are recorded in the batch, so that undo deletes the new ones and puts
 * the updated fields back. What an update writes beside a deal is recorded too (its stage entry,
 * its contact linked or linked again), so that undo takes it back; a new deal's own stage entry
 * and contact are not: undo deletes the deal, and they stay with it as when the user deletes a
 * deal (restored with it from the trash).
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
    saving.derivedLater,
  );
  insertNewRecords(tx, 'deal_stage_entries', { count: entries.length, at: (index) => entries[index] as Row }, () => undefined);
  for (const [dealId, contactId] of links) setDealContact(tx, dealId, contactId, null);

  let done = creates.length;
  for (const update of plan.updates) {
    const { [DEAL_CONTACT]: contactId, ...patch } = update.patch;
    const companyId = saving.companyIdOf(update.company);
    if (companyId) patch.company_id = companyId;
    if (typeof patch.stage_id === 'string') {
      const entryId = uuidv7();
      insertRecord(tx, 'deal_stage_entries', entryId, { deal_id: update.id, stage_id: patch.stage_id, entered_at: at, user_id: core.userId });
      recorder.created('deal_stage_entry', entryId);
      Object.assign(patch, { stage_entered_at: at, closed_at: kindOf(patch.stage_id) === 'open' ? null : at });
    }
    const current = prepared(tx.db, 'SELECT * FROM deals WHERE id = ?').get(update.id) as Row;
    const before: Row = { ...update.before };
    for (const column of Object.keys(patch)) if (!(column in before)) before[column] = current[column] ?? null;
    if (Object.keys(patch).length > 0) {
      updateRecord(tx, 'deals', update.id, patch);
      recorder.updated(plan.entity, update.id, before, patch);
    }
    if (typeof contactId === 'string') linkContact(saving, update.id, contactId);
    done += 1;
    if (done % PROGRESS_EVERY === 0) saving.report(done);
  }
}
