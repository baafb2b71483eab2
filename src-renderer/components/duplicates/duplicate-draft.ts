import type { ApiInput } from '../../../src-shared/contract/api';
import type { CompanyDraft } from '../../lib/company-draft';
import type { ContactDraft } from '../../lib/contact-draft';

/** What `duplicates.check` is given: the record as typed so far. */
export type DuplicateCheckDraft = ApiInput<'duplicates.check'>['draft'];

const text = (value: string, max: number): string | null => {
  const trimmed = value.trim().slice(0, max);
  return trimmed === '' ? null : trimmed;
};

const filled = (values: readonly string[], max: number): string[] =>
  values
    .map((value) => value.trim().slice(0, max))
    .filter((value) => value !== '')
    .slice(0, 10);

/** The contact form as a duplicate-check draft: names, e-mails, phones, company and city. */
export function contactDuplicateDraft(draft: ContactDraft): DuplicateCheckDraft {
  return {
    firstName: text(draft.firstName, 100),
    lastName: text(draft.lastName, 100),
    emails: filled(
      draft.emails.map((email) => email.address),
      254,
    ),
    phones: filled(
      draft.phones.map((phone) => phone.number),
      40,
    ),
    country: text(draft.country.toUpperCase(), 2),
    city: text(draft.city, 100),
    companyId: draft.company?.id ?? null,
    companyName: draft.company ? text(draft.company.name, 200) : null,
  };
}

/** The company form as a duplicate-check draft: name, legal id, website, e-mails, phones, city. */
export function companyDuplicateDraft(draft: CompanyDraft): DuplicateCheckDraft {
  const located = draft.addresses.find((address) => address.city.trim() !== '') ?? draft.addresses[0];
  return {
    name: text(draft.name, 200),
    emails: filled(
      draft.emails.map((email) => email.address),
      254,
    ),
    phones: filled(
      draft.phones.map((phone) => phone.number),
      40,
    ),
    country: located ? text(located.country.toUpperCase(), 2) : null,
    city: located ? text(located.city, 100) : null,
    legalId: text(draft.legalId, 50),
    website: text(draft.website, 300),
  };
}

const letters = (value: string | null | undefined) => (value ?? '').replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * Whether the draft holds anything a duplicate could be found by: a name of two letters or more,
 * an e-mail with its @, a phone of six digits or more, a legal id or a website. An empty form asks
 * nothing.
 */
export function hasDuplicateClues(draft: DuplicateCheckDraft): boolean {
  if (letters(draft.firstName) + letters(draft.lastName) >= 2 || letters(draft.name) >= 2) return true;
  if ((draft.emails ?? []).some((email) => /.@./.test(email))) return true;
  if ((draft.phones ?? []).some((phone) => phone.replace(/\D/g, '').length >= 6)) return true;
  return letters(draft.legalId) >= 5 || letters(draft.website) >= 4;
}
