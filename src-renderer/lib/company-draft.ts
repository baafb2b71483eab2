import { api } from '../../src-shared/contract/api';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { addressKinds, CompanyCreateInput, CompanyUpdateInput, companySizes } from '../../src-shared/contract/inputs/companies';
import type { CompanyDetail } from '../../src-shared/domain/records';
import { legalIdProblem } from '../../src-shared/domain/siret';
import { entryDrafts, entryInputs, newEmail, newPhone, phoneIssues, type EmailDraft, type PhoneDraft } from './entry-drafts';
import { compactRows, remapIssuePaths, rowKey, schemaIssues, stripPrefix } from './field-issues';

export type CompanySize = (typeof companySizes)[number];
export type AddressKind = (typeof addressKinds)[number];
export type AddressDraft = { key: string; kind: AddressKind; street: string; postcode: string; city: string; country: string };

/** The company form's state, every field as the user edits it. */
export type CompanyDraft = {
  name: string;
  legalId: string;
  industry: string;
  size: CompanySize | '';
  website: string;
  addresses: AddressDraft[];
  phones: PhoneDraft[];
  emails: EmailDraft[];
  parent: { id: string; name: string } | null;
  ownerId: string;
  notes: string;
  /** Who sees it, as on contacts. */
  scope: string;
  tagIds: string[];
};

export const newAddress = (kind: AddressKind = 'head_office'): AddressDraft => ({
  key: rowKey(),
  kind,
  street: '',
  postcode: '',
  city: '',
  country: 'FR',
});

export function emptyCompanyDraft(ownerId: string, name = ''): CompanyDraft {
  return {
    name,
    legalId: '',
    industry: '',
    size: '',
    website: '',
    addresses: [newAddress()],
    phones: [newPhone()],
    emails: [newEmail()],
    parent: null,
    ownerId,
    notes: '',
    scope: '',
    tagIds: [],
  };
}

export function companyDraftFrom(company: CompanyDetail): CompanyDraft {
  const size = company.size as CompanySize | null;
  return {
    name: company.name,
    legalId: company.legalId ?? '',
    industry: company.industry ?? '',
    size: size ?? '',
    website: company.website ?? '',
    addresses:
      company.addresses.length > 0
        ? company.addresses.map((address) => ({
            key: rowKey(),
            kind: address.kind,
            street: address.street ?? '',
            postcode: address.postcode ?? '',
            city: address.city ?? '',
            country: address.country ?? '',
          }))
        : [newAddress()],
    ...entryDrafts(company),
    parent: company.parent,
    ownerId: company.ownerId,
    notes: company.notes ?? '',
    scope: company.scope ?? '',
    tagIds: company.tags.map((tag) => tag.id),
  };
}

const blankAddress = (row: AddressDraft) => !row.street.trim() && !row.postcode.trim() && !row.city.trim();

function fields(draft: CompanyDraft) {
  const addresses = compactRows(draft.addresses, blankAddress);
  const entries = entryInputs(draft);
  const value = {
    name: draft.name,
    legalId: draft.legalId,
    industry: draft.industry,
    size: draft.size === '' ? null : draft.size,
    website: draft.website,
    addresses: addresses.rows.map(({ kind, street, postcode, city, country }) => ({
      kind,
      street,
      postcode,
      city,
      country: country.trim() === '' ? null : country,
    })),
    phones: entries.phones,
    emails: entries.emails,
    parentCompanyId: draft.parent?.id ?? null,
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
    notes: draft.notes,
    scope: draft.scope,
  };
  return { value, lists: { addresses: addresses.draftIndex, ...entries.lists } };
}

export function companyCreateInput(draft: CompanyDraft): CompanyCreateInput {
  const { value } = fields(draft);
  return { ...value, ...(draft.tagIds.length > 0 ? { tagIds: draft.tagIds } : {}) };
}

export function companyUpdateInput(id: string, draft: CompanyDraft): CompanyUpdateInput {
  return { id, patch: fields(draft).value };
}

/** Checks the core does beyond the schema: SIREN/SIRET check digits, phones for the country. */
function domainIssues(draft: CompanyDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const legal = draft.legalId.trim();
  if (legal && legalIdProblem(legal)) issues.push({ path: 'legalId', code: 'invalid_siret', message: 'check digit' });
  return [...issues, ...phoneIssues(draft.phones, draft.addresses[0]?.country)];
}

export function validateCompanyDraft(draft: CompanyDraft, mode: 'create' | 'edit'): FieldIssue[] {
  const { lists } = fields(draft);
  const issues =
    mode === 'create'
      ? schemaIssues(api['companies.create'].input, companyCreateInput(draft))
      : stripPrefix(schemaIssues(api['companies.update'].input, companyUpdateInput('00000000-0000-0000-0000-000000000000', draft)), 'patch');
  const named = mode === 'edit' && !draft.name.trim() ? [{ path: 'name', code: 'required' as const, message: 'a name is required' }] : [];
  return [...remapIssuePaths(issues, lists), ...domainIssues(draft), ...named];
}

export function companyServerIssues(draft: CompanyDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  const { lists } = fields(draft);
  return remapIssuePaths(
    stripPrefix(issues, 'patch').map((issue) => (issue.path === 'parentCompanyId' ? { ...issue, path: 'parent' } : issue)),
    lists,
  );
}
