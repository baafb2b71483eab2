import { v7 as uuidv7 } from 'uuid';
import type { lostReasonsSaveInput, PipelineSaveInput } from '../../../src-shared/contract/inputs/sales';
import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract/errors';
import type { LostReason, Pipeline } from '../../../src-shared/domain/sales';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { ensureSalesDefaults } from './defaults';
import { findPipeline, listLostReasons, listPipelines } from './queries';

type LostReasonsInput = z.output<typeof lostReasonsSaveInput>['reasons'];

const liveDealsIn = (db: ReadDb, column: 'stage_id' | 'pipeline_id', id: string): number =>
  prepared(db, `SELECT count(*) FROM deals WHERE ${column} = ? AND deleted = 0`).pluck().get(id) as number;

/**
 * Creates a pipeline or saves its name and stages: stages are kept in the given order (new ones
 * created); a stage left out is removed, unless deals are still in it.
 */
export function savePipeline(core: Core, input: PipelineSaveInput): Pipeline {
  const current = input.id ? findPipeline(core.read, input.id) : undefined;
  if (input.id && !current) throw ApiError.notFound('Pipeline', input.id);
  const issues = new IssueList();
  if (!input.stages.some((stage) => stage.kind === 'open')) issues.add('stages', 'required', 'a pipeline needs at least one open stage');
  const kept = new Set(input.stages.flatMap((stage) => (stage.id ? [stage.id] : [])));
  input.stages.forEach((stage, index) => {
    if (stage.id && !current?.stages.some((existing) => existing.id === stage.id)) issues.add(`stages.${index}.id`, 'not_found', 'this stage is not in this pipeline');
  });
  const removed = (current?.stages ?? []).filter((stage) => !kept.has(stage.id));
  for (const stage of removed) {
    const deals = liveDealsIn(core.read, 'stage_id', stage.id);
    if (deals > 0) issues.add('stages', 'in_use', `${deals} deals are still in the stage "${stage.name}": move them first`);
  }
  issues.throwIfAny();

  const id = input.id ?? uuidv7();
  write(core, (tx) => {
    if (current) {
      updateRecord(tx, 'pipelines', id, { name: input.name });
    } else {
      const position = listPipelines(core.read).length;
      insertRecord(tx, 'pipelines', id, { name: input.name, position });
    }
    input.stages.forEach((stage, position) => {
      const values = { name: stage.name, position, probability: stage.probability, kind: stage.kind };
      if (stage.id) updateRecord(tx, 'pipeline_stages', stage.id, values);
      else insertRecord(tx, 'pipeline_stages', uuidv7(), { ...values, pipeline_id: id });
    });
    for (const stage of removed) updateRecord(tx, 'pipeline_stages', stage.id, { deleted: 1 });
  });
  const saved = findPipeline(core.read, id);
  if (!saved) throw ApiError.notFound('Pipeline', id);
  return saved;
}

/** Removes a pipeline that holds no deals any more; the last pipeline stays. */
export function deletePipeline(core: Core, id: string): { id: string } {
  const pipeline = findPipeline(core.read, id);
  if (!pipeline) throw ApiError.notFound('Pipeline', id);
  const issues = new IssueList();
  const deals = liveDealsIn(core.read, 'pipeline_id', id);
  if (deals > 0) issues.add('id', 'in_use', `${deals} deals are still in this pipeline: move them first`);
  if (listPipelines(core.read).length <= 1) issues.add('id', 'in_use', 'the last pipeline cannot be removed');
  issues.throwIfAny();
  write(core, (tx) => {
    softDeleteRow(tx, 'pipelines', id, 'Pipeline');
    for (const stage of pipeline.stages) updateRecord(tx, 'pipeline_stages', stage.id, { deleted: 1 });
  });
  return { id };
}

/** Saves the office's list of lost reasons in order; a reason left out is removed (deals keep showing its label). */
export function saveLostReasons(core: Core, reasons: LostReasonsInput): LostReason[] {
  ensureSalesDefaults(core);
  const current = listLostReasons(core.read);
  const issues = new IssueList();
  reasons.forEach((reason, index) => {
    if (reason.id && !current.some((existing) => existing.id === reason.id)) issues.add(`reasons.${index}.id`, 'not_found', 'this reason does not exist');
  });
  issues.throwIfAny();
  const kept = new Set(reasons.flatMap((reason) => (reason.id ? [reason.id] : [])));
  write(core, (tx) => {
    reasons.forEach((reason, position) => {
      if (reason.id) updateRecord(tx, 'lost_reasons', reason.id, { label: reason.label, position });
      else insertRecord(tx, 'lost_reasons', uuidv7(), { label: reason.label, position });
    });
    for (const reason of current) if (!kept.has(reason.id)) updateRecord(tx, 'lost_reasons', reason.id, { deleted: 1 });
  });
  return listLostReasons(core.read);
}
