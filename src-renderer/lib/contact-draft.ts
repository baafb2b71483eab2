import { api } from '../../src-shared/contract/api';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { ConsentValue } from '../../src-shared/contract/inputs/common';
import type { Civility, ContactCreateInput, ContactUpdateInput } from '../../src-shared/contract/inputs/contacts';
import type { ContactDetail } from '../../src-shared/domain/records';
import { entryDrafts, entryInputs, newEmail, newPhone, phoneIssues, type EmailDraft, type PhoneDraft } from './entry-drafts';
import { remapIssuePaths, schemaIssues, stripPrefix } from './field-issues';

export const contactLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt'] as const;
export type ContactLanguage = (typeof contactLanguages)[number];

/** The contact form's state: every field as the user edits it (text, '' when empty). */
export type ContactDraft = {
  civility: Civility | '';
  firstName: string;
  lastName: string;
  jobTitle: string;
  emails: EmailDraft[];
  phones: PhoneDraft[];
  address: string;
  postcode: string;
  city: string;
  country: string;
  language: ContactLanguage | '';
  birthday: string;
  source: string;
  notes: string;
  ownerId: string;
  consentEmail: ConsentValue;
  consentPhone: ConsentValue;
  consentMail: ConsentValue;
  /** Who sees it: '' = the whole office, 'private', 'team:<id>', 'territory:<id>'. */
  scope: string;
  tagIds: string[];
  /** Only on creation: the company the new contact works for, and the role there. */
  company: { id: string; name: string } | null;
  role: string;
};

export function emptyContactDraft(ownerId: string, company: { id: string; name: string } | null = null): ContactDraft {
  return {
    civility: '',
    firstName: '',
    lastName: '',
    jobTitle: '',
    emails: [newEmail()],
    phones: [newPhone()],
    address: '',
    postcode: '',
    city: '',
    country: 'FR',
    language: '',
    birthday: '',
    source: '',
    notes: '',
    ownerId,
    consentEmail: 'unknown',
    consentPhone: 'unknown',
    consentMail: 'unknown',
    scope: '',
    tagIds: [],
    company,
    role: '',
  };
}

export function contactDraftFrom(contact: ContactDetail): ContactDraft {
  const language = contact.language as ContactLanguage | null;
  return {
    civility: contact.civility ?? '',
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    jobTitle: contact.jobTitle ?? '',
    ...entryDrafts(contact),
    address: contact.address ?? '',
    postcode: contact.postcode ?? '',
    city: contact.city ?? '',
    country: contact.country ?? '',
    language: language && contactLanguages.includes(language) ? language : '',
    birthday: contact.birthday ?? '',
    source: contact.source ?? '',
    notes: contact.notes ?? '',
    ownerId: contact.ownerId,
    consentEmail: contact.consentEmail,
    consentPhone: contact.consentPhone,
    consentMail: contact.consentMail,
    scope: contact.scope ?? '',
    tagIds: contact.tags.map((tag) => tag.id),
    company: null,
    role: '',
  };
}

function fields(draft: ContactDraft) {
  const { emails, phones, lists } = entryInputs(draft);
  const value = {
    civility: draft.civility === '' ? null : draft.civility,
    firstName: draft.firstName,
    lastName: draft.lastName,
    jobTitle: draft.jobTitle,
    emails,
    phones,
    address: draft.address,
    postcode: draft.postcode,
    city: draft.city,
    country: draft.country.trim() === '' ? null : draft.country,
    language: draft.language === '' ? null : draft.language,
    birthday: draft.birthday === '' ? null : draft.birthday,
    source: draft.source,
    notes: draft.notes,
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
    consentEmail: draft.consentEmail,
    consentPhone: draft.consentPhone,
    consentMail: draft.consentMail,
    scope: draft.scope,
  };
  return { value, lists };
}

export function contactCreateInput(draft: ContactDraft): ContactCreateInput {
  const { value } = fields(draft);
  return {
    ...value,
    ...(draft.tagIds.length > 0 ? { tagIds: draft.tagIds } : {}),
    ...(draft.company ? { company: { companyId: draft.company.id, role: draft.role } } : {}),
  };
}

export function contactUpdateInput(id: string, draft: ContactDraft): ContactUpdateInput {
  return { id, patch: fields(draft).value };
}

/** Checks the form with the contract's own schema; issue paths name the form's fields. */
export function validateContactDraft(draft: ContactDraft, mode: 'create' | 'edit'): FieldIssue[] {
  const { lists } = fields(draft);
  const issues =
    mode === 'create'
      ? schemaIssues(api['contacts.create'].input, contactCreateInput(draft))
      : stripPrefix(schemaIssues(api['contacts.update'].input, contactUpdateInput('00000000-0000-0000-0000-000000000000', draft)), 'patch');
  const named = mode === 'edit' && !draft.firstName.trim() && !draft.lastName.trim()
    ? [{ path: 'lastName', code: 'required' as const, message: 'a first or last name is required' }]
    : [];
  return [...remapIssuePaths(issues, lists), ...phoneIssues(draft.phones, draft.country), ...named];
}

/** Server issues (paths in what was sent) mapped onto the form's fields. */
export function contactServerIssues(draft: ContactDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  const { lists } = fields(draft);
  return remapIssuePaths(stripPrefix(stripPrefix(issues, 'patch'), 'company').map((issue) =>
    issue.path === 'companyId' ? { ...issue, path: 'company' } : issue,
  ), lists);
}
