import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { TaggableEntity } from '../../../src-shared/contract/inputs/misc';
import type { Tag } from '../../../src-shared/domain/records';
import { foldText } from '../../../src-shared/domain/text';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { derivedUuid } from '../common/derived-id';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { getTag } from './queries';

/**
 * The id of "this tag on this record" is derived from the three, so two devices tagging the same
 * record offline create the same row and their add/remove merge instead of duplicating.
 */
export function tagAssignmentId(entity: TaggableEntity, recordId: string, tagId: string): string {
  return derivedUuid(`${entity}:${recordId}:${tagId}`);
}

/** Puts a tag on a record (or takes it off); returns whether anything changed. */
export function setTagged(tx: WriteTx, entity: TaggableEntity, recordId: string, tagId: string, tagged: boolean): boolean {
  const id = tagAssignmentId(entity, recordId, tagId);
  const existing = prepared(tx.db, 'SELECT deleted FROM record_tags WHERE id = ?').get(id) as { deleted: number } | undefined;
  if (!existing) {
    if (!tagged) return false;
    insertRecord(tx, 'record_tags', id, { tag_id: tagId, entity, record_id: recordId });
    return true;
  }
  return updateRecord(tx, 'record_tags', id, { deleted: tagged ? 0 : 1 }).length > 0;
}

export function assignTag(tx: WriteTx, entity: TaggableEntity, recordId: string, tagId: string): void {
  setTagged(tx, entity, recordId, tagId, true);
}

function checkNameFree(core: Core, name: string, exceptId: string | null, issues: IssueList): void {
  const rows = prepared(core.read, 'SELECT id, name FROM tags WHERE deleted = 0').all() as { id: string; name: string }[];
  if (rows.some((row) => row.id !== exceptId && foldText(row.name) === foldText(name))) {
    issues.add('name', 'duplicate', 'a tag with this name already exists');
  }
}

export function createTag(core: Core, input: ApiParsedInput<'tags.create'>): Tag {
  const issues = new IssueList();
  checkNameFree(core, input.name, null, issues);
  issues.throwIfAny();
  const id = uuidv7();
  write(core, (tx) => insertRecord(tx, 'tags', id, { name: input.name, color: input.color }));
  return getTag(core.read, id);
}

export function updateTag(core: Core, input: ApiParsedInput<'tags.update'>): Tag {
  getTag(core.read, input.id);
  const issues = new IssueList();
  if (input.patch.name) checkNameFree(core, input.patch.name, input.id, issues);
  issues.throwIfAny();
  write(core, (tx) => {
    const patch: Record<string, string> = {};
    if (input.patch.name !== undefined) patch.name = input.patch.name;
    if (input.patch.color !== undefined) patch.color = input.patch.color;
    updateRecord(tx, 'tags', input.id, patch);
  });
  return getTag(core.read, input.id);
}

export function deleteTag(core: Core, id: string): { id: string } {
  write(core, (tx) => softDeleteRow(tx, 'tags', id, 'Tag'));
  return { id };
}

export function setTagOnRecords(core: Core, input: ApiParsedInput<'tags.assign'>, tagged: boolean): { changed: number } {
  getTag(core.read, input.tagId);
  const table = ({ contact: 'contacts', company: 'companies', deal: 'deals' } as const)[input.entity];
  return write(core, (tx) => {
    let changed = 0;
    for (const recordId of input.recordIds) {
      if (!prepared(tx.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(recordId)) {
        throw ApiError.validation([{ path: 'recordIds', code: 'not_found', message: `record ${recordId} does not exist` }]);
      }
      if (setTagged(tx, input.entity, recordId, input.tagId, tagged)) changed++;
    }
    return { changed };
  });
}
