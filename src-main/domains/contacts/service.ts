import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { ContactDetail } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { insertRecord, updateRecord } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { recordExists } from '../common/refs';
import { checkScope } from '../common/scope';
import { setRecordsDeleted } from '../common/soft-delete';
import { checkOwner, checkTags, IssueList, normalizePhones } from '../common/validation';
import { addLink } from '../links/service';
import { assignTag } from '../tags/service';
import { contactColumns } from './mapping';
import { findContactRow, getContactDetail } from './queries';

export function createContact(core: Core, input: ApiParsedInput<'contacts.create'>): ContactDetail {
  const issues = new IssueList();
  const phones = normalizePhones(input.phones ?? [], input.country, issues);
  checkOwner(core.read, input.ownerId, issues);
  checkTags(core.read, input.tagIds, issues);
  checkScope(core.read, input.scope, issues);
  if (input.company && !recordExists(core.read, 'companies', input.company.companyId)) {
    issues.add('company.companyId', 'not_found', 'this company does not exist');
  }
  issues.throwIfAny();
  const { tagIds, company, ...fields } = input;
  const id = uuidv7();
  write(core, (tx) => {
    insertRecord(tx, 'contacts', id, toColumns({ ...fields, phones, ownerId: fields.ownerId ?? core.userId }, contactColumns));
    for (const tagId of tagIds ?? []) assignTag(tx, 'contact', id, tagId);
    if (company) addLink(tx, { contactId: id, companyId: company.companyId, role: company.role ?? null, isPrimary: true });
  });
  return getContactDetail(core.read, id);
}

export function updateContact(core: Core, input: ApiParsedInput<'contacts.update'>): ContactDetail {
  const current = findContactRow(core.read, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Contact', input.id);
  const { patch } = input;
  const issues = new IssueList();
  const country = patch.country !== undefined ? patch.country : current.country;
  const phones = patch.phones ? normalizePhones(patch.phones, country, issues) : undefined;
  checkOwner(core.read, patch.ownerId, issues);
  checkScope(core.read, patch.scope, issues);
  const firstName = patch.firstName !== undefined ? patch.firstName : current.first_name;
  const lastName = patch.lastName !== undefined ? patch.lastName : current.last_name;
  if (!firstName && !lastName) issues.add('lastName', 'required', 'a first or last name is required');
  issues.throwIfAny();
  write(core, (tx) => {
    updateRecord(tx, 'contacts', input.id, toColumns({ ...patch, ...(phones ? { phones } : {}) }, contactColumns));
  });
  return getContactDetail(core.read, input.id);
}

export function setContactsDeleted(core: Core, ids: string[], deleted: boolean): { ids: string[] } {
  return { ids: write(core, (tx) => setRecordsDeleted(tx, 'contacts', 'Contact', ids, deleted)) };
}
