import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { DealDetail } from '../../../src-shared/domain/sales';
import { correctedNow, type Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { derivedUuid } from '../common/derived-id';
import { recordExists } from '../common/refs';
import { checkScope } from '../common/scope';
import { checkOwner, checkTags, IssueList } from '../common/validation';
import { ensureSalesDefaults } from '../pipelines/defaults';
import { findStage, listPipelines } from '../pipelines/queries';
import { assignTag } from '../tags/service';
import { findDealRow, getDealDetail } from './queries';

export const dealColumns: Record<string, string> = {
  title: 'title',
  companyId: 'company_id',
  ownerId: 'owner_id',
  amountMinor: 'amount_minor',
  currency: 'currency',
  probability: 'probability',
  expectedClose: 'expected_close',
  source: 'source',
  nextStep: 'next_step',
  notes: 'notes',
  scope: 'scope',
  lostReasonId: 'lost_reason_id',
};

const dealContactId = (dealId: string, contactId: string) => derivedUuid(`deal-contact/${dealId}/${contactId}`);

function checkCompany(db: ReadDb, companyId: string | null | undefined, issues: IssueList): void {
  if (companyId && !recordExists(db, 'companies', companyId)) issues.add('companyId', 'not_found', 'this company does not exist');
}

function checkLostReason(db: ReadDb, id: string | null | undefined, issues: IssueList): void {
  if (id && !prepared(db, 'SELECT 1 FROM lost_reasons WHERE id = ? AND deleted = 0').get(id)) issues.add('lostReasonId', 'not_found', 'this lost reason does not exist');
}

/** Records that a deal entered a stage now (and when it closed, for won and lost stages). */
function enterStage(tx: WriteTx, core: Core, dealId: string, stageId: string, kind: string): Record<string, string | null> {
  const at = new Date(correctedNow(core)).toISOString();
  insertRecord(tx, 'deal_stage_entries', uuidv7(), { deal_id: dealId, stage_id: stageId, entered_at: at, user_id: core.userId });
  return { stage_id: stageId, stage_entered_at: at, closed_at: kind === 'open' ? null : at };
}

/**
 * Links a contact to a deal with a role (again, when it was linked once). Says which row, and
 * its role and deleted flag before when it existed (null when made now): an import records it,
 * so that its undo takes the link back.
 */
export function setDealContact(tx: WriteTx, dealId: string, contactId: string, role: string | null): { id: string; before: Row | null } {
  const id = dealContactId(dealId, contactId);
  const existing = prepared(tx.db, 'SELECT role, deleted FROM deal_contacts WHERE id = ?').get(id) as Row | undefined;
  if (existing) updateRecord(tx, 'deal_contacts', id, { role, deleted: 0 });
  else insertRecord(tx, 'deal_contacts', id, { deal_id: dealId, contact_id: contactId, role });
  return { id, before: existing ?? null };
}

export function createDeal(core: Core, input: ApiParsedInput<'deals.create'>): DealDetail {
  ensureSalesDefaults(core);
  const issues = new IssueList();
  const pipelines = listPipelines(core.read);
  const stage = input.stageId ? findStage(core.read, input.stageId) : undefined;
  const pipeline = pipelines.find((candidate) => candidate.id === (input.pipelineId ?? stage?.pipelineId)) ?? (input.pipelineId ? undefined : pipelines[0]);
  if (!pipeline) issues.add('pipelineId', 'not_found', 'this pipeline does not exist');
  if (input.stageId && (!stage || stage.pipelineId !== pipeline?.id)) issues.add('stageId', 'not_found', 'this stage is not in the pipeline');
  checkCompany(core.read, input.companyId, issues);
  checkOwner(core.read, input.ownerId, issues);
  checkTags(core.read, input.tagIds, issues);
  checkScope(core.read, input.scope, issues);
  (input.contacts ?? []).forEach((contact, index) => {
    if (!recordExists(core.read, 'contacts', contact.contactId)) issues.add(`contacts.${index}.contactId`, 'not_found', 'this contact does not exist');
  });
  issues.throwIfAny();
  const first = stage ?? pipeline?.stages.find((candidate) => candidate.kind === 'open') ?? pipeline?.stages[0];
  if (!pipeline || !first) throw ApiError.notFound('Pipeline', input.pipelineId ?? 'default');
  const { contacts, tagIds, pipelineId: _pipeline, stageId: _stage, ...fields } = input;
  const id = uuidv7();
  write(core, (tx) => {
    const values = toColumns({ ...fields, ownerId: fields.ownerId ?? core.userId }, dealColumns);
    insertRecord(tx, 'deals', id, { ...values, pipeline_id: pipeline.id, stage_id: first.id });
    updateRecord(tx, 'deals', id, enterStage(tx, core, id, first.id, first.kind));
    for (const contact of contacts ?? []) setDealContact(tx, id, contact.contactId, contact.role ?? null);
    for (const tagId of tagIds ?? []) assignTag(tx, 'deal', id, tagId);
  });
  return getDealDetail(core.read, id);
}

export function updateDeal(core: Core, input: ApiParsedInput<'deals.update'>): DealDetail {
  const current = findDealRow(core.read, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Deal', input.id);
  const issues = new IssueList();
  checkCompany(core.read, input.patch.companyId, issues);
  checkOwner(core.read, input.patch.ownerId, issues);
  checkScope(core.read, input.patch.scope, issues);
  checkLostReason(core.read, input.patch.lostReasonId, issues);
  issues.throwIfAny();
  write(core, (tx) => {
    updateRecord(tx, 'deals', input.id, toColumns(input.patch, dealColumns));
  });
  return getDealDetail(core.read, input.id);
}

/** Moves a deal to another stage of its pipeline (a lost stage asks for a reason when the office keeps any). */
export function moveDeal(core: Core, input: ApiParsedInput<'deals.move'>): DealDetail {
  const current = findDealRow(core.read, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Deal', input.id);
  const stage = findStage(core.read, input.stageId);
  const issues = new IssueList();
  if (!stage || stage.pipelineId !== current.pipeline_id) issues.add('stageId', 'not_found', 'this stage is not in the deal’s pipeline');
  checkLostReason(core.read, input.lostReasonId, issues);
  issues.throwIfAny();
  if (!stage || stage.id === current.stage_id) return getDealDetail(core.read, input.id);
  write(core, (tx) => {
    const moved = enterStage(tx, core, input.id, stage.id, stage.kind);
    const lostReason = stage.kind === 'lost' ? { lost_reason_id: input.lostReasonId ?? current.lost_reason_id } : { lost_reason_id: null };
    updateRecord(tx, 'deals', input.id, { ...moved, ...lostReason });
  });
  return getDealDetail(core.read, input.id);
}

export function setDealsDeleted(core: Core, ids: string[], deleted: boolean): { ids: string[] } {
  return {
    ids: write(core, (tx) => {
      const changed: string[] = [];
      for (const id of ids) {
        if (!prepared(tx.db, 'SELECT 1 FROM deals WHERE id = ?').get(id)) throw ApiError.notFound('Deal', id);
        if (updateRecord(tx, 'deals', id, { deleted: deleted ? 1 : 0 }).length > 0) changed.push(id);
      }
      return changed;
    }),
  };
}

export function addDealContact(core: Core, input: ApiParsedInput<'deals.contacts.add'>): DealDetail {
  const deal = findDealRow(core.read, input.dealId);
  if (!deal || deal.deleted === 1) throw ApiError.notFound('Deal', input.dealId);
  if (!recordExists(core.read, 'contacts', input.contactId)) throw ApiError.notFound('Contact', input.contactId);
  write(core, (tx) => setDealContact(tx, input.dealId, input.contactId, input.role ?? null));
  return getDealDetail(core.read, input.dealId);
}

export function removeDealContact(core: Core, input: ApiParsedInput<'deals.contacts.remove'>): DealDetail {
  const id = dealContactId(input.dealId, input.contactId);
  if (!prepared(core.read, 'SELECT 1 FROM deal_contacts WHERE id = ? AND deleted = 0').get(id)) throw ApiError.notFound('Deal contact', input.contactId);
  write(core, (tx) => updateRecord(tx, 'deal_contacts', id, { deleted: 1 }));
  return getDealDetail(core.read, input.dealId);
}
