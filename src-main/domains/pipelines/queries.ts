import type { LostReason, Pipeline, PipelineStage, StageKind } from '../../../src-shared/domain/sales';
import { prepared, type ReadDb } from '../../db/handles';

type StageRow = { id: string; pipeline_id: string; name: string; position: number; probability: number; kind: StageKind };

const toStage = (row: StageRow): PipelineStage => ({ id: row.id, name: row.name, position: row.position, probability: row.probability, kind: row.kind });

/** Live pipelines in order, each with its live stages in order. */
export function listPipelines(db: ReadDb): Pipeline[] {
  const pipelines = prepared(db, 'SELECT id, name, position FROM pipelines WHERE deleted = 0 ORDER BY position, name, id').all() as {
    id: string;
    name: string;
    position: number;
  }[];
  const stages = prepared(db, 'SELECT id, pipeline_id, name, position, probability, kind FROM pipeline_stages WHERE deleted = 0 ORDER BY position, id').all() as StageRow[];
  return pipelines.map((pipeline) => ({ ...pipeline, stages: stages.filter((stage) => stage.pipeline_id === pipeline.id).map(toStage) }));
}

export function findPipeline(db: ReadDb, id: string): Pipeline | undefined {
  return listPipelines(db).find((pipeline) => pipeline.id === id);
}

export function findStage(db: ReadDb, id: string): (PipelineStage & { pipelineId: string }) | undefined {
  const row = prepared(db, 'SELECT id, pipeline_id, name, position, probability, kind FROM pipeline_stages WHERE id = ? AND deleted = 0').get(id) as StageRow | undefined;
  return row ? { ...toStage(row), pipelineId: row.pipeline_id } : undefined;
}

export function listLostReasons(db: ReadDb): LostReason[] {
  return prepared(db, 'SELECT id, label FROM lost_reasons WHERE deleted = 0 ORDER BY position, label').all() as LostReason[];
}
