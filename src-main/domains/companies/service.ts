import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { legalIdProblem } from '../../../src-shared/domain/siret';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { parseJson } from '../common/json';
import { recordExists } from '../common/refs';
import { checkScope } from '../common/scope';
import { setRecordsDeleted } from '../common/soft-delete';
import { checkOwner, checkTags, IssueList, normalizePhones } from '../common/validation';
import { assignTag } from '../tags/service';
import { companyColumns } from './mapping';
import { findCompanyRow, getCompanyDetail } from './queries';

/** A parent must exist, and a company cannot end up among its own ancestors. */
function checkParent(db: ReadDb, companyId: string | null, parentId: string | null | undefined, issues: IssueList): void {
  if (!parentId) return;
  if (!recordExists(db, 'companies', parentId)) {
    issues.add('parentCompanyId', 'not_found', 'this company does not exist');
    return;
  }
  const seen = new Set<string>();
  let current: string | null = parentId;
  while (current && !seen.has(current)) {
    if (current === companyId) {
      issues.add('parentCompanyId', 'cycle', 'a company cannot be its own parent, directly or through others');
      return;
    }
    seen.add(current);
    const row = prepared(db, 'SELECT parent_company_id FROM companies WHERE id = ?').get(current) as
      | { parent_company_id: string | null }
      | undefined;
    current = row?.parent_company_id ?? null;
  }
}

function checkLegalId(legalId: string | null | undefined, issues: IssueList): void {
  if (legalId && legalIdProblem(legalId)) issues.add('legalId', 'invalid_siret', 'this SIREN/SIRET number fails its checksum');
}

export function createCompany(core: Core, input: ApiParsedInput<'companies.create'>): CompanyDetail {
  const issues = new IssueList();
  const country = input.addresses?.[0]?.country ?? null;
  const phones = normalizePhones(input.phones ?? [], country, issues);
  checkLegalId(input.legalId, issues);
  checkParent(core.read, null, input.parentCompanyId, issues);
  checkOwner(core.read, input.ownerId, issues);
  checkTags(core.read, input.tagIds, issues);
  checkScope(core.read, input.scope, issues);
  issues.throwIfAny();
  const { tagIds, ...fields } = input;
  const id = uuidv7();
  write(core, (tx) => {
    insertRecord(tx, 'companies', id, toColumns({ ...fields, phones, ownerId: fields.ownerId ?? core.userId }, companyColumns));
    for (const tagId of tagIds ?? []) assignTag(tx, 'company', id, tagId);
  });
  return getCompanyDetail(core.read, id);
}

export function updateCompany(core: Core, input: ApiParsedInput<'companies.update'>): CompanyDetail {
  const current = findCompanyRow(core.read, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Company', input.id);
  const { patch } = input;
  const issues = new IssueList();
  if (patch.name === null) issues.add('name', 'required', 'a name is required');
  const addresses = patch.addresses ?? parseJson<AddressEntry[]>(current.addresses, []);
  const phones = patch.phones ? normalizePhones(patch.phones, addresses[0]?.country ?? null, issues) : undefined;
  checkLegalId(patch.legalId, issues);
  checkParent(core.read, input.id, patch.parentCompanyId, issues);
  checkOwner(core.read, patch.ownerId, issues);
  checkScope(core.read, patch.scope, issues);
  issues.throwIfAny();
  write(core, (tx) => {
    updateRecord(tx, 'companies', input.id, toColumns({ ...patch, ...(phones ? { phones } : {}) }, companyColumns));
  });
  return getCompanyDetail(core.read, input.id);
}

export function setCompaniesDeleted(core: Core, ids: string[], deleted: boolean): { ids: string[] } {
  return { ids: write(core, (tx) => setRecordsDeleted(tx, 'companies', 'Company', ids, deleted)) };
}
