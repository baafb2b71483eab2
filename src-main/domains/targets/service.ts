import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Target, TargetMetric, TargetSubjectKind } from '../../../src-shared/domain/targets';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { requireRole } from '../common/permissions';
import { derivedUuid } from '../common/derived-id';
import { baseCurrency } from '../currency/rates';

export type TargetDbRow = {
  id: string;
  subject_kind: TargetSubjectKind;
  subject_id: string;
  period: string;
  metric: TargetMetric;
  value: number;
  currency: string | null;
  updated_at: string;
};

export const targetOfRow = (row: TargetDbRow): Target => ({
  id: row.id,
  subjectKind: row.subject_kind,
  subjectId: row.subject_id,
  period: row.period,
  metric: row.metric,
  value: row.value,
  currency: row.currency,
  updatedAt: row.updated_at,
});

const TARGET_COLUMNS = 'id, subject_kind, subject_id, period, metric, value, currency, updated_at';

/** One row per subject, period and metric on every device: targets set offline on two PCs converge. */
export const targetId = (subjectKind: TargetSubjectKind, subjectId: string, period: string, metric: TargetMetric): string =>
  derivedUuid(`target:${subjectKind}:${subjectId}:${period}:${metric}`);

/** The live targets of a metric whose period starts with the year (its months and quarters). */
export function targetsOfYear(db: ReadDb, year: number, metric: TargetMetric): Target[] {
  const rows = prepared(
    db,
    `SELECT ${TARGET_COLUMNS} FROM targets WHERE period >= ? AND period < ? AND deleted = 0 AND metric = ? ORDER BY subject_kind, subject_id, period`,
  ).all(`${year}-`, `${year}-~`, metric) as TargetDbRow[];
  return rows.map(targetOfRow);
}

/** Targets are office data only managers and administrators write (the office server refuses the others' changes). */
export const requireTargetWriter = (core: Core) => requireRole(core, ['administrator', 'manager'], 'Only managers and administrators set sales targets.');

function assertSubjectExists(db: ReadDb, kind: TargetSubjectKind, id: string): void {
  const table = kind === 'user' ? 'users' : 'teams';
  if (!prepared(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted = 0`).get(id)) throw ApiError.notFound(kind === 'user' ? 'Salesperson' : 'Team', id);
}

/** Sets targets (each created, changed, or brought back if it had been removed); amounts are in the office's base currency. */
export function saveTargets(core: Core, input: ApiParsedInput<'targets.save'>): Target[] {
  requireTargetWriter(core);
  const currency = baseCurrency(core.read);
  const ids = input.targets.map((target) => targetId(target.subjectKind, target.subjectId, target.period, target.metric));
  write(core, (tx) => {
    input.targets.forEach((target, index) => {
      assertSubjectExists(tx.db, target.subjectKind, target.subjectId);
      const id = ids[index] ?? '';
      const values = { value: target.value, currency: target.metric === 'won_amount' ? currency : null };
      const existing = prepared(tx.db, 'SELECT 1 FROM targets WHERE id = ?').get(id);
      if (existing) updateRecord(tx, 'targets', id, { ...values, deleted: 0 });
      else insertRecord(tx, 'targets', id, { subject_kind: target.subjectKind, subject_id: target.subjectId, period: target.period, metric: target.metric, ...values });
    });
  });
  const rows = prepared(core.read, `SELECT ${TARGET_COLUMNS} FROM targets WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as TargetDbRow[];
  const byId = new Map(rows.map((row) => [row.id, targetOfRow(row)]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** Removes targets (those not set are skipped); returns how many were removed. */
export function deleteTargets(core: Core, input: ApiParsedInput<'targets.delete'>): { deleted: number } {
  requireTargetWriter(core);
  let deleted = 0;
  write(core, (tx) => {
    for (const target of input.targets) {
      const id = targetId(target.subjectKind, target.subjectId, target.period, target.metric);
      const row = prepared(tx.db, 'SELECT deleted FROM targets WHERE id = ?').get(id) as { deleted: number } | undefined;
      if (row?.deleted === 0) {
        updateRecord(tx, 'targets', id, { deleted: 1 });
        deleted += 1;
      }
    }
  });
  return { deleted };
}
