import {
  companyNameWords,
  isRoleMailbox,
  nameWords,
  normalizeEmail,
  normalizeLegalId,
  normalizePhone,
  personNameWords,
  sirenOf,
  websiteDomain,
} from '../../../src-shared/domain/duplicate-keys';
import type { PairFacts } from '../../../src-shared/domain/duplicate-score';
import { nameSimilarity } from '../../../src-shared/domain/duplicate-similarity';
import type { DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { foldText, personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { placeholders } from '../common/sql';

/** What is compared only once two records meet: read and normalised on first use (a scan meets few of its records). */
export type MatchDetails = {
  displayName: string;
  city: string | null;
  emails: Set<string>;
  phones: Set<string>;
  legalId: string | null;
  siren: string | null;
  website: string | null;
};

/** A contact or company as the matching sees it: its name's words, its place, its companies. */
export type MatchRecord = {
  id: string;
  words: string[];
  /** The words sorted: equal for the same name in any order. */
  nameKey: string;
  cityKey: string;
  /** Contacts: the companies they are linked to (live links). */
  companyIds: Set<string>;
  details?: MatchDetails;
};

/** Gives a record's details, reading them when the record was loaded without. */
export type DetailsReader = (record: MatchRecord) => MatchDetails;

type ContactRow = { id: string; first_name: string | null; last_name: string | null; city: string | null; emails: string; phones: string };
type CompanyRow = { id: string; name: string; city: string | null; emails: string; phones: string; legal_id: string | null; website: string | null };

function emailsOf(json: string, entity: DuplicateEntity): Set<string> {
  const emails = new Set<string>();
  for (const entry of parseJson<{ address?: string }[]>(json, [])) {
    const email = normalizeEmail(entry.address);
    if (email && (entity === 'company' || !isRoleMailbox(email))) emails.add(email);
  }
  return emails;
}

function phonesOf(json: string): Set<string> {
  const phones = new Set<string>();
  for (const entry of parseJson<{ e164?: string }[]>(json, [])) {
    const phone = normalizePhone(entry.e164);
    if (phone) phones.add(phone);
  }
  return phones;
}

export const sortedKey = (words: readonly string[]) => [...words].sort().join(' ');

function contactDetails(row: ContactRow): MatchDetails {
  return {
    displayName: personDisplayName(row.first_name, row.last_name),
    city: row.city,
    emails: emailsOf(row.emails, 'contact'),
    phones: phonesOf(row.phones),
    legalId: null,
    siren: null,
    website: null,
  };
}

function companyDetails(row: CompanyRow): MatchDetails {
  const legalId = normalizeLegalId(row.legal_id);
  return {
    displayName: row.name,
    city: row.city,
    emails: emailsOf(row.emails, 'company'),
    phones: phonesOf(row.phones),
    legalId,
    siren: sirenOf(legalId),
    website: websiteDomain(row.website),
  };
}

function recordOf(id: string, words: string[], cityKey: string, companyIds: Set<string>, details?: MatchDetails): MatchRecord {
  return { id, words, nameKey: sortedKey(words), cityKey, companyIds, ...(details ? { details } : {}) };
}

const CONTACT_COLUMNS = 'id, first_name, last_name, city, emails, phones';
const COMPANY_COLUMNS = 'id, name, city, emails, phones, legal_id, website';

/** Live company links of these contacts (all of them when `ids` is null). */
export function companyLinksOf(db: ReadDb, ids: readonly string[] | null): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const add = (rows: [string, string][]) => {
    for (const [contactId, companyId] of rows) {
      const set = links.get(contactId);
      if (set) set.add(companyId);
      else links.set(contactId, new Set([companyId]));
    }
  };
  if (ids === null) {
    add(db.prepare('SELECT contact_id, company_id FROM contact_companies WHERE deleted = 0').raw().all() as [string, string][]);
    return links;
  }
  for (let start = 0; start < ids.length; start += 500) {
    const part = ids.slice(start, start + 500);
    const rows = prepared(db, `SELECT contact_id, company_id FROM contact_companies WHERE contact_id IN (${placeholders(part.length)}) AND deleted = 0`).all(...part) as {
      contact_id: string;
      company_id: string;
    }[];
    add(rows.map((row) => [row.contact_id, row.company_id]));
  }
  return links;
}

/** These live records, read whole (details included). */
export function loadMatchRecords(db: ReadDb, entity: DuplicateEntity, ids: readonly string[]): Map<string, MatchRecord> {
  const table = entity === 'contact' ? 'contacts' : 'companies';
  const columns = entity === 'contact' ? CONTACT_COLUMNS : COMPANY_COLUMNS;
  const records = new Map<string, MatchRecord>();
  const links = entity === 'contact' ? companyLinksOf(db, ids) : new Map<string, Set<string>>();
  for (let start = 0; start < ids.length; start += 500) {
    const part = ids.slice(start, start + 500);
    for (const row of prepared(db, `SELECT ${columns} FROM ${table} WHERE id IN (${placeholders(part.length)}) AND deleted = 0`).all(...part) as (ContactRow | CompanyRow)[]) {
      const record =
        entity === 'contact'
          ? recordOf(row.id, personNameWords((row as ContactRow).first_name, (row as ContactRow).last_name), foldText(row.city ?? ''), links.get(row.id) ?? new Set(), contactDetails(row as ContactRow))
          : recordOf(row.id, companyNameWords((row as CompanyRow).name), foldText(row.city ?? ''), new Set(), companyDetails(row as CompanyRow));
      records.set(row.id, record);
    }
  }
  return records;
}

/**
 * Every live record, light: names and places from the lists' own indexes (the folded sort and
 * city keys), without reading the records themselves — a scan reads details only for the few it
 * pairs up (`detailsReader`).
 */
export function loadAllMatchRecords(db: ReadDb, entity: DuplicateEntity): MatchRecord[] {
  const table = entity === 'contact' ? 'contacts' : 'companies';
  const cities = new Map(db.prepare(`SELECT id, city_key FROM ${table} WHERE deleted = 0`).raw().all() as [string, string][]);
  const links = entity === 'contact' ? companyLinksOf(db, null) : new Map<string, Set<string>>();
  const names = db.prepare(`SELECT id, sort_key FROM ${table} WHERE deleted = 0`).raw().all() as [string, string][];
  // The sort key is the folded name ("dupont jean-pierre", "acme s.a.r.l."): the same words as the name itself.
  const wordsOf = entity === 'contact' ? nameWords : companyNameWords;
  return names.map(([id, sortKey]) => recordOf(id, wordsOf(sortKey), cities.get(id) ?? '', links.get(id) ?? new Set()));
}

/** Reads (once) the details of records loaded light. */
export function detailsReader(db: ReadDb, entity: DuplicateEntity): DetailsReader {
  const select = prepared(db, `SELECT ${entity === 'contact' ? CONTACT_COLUMNS : COMPANY_COLUMNS} FROM ${entity === 'contact' ? 'contacts' : 'companies'} WHERE id = ?`);
  return (record) => {
    if (!record.details) {
      const row = select.get(record.id) as ContactRow | CompanyRow | undefined;
      record.details = !row
        ? { displayName: '', city: null, emails: new Set(), phones: new Set(), legalId: null, siren: null, website: null }
        : entity === 'contact'
          ? contactDetails(row as ContactRow)
          : companyDetails(row as CompanyRow);
    }
    return record.details;
  };
}

const intersection = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((value) => b.has(value)).sort();

/**
 * What two records share. `companyName` names a shared company for the evidence;
 * `knownSimilarity` saves computing the names' similarity again.
 */
export function factsBetween(a: MatchRecord, b: MatchRecord, details: DetailsReader, companyName: (id: string) => string, knownSimilarity?: number): PairFacts {
  const da = details(a);
  const db = details(b);
  const sharedCompany = [...a.companyIds].find((id) => b.companyIds.has(id));
  const named = a.words.length > 0 && b.words.length > 0;
  return {
    emails: intersection(da.emails, db.emails),
    phones: intersection(da.phones, db.phones),
    legalId: da.legalId !== null && da.legalId === db.legalId ? da.legalId : null,
    siren: da.siren !== null && da.siren === db.siren ? da.siren : null,
    website: da.website !== null && da.website === db.website ? da.website : null,
    nameSimilarity: named ? (knownSimilarity ?? nameSimilarity(a.words, b.words)) : null,
    sameName: named && a.nameKey === b.nameKey ? db.displayName : null,
    company: sharedCompany ? companyName(sharedCompany) : null,
    city: a.cityKey !== '' && a.cityKey === b.cityKey ? (db.city ?? da.city) : null,
  };
}

/** Names of companies by id, read once each. */
export function companyNamer(db: ReadDb): (id: string) => string {
  const known = new Map<string, string>();
  return (id) => {
    let name = known.get(id);
    if (name === undefined) {
      name = (prepared(db, 'SELECT name FROM companies WHERE id = ?').pluck().get(id) as string | undefined) ?? '';
      known.set(id, name);
    }
    return name;
  };
}
