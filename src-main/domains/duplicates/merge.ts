import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import { defaultMergeChoice, mergedValue } from '../../../src-shared/domain/duplicate-merge';
import { mergeableBothFields, type DuplicateEntity, type MergeChoice, type MergeField, type MergeMoved, type MergeResult } from '../../../src-shared/domain/duplicates';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { deviceMayWrite, recordReferences, type MovedCategory } from '../../db/record-references';
import { moveReferences, type MovedRow, type MoveReport } from '../../db/reference-moves';
import type { Row, SqlValue } from '../../db/synced-tables';
import { updateRecord, type WriteTx } from '../../db/write-path';
import { getCompanyDetail } from '../companies/queries';
import { getContactDetail } from '../contacts/queries';
import { serverLink } from '../../sync/state';
import { readRecordRow } from './compare';
import { columnOf, fieldValue, mergeFieldsOf, toStored } from './merge-fields';
import { tableOf } from './summaries';

const what = { contact: 'Contact', company: 'Company' } as const;

/** What the merge log keeps to undo a merge: the survivor's fields it wrote, and every row it changed (the merged record's last). */
export type MergeRecordLog = { rows: MovedRow[]; counts: MoveReport['counts']; dropped: number };

const categories: Record<Exclude<MovedCategory, 'views'>, keyof MergeMoved> = {
  activities: 'activities',
  deals: 'deals',
  quotes: 'quotes',
  tags: 'tags',
  relations: 'relations',
  links: 'links',
  subsidiaries: 'subsidiaries',
  priceLists: 'priceLists',
};

export function movedSummary(counts: MoveReport['counts'], dropped: number): MergeMoved {
  const moved: MergeMoved = { activities: 0, deals: 0, quotes: 0, tags: 0, relations: 0, links: 0, subsidiaries: 0, priceLists: 0, dropped };
  for (const [category, field] of Object.entries(categories)) moved[field] = counts[category as MovedCategory] ?? 0;
  return moved;
}

function checkMergeable(entity: DuplicateEntity, row: Row, role: 'survivor' | 'merged'): void {
  if (row.deleted === 1 || row.merged_into !== null) {
    throw new ApiError({ code: 'conflict', message: `The ${role === 'survivor' ? 'record to keep' : 'record to merge'} (${what[entity].toLowerCase()}) was deleted or merged already.` });
  }
}

/** The survivor's new values: each field as chosen, or as the comparison suggests. */
function survivorPatch(entity: DuplicateEntity, survivor: Row, merged: Row, choices: Partial<Record<MergeField, MergeChoice>>): Row {
  const patch: Row = {};
  for (const field of mergeFieldsOf(entity)) {
    const mine = fieldValue(entity, field, survivor);
    const theirs = fieldValue(entity, field, merged);
    const choice = choices[field] ?? defaultMergeChoice(field, mine, theirs);
    if (choice === 'both' && !mergeableBothFields.includes(field)) {
      throw ApiError.validation([{ path: `fields.${field}`, code: 'invalid_value', message: 'only lists and notes can keep both values' }]);
    }
    let value: SqlValue = toStored(mergedValue(field, choice, mine, theirs));
    // A company cannot be its own parent, nor the child of the record it absorbs.
    if (field === 'parentCompanyId' && (value === survivor.id || value === merged.id)) value = null;
    const column = columnOf(entity, field);
    if ((survivor[column] ?? null) !== value) patch[column] = value;
  }
  return patch;
}

/**
 * A salesperson may not hand someone else's record over, nor make it private to another: the
 * office server would refuse the whole merge when it syncs. Said now, before anything is written.
 */
function checkRights(core: Core, table: 'contacts' | 'companies', survivor: Row, merged: Row, patch: Row): void {
  for (const reference of recordReferences) {
    if (reference.target !== table || deviceMayWrite(core.read, reference.table)) continue;
    const match = reference.kind === 'column' || reference.kind === 'join' ? `${reference.column} = ?` : `instr(${reference.column}, ?) > 0`;
    const held = prepared(core.read, `SELECT 1 FROM ${reference.table} WHERE ${match} AND deleted = 0 LIMIT 1`).get(merged.id);
    if (held) throw new ApiError({ code: 'forbidden', message: 'This record has price lists assigned: only a manager or an administrator can merge it.' });
  }
  const link = serverLink(core);
  if (!link || link.role !== 'salesperson') return;
  const owner = patch.owner_id ?? survivor.owner_id;
  if (patch.owner_id !== undefined && survivor.owner_id !== core.userId && patch.owner_id !== core.userId) {
    throw new ApiError({ code: 'forbidden', message: 'Only managers give a record another owner: keep the owner of the record you keep.' });
  }
  if (patch.scope === 'private' && owner !== core.userId) {
    throw new ApiError({ code: 'forbidden', message: 'Only the owner or a manager makes a record private.' });
  }
}

function changeFields(tx: WriteTx, table: 'contacts' | 'companies', row: Row, patch: Row): Record<string, [SqlValue, SqlValue]> {
  const fields: Record<string, [SqlValue, SqlValue]> = {};
  for (const [column, value] of Object.entries(patch)) fields[column] = [row[column] ?? null, value];
  updateRecord(tx, table, String(row.id), patch);
  return fields;
}

/**
 * Merges a duplicate into the record kept, in one transaction through the write path: the
 * survivor takes the chosen values, every live record linked to the duplicate moves to it
 * (links it already had are not doubled), and the duplicate is deleted with `merged_into`
 * naming the survivor — ordinary field changes that sync like any other. The merge log keeps
 * what changed, for undo.
 */
export function mergeRecords(core: Core, input: ApiParsedInput<'duplicates.merge'>): MergeResult {
  const { entity, survivorId, mergedId } = input;
  if (survivorId === mergedId) throw ApiError.validation([{ path: 'mergedId', code: 'invalid_value', message: 'a record cannot be merged into itself' }]);
  const table = tableOf[entity];
  const survivor = readRecordRow(core.read, entity, survivorId);
  const merged = readRecordRow(core.read, entity, mergedId);
  checkMergeable(entity, survivor, 'survivor');
  checkMergeable(entity, merged, 'merged');
  const patch = survivorPatch(entity, survivor, merged, input.fields as Partial<Record<MergeField, MergeChoice>>);
  checkRights(core, table, survivor, merged, patch);
  const mergeId = uuidv7();
  const report = write(core, (tx) => {
    const survivorFields = changeFields(tx, table, survivor, patch);
    const moves = moveReferences(tx, table, mergedId, survivorId);
    const current = prepared(tx.db, `SELECT * FROM ${table} WHERE id = ?`).get(mergedId) as Row;
    const mergedFields = changeFields(tx, table, current, { deleted: 1, merged_into: survivorId });
    const log: MergeRecordLog = { rows: [...moves.rows, { table, id: mergedId, fields: mergedFields }], counts: moves.counts, dropped: moves.dropped };
    prepared(
      tx.db,
      `INSERT INTO merge_log (id, entity, survivor_id, merged_id, user_id, created_at, survivor_before, moved)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(mergeId, entity, survivorId, mergedId, core.userId, new Date(core.clock.now()).toISOString(), JSON.stringify(survivorFields), JSON.stringify(log));
    return moves;
  });
  const summary = { mergeId, survivorId, mergedId, moved: movedSummary(report.counts, report.dropped) };
  return entity === 'contact'
    ? { ...summary, entity, record: getContactDetail(core.read, survivorId) }
    : { ...summary, entity, record: getCompanyDetail(core.read, survivorId) };
}
