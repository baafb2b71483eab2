import type { ConsentValue, EmailEntry } from '../../../src-shared/contract/inputs/common';
import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { Civility } from '../../../src-shared/contract/inputs/contacts';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { prepared, type ReadDb } from '../../db/handles';
import type { MergeRecipient } from '../../documents/mail-merge-fields';
import type { PostalAddress } from '../../documents/mail-merge-address';
import { parseJson } from '../common/json';
import { placeholders } from '../common/sql';

/** A contact as a merge reads it: what the letter says, whether they accept mail, how they sort. */
export type RecipientRow = MergeRecipient & { consentMail: ConsentValue; sortKey: string };

type ContactRow = {
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
  owner_id: string;
  consent_mail: string;
  sort_key: string;
};

type CompanyRow = { contact_id: string; name: string; addresses: string; phones: string; emails: string; website: string | null };

const CHUNK = 500;

const firstEmail = (json: string): string | null => parseJson<EmailEntry[]>(json, [])[0]?.address ?? null;
const firstPhone = (json: string): string | null => {
  const phone = parseJson<PhoneNumber[]>(json, [])[0];
  return phone ? phone.e164 || phone.raw : null;
};

/** A company's postal address: its head office, else the first it has. */
function companyAddress(json: string): PostalAddress | null {
  const addresses = parseJson<AddressEntry[]>(json, []);
  const address = addresses.find((entry) => entry.kind === 'head_office') ?? addresses[0];
  return address ? { street: address.street ?? null, postcode: address.postcode ?? null, city: address.city ?? null, country: address.country ?? null } : null;
}

/** The current company of each contact: the primary link first, then the latest still running (as the contacts list shows it). */
function currentCompanies(db: ReadDb, ids: readonly string[]): Map<string, MergeRecipient['company']> {
  const rows = prepared(
    db,
    `SELECT l.contact_id, co.name, co.addresses, co.phones, co.emails, co.website
       FROM contact_companies l JOIN companies co ON co.id = l.company_id
      WHERE l.contact_id IN (${placeholders(ids.length)}) AND l.deleted = 0 AND co.deleted = 0
      ORDER BY l.contact_id, l.end_date IS NOT NULL, l.is_primary DESC, l.start_date DESC`,
  ).all(...ids) as CompanyRow[];
  const companies = new Map<string, MergeRecipient['company']>();
  for (const row of rows) {
    if (companies.has(row.contact_id)) continue;
    companies.set(row.contact_id, { name: row.name, address: companyAddress(row.addresses), phone: firstPhone(row.phones), email: firstEmail(row.emails), website: row.website });
  }
  return companies;
}

function owners(db: ReadDb, ids: readonly string[]): Map<string, { name: string; email: string | null }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = prepared(db, `SELECT id, display_name, email FROM users WHERE id IN (${placeholders(unique.length)})`).all(...unique) as {
    id: string;
    display_name: string;
    email: string | null;
  }[];
  return new Map(rows.map((row) => [row.id, { name: row.display_name, email: row.email }]));
}

function readChunk(db: ReadDb, ids: readonly string[]): RecipientRow[] {
  const rows = prepared(
    db,
    `SELECT id, civility, first_name, last_name, job_title, emails, phones, address, city, postcode, country, owner_id, consent_mail, sort_key
       FROM contacts WHERE id IN (${placeholders(ids.length)}) AND deleted = 0`,
  ).all(...ids) as ContactRow[];
  const companies = currentCompanies(db, ids);
  const people = owners(db, rows.map((row) => row.owner_id));
  return rows.map((row) => ({
    id: row.id,
    civility: row.civility as Civility | null,
    firstName: row.first_name,
    lastName: row.last_name,
    jobTitle: row.job_title,
    email: firstEmail(row.emails),
    phone: firstPhone(row.phones),
    address: { street: row.address, postcode: row.postcode, city: row.city, country: row.country },
    company: companies.get(row.id) ?? null,
    owner: people.get(row.owner_id) ?? null,
    consentMail: row.consent_mail as ConsentValue,
    sortKey: row.sort_key,
  }));
}

/** The contacts of these ids that exist and are not deleted, in the order of `ids`. */
export function readRecipients(db: ReadDb, ids: readonly string[]): RecipientRow[] {
  const byId = new Map<string, RecipientRow>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const row of readChunk(db, ids.slice(start, start + CHUNK))) byId.set(row.id, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
