import { api } from '../../src-shared/contract/api';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { ConsentValue, emailLabels } from '../../src-shared/contract/inputs/common';
import type { Civility, ContactCreateInput, ContactUpdateInput } from '../../src-shared/contract/inputs/contacts';
import { toE164, type PhoneLabel } from '../../src-shared/domain/phone';
import type { ContactDetail } from '../../src-shared/domain/records';
import { compactRows, remapIssuePaths, rowKey, schemaIssues, stripPrefix } from './field-issues';

export type EmailLabel = (typeof emailLabels)[number];
export type EmailDraft = { key: string; label: EmailLabel; address: string };
export type PhoneDraft = { key: string; label: PhoneLabel; number: string };
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
  tagIds: string[];
  /** Only on creation: the company the new contact works for, and the role there. */
  company: { id: string; name: string } | null;
  role: string;
};

export const newEmail = (): EmailDraft => ({ key: rowKey(), label: 'work', address: '' });
export const newPhone = (): PhoneDraft => ({ key: rowKey(), label: 'mobile', number: '' });

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
    emails: contact.emails.length > 0 ? contact.emails.map((email) => ({ key: rowKey(), ...email })) : [newEmail()],
    phones: contact.phones.length > 0 ? contact.phones.map((phone) => ({ key: rowKey(), label: phone.label, number: phone.raw })) : [newPhone()],
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
    tagIds: contact.tags.map((tag) => tag.id),
    company: null,
    role: '',
  };
}

function fields(draft: ContactDraft) {
  const emails = compactRows(draft.emails, (row) => row.address.trim() === '');
  const phones = compactRows(draft.phones, (row) => row.number.trim() === '');
  const value = {
    civility: draft.civility === '' ? null : draft.civility,
    firstName: draft.firstName,
    lastName: draft.lastName,
    jobTitle: draft.jobTitle,
    emails: emails.rows.map(({ label, address }) => ({ label, address })),
    phones: phones.rows.map(({ label, number }) => ({ label, number })),
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
  };
  return { value, lists: { emails: emails.draftIndex, phones: phones.draftIndex } };
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

/** Phone numbers the core would refuse for the contact's country (France by default). */
function phoneIssues(draft: ContactDraft): FieldIssue[] {
  const country = draft.country.trim().toUpperCase() || 'FR';
  return draft.phones.flatMap((phone, index) =>
    phone.number.trim() !== '' && toE164(phone.number, country) === null
      ? [{ path: `phones.${index}.number`, code: 'invalid_phone' as const, message: 'not a valid phone number' }]
      : [],
  );
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
  return [...remapIssuePaths(issues, lists), ...phoneIssues(draft), ...named];
}

/** Server issues (paths in what was sent) mapped onto the form's fields. */
export function contactServerIssues(draft: ContactDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  const { lists } = fields(draft);
  return remapIssuePaths(stripPrefix(stripPrefix(issues, 'patch'), 'company').map((issue) =>
    issue.path === 'companyId' ? { ...issue, path: 'company' } : issue,
  ), lists);
}
