import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { ContactRelation } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { insertRecord } from '../../db/write-path';
import { recordExists } from '../common/refs';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { getRelation } from './queries';

export function addRelation(core: Core, input: ApiParsedInput<'relations.add'>): ContactRelation {
  const issues = new IssueList();
  if (!recordExists(core.read, 'contacts', input.fromContactId)) issues.add('fromContactId', 'not_found', 'this contact does not exist');
  if (!recordExists(core.read, 'contacts', input.toContactId)) issues.add('toContactId', 'not_found', 'this contact does not exist');
  if (input.fromContactId === input.toContactId) issues.add('toContactId', 'invalid_value', 'a contact cannot be related to itself');
  issues.throwIfAny();
  const id = uuidv7();
  write(core, (tx) =>
    insertRecord(tx, 'contact_relations', id, {
      from_contact_id: input.fromContactId,
      to_contact_id: input.toContactId,
      kind: input.kind,
      note: input.note ?? null,
    }),
  );
  return getRelation(core.read, id, input.fromContactId);
}

export function removeRelation(core: Core, id: string): { id: string } {
  write(core, (tx) => softDeleteRow(tx, 'contact_relations', id, 'Relation'));
  return { id };
}
