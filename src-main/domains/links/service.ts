import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { CompanyLink } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { recordExists } from '../common/refs';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { getLink } from './queries';

const linkColumns = { role: 'role', startDate: 'start_date', endDate: 'end_date', isPrimary: 'is_primary' } as const;

type NewLink = { contactId: string; companyId: string; role?: string | null; startDate?: string | null; endDate?: string | null; isPrimary?: boolean };

/** Only one primary company per contact: making one primary clears the others. */
function clearOtherPrimaries(tx: WriteTx, contactId: string, keepId: string): void {
  const others = prepared(
    tx.db,
    'SELECT id FROM contact_companies WHERE contact_id = ? AND id <> ? AND is_primary = 1 AND deleted = 0',
  ).all(contactId, keepId) as { id: string }[];
  for (const other of others) updateRecord(tx, 'contact_companies', other.id, { is_primary: 0 });
}

export function addLink(tx: WriteTx, link: NewLink): string {
  const id = uuidv7();
  insertRecord(tx, 'contact_companies', id, {
    contact_id: link.contactId,
    company_id: link.companyId,
    ...toColumns({ role: link.role, startDate: link.startDate, endDate: link.endDate, isPrimary: link.isPrimary ?? false }, linkColumns),
  });
  if (link.isPrimary) clearOtherPrimaries(tx, link.contactId, id);
  return id;
}

function checkDates(startDate: string | null | undefined, endDate: string | null | undefined, issues: IssueList): void {
  if (startDate && endDate && endDate < startDate) issues.add('endDate', 'invalid_date', 'the end date is before the start date');
}

export function linkContactToCompany(core: Core, input: ApiParsedInput<'links.add'>): CompanyLink {
  const issues = new IssueList();
  if (!recordExists(core.read, 'contacts', input.contactId)) issues.add('contactId', 'not_found', 'this contact does not exist');
  if (!recordExists(core.read, 'companies', input.companyId)) issues.add('companyId', 'not_found', 'this company does not exist');
  checkDates(input.startDate, input.endDate, issues);
  issues.throwIfAny();
  const id = write(core, (tx) => addLink(tx, input));
  return getLink(core.read, id);
}

export function updateLink(core: Core, input: ApiParsedInput<'links.update'>): CompanyLink {
  const current = getLink(core.read, input.id);
  const issues = new IssueList();
  const startDate = input.patch.startDate !== undefined ? input.patch.startDate : current.startDate;
  const endDate = input.patch.endDate !== undefined ? input.patch.endDate : current.endDate;
  checkDates(startDate, endDate, issues);
  issues.throwIfAny();
  write(core, (tx) => {
    updateRecord(tx, 'contact_companies', input.id, toColumns(input.patch, linkColumns));
    if (input.patch.isPrimary) clearOtherPrimaries(tx, current.contactId, input.id);
  });
  return getLink(core.read, input.id);
}

export function removeLink(core: Core, id: string): { id: string } {
  write(core, (tx) => softDeleteRow(tx, 'contact_companies', id, 'Link'));
  return { id };
}
