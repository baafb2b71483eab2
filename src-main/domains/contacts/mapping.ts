import type { ConsentValue, EmailEntry } from '../../../src-shared/contract/inputs/common';
import type { Civility } from '../../../src-shared/contract/inputs/contacts';
import type { Contact } from '../../../src-shared/domain/records';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { personDisplayName } from '../../../src-shared/domain/text';
import { parseJson } from '../common/json';

export type ContactDbRow = {
  id: string;
  civility: string | null;
  first_name: string | null;
  last_name: string | null;
  job_title: string | null;
  emails: string;
  phones: string;
  address: string | null;
  city: string | null;
  postcode: string | null;
  country: string | null;
  language: string | null;
  birthday: string | null;
  source: string | null;
  notes: string | null;
  owner_id: string;
  consent_email: string;
  consent_phone: string;
  consent_mail: string;
  scope: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
  merged_into?: string | null;
};

export function contactFromRow(row: ContactDbRow): Contact {
  return {
    id: row.id,
    civility: row.civility as Civility | null,
    firstName: row.first_name,
    lastName: row.last_name,
    displayName: personDisplayName(row.first_name, row.last_name),
    jobTitle: row.job_title,
    emails: parseJson<EmailEntry[]>(row.emails, []),
    phones: parseJson<PhoneNumber[]>(row.phones, []),
    address: row.address,
    city: row.city,
    postcode: row.postcode,
    country: row.country,
    language: row.language,
    birthday: row.birthday,
    source: row.source,
    notes: row.notes,
    ownerId: row.owner_id,
    consentEmail: row.consent_email as ConsentValue,
    consentPhone: row.consent_phone as ConsentValue,
    consentMail: row.consent_mail as ConsentValue,
    scope: row.scope,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    mergedInto: row.merged_into ?? null,
  };
}

/** Contract field name → column name, for the fields a user writes. */
export const contactColumns = {
  civility: 'civility',
  firstName: 'first_name',
  lastName: 'last_name',
  jobTitle: 'job_title',
  emails: 'emails',
  phones: 'phones',
  address: 'address',
  city: 'city',
  postcode: 'postcode',
  country: 'country',
  language: 'language',
  birthday: 'birthday',
  source: 'source',
  notes: 'notes',
  ownerId: 'owner_id',
  consentEmail: 'consent_email',
  consentPhone: 'consent_phone',
  consentMail: 'consent_mail',
  scope: 'scope',
} as const;
