import type { EmailEntry, emailLabels } from '../../src-shared/contract/inputs/common';
import type { FieldIssue } from '../../src-shared/contract/errors';
import { toE164, type PhoneLabel, type PhoneNumber } from '../../src-shared/domain/phone';
import { compactRows, rowKey } from './field-issues';

/** The emails and phones of a form (contacts and companies both have them), as the user edits them. */
export type EmailLabel = (typeof emailLabels)[number];
export type EmailDraft = { key: string; label: EmailLabel; address: string };
export type PhoneDraft = { key: string; label: PhoneLabel; number: string };

export const newEmail = (): EmailDraft => ({ key: rowKey(), label: 'work', address: '' });
export const newPhone = (): PhoneDraft => ({ key: rowKey(), label: 'mobile', number: '' });

/** A record's emails and phones as form rows; an empty list still gets one row to type in. */
export function entryDrafts(record: { emails: readonly EmailEntry[]; phones: readonly PhoneNumber[] }): { emails: EmailDraft[]; phones: PhoneDraft[] } {
  return {
    emails: record.emails.length > 0 ? record.emails.map((email) => ({ key: rowKey(), ...email })) : [newEmail()],
    phones: record.phones.length > 0 ? record.phones.map((phone) => ({ key: rowKey(), label: phone.label, number: phone.raw })) : [newPhone()],
  };
}

/** The filled-in emails and phones as the contract's input, and where each sent row is in the form. */
export function entryInputs(draft: { emails: readonly EmailDraft[]; phones: readonly PhoneDraft[] }) {
  const emails = compactRows(draft.emails, (row) => row.address.trim() === '');
  const phones = compactRows(draft.phones, (row) => row.number.trim() === '');
  return {
    emails: emails.rows.map(({ label, address }) => ({ label, address })),
    phones: phones.rows.map(({ label, number }) => ({ label, number })),
    lists: { emails: emails.draftIndex, phones: phones.draftIndex },
  };
}

/** Phone numbers the core would refuse for the record's country (France when none is given). */
export function phoneIssues(phones: readonly PhoneDraft[], country: string | undefined): FieldIssue[] {
  const region = country?.trim().toUpperCase() || 'FR';
  return phones.flatMap((phone, index) =>
    phone.number.trim() !== '' && toE164(phone.number, region) === null
      ? [{ path: `phones.${index}.number`, code: 'invalid_phone' as const, message: 'not a valid phone number' }]
      : [],
  );
}
