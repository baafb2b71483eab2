import type { EmailEntry } from '../../../src-shared/contract/inputs/common';
import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { Company } from '../../../src-shared/domain/records';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { parseJson } from '../common/json';

export type CompanyDbRow = {
  id: string;
  name: string;
  legal_id: string | null;
  industry: string | null;
  size: string | null;
  website: string | null;
  addresses: string;
  phones: string;
  emails: string;
  parent_company_id: string | null;
  owner_id: string;
  notes: string | null;
  scope: string | null;
  city: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
  merged_into?: string | null;
};

export function companyFromRow(row: CompanyDbRow): Company {
  return {
    id: row.id,
    name: row.name,
    legalId: row.legal_id,
    industry: row.industry,
    size: row.size,
    website: row.website,
    addresses: parseJson<AddressEntry[]>(row.addresses, []),
    phones: parseJson<PhoneNumber[]>(row.phones, []),
    emails: parseJson<EmailEntry[]>(row.emails, []),
    parentCompanyId: row.parent_company_id,
    ownerId: row.owner_id,
    notes: row.notes,
    scope: row.scope,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    mergedInto: row.merged_into ?? null,
  };
}

export const companyColumns = {
  name: 'name',
  legalId: 'legal_id',
  industry: 'industry',
  size: 'size',
  website: 'website',
  addresses: 'addresses',
  phones: 'phones',
  emails: 'emails',
  parentCompanyId: 'parent_company_id',
  ownerId: 'owner_id',
  notes: 'notes',
  scope: 'scope',
} as const;
