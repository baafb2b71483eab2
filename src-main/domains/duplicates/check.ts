import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { DuplicateDraft } from '../../../src-shared/contract/inputs/duplicates';
import {
  companyKeys,
  companyNameWords,
  contactNameKeys,
  normalizeEmail,
  normalizePhone,
  personNameWords,
} from '../../../src-shared/domain/duplicate-keys';
import { scorePair } from '../../../src-shared/domain/duplicate-score';
import { pairKey, type DuplicateCandidate, type DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { foldText, personDisplayName } from '../../../src-shared/domain/text';
import type { Core } from '../../core/core';
import { prepared, type ReadDb } from '../../db/handles';
import { dismissedPairs } from './dismissed';
import { companyNamer, detailsReader, factsBetween, loadMatchRecords, sortedKey, type MatchRecord } from './match-records';
import { recordSummaries } from './summaries';

/** A block bigger than this (a very common name in a big city) is read up to this many records. */
const BLOCK_READ_LIMIT = 3_000;

const idsWithKey = (db: ReadDb, entity: DuplicateEntity, kind: string, key: string, limit = 200): string[] =>
  prepared(db, 'SELECT record_id FROM duplicate_keys WHERE entity = ? AND kind = ? AND key = ? LIMIT ?').pluck().all(entity, kind, key, limit) as string[];

/** Records of a name block in a city, found in the index without reading the others. */
function blockInCity(db: ReadDb, entity: DuplicateEntity, kind: string, key: string, cityKey: string): string[] {
  const table = entity === 'contact' ? 'contacts' : 'companies';
  return prepared(
    db,
    `SELECT k.record_id FROM duplicate_keys k JOIN ${table} r ON r.id = k.record_id
      WHERE k.entity = ? AND k.kind = ? AND k.key = ? AND r.city_key = ? AND r.deleted = 0 LIMIT ${BLOCK_READ_LIMIT}`,
  )
    .pluck()
    .all(entity, kind, key, cityKey) as string[];
}

/** Contacts of a name block who work for a company, found in the indexes. */
function blockInCompany(db: ReadDb, key: string, companyId: string): string[] {
  return prepared(
    db,
    `SELECT k.record_id FROM duplicate_keys k JOIN contact_companies l ON l.contact_id = k.record_id
      WHERE k.entity = 'contact' AND k.kind = 'name' AND k.key = ? AND l.company_id = ? AND l.deleted = 0 LIMIT ${BLOCK_READ_LIMIT}`,
  )
    .pluck()
    .all(key, companyId) as string[];
}

/** The companies a draft contact works for: the one chosen, or those with the typed name. */
function draftCompanyIds(db: ReadDb, draft: DuplicateDraft): Set<string> {
  if (draft.companyId) return new Set([draft.companyId]);
  const words = companyNameWords(draft.companyName);
  return new Set(words.length > 0 ? idsWithKey(db, 'company', 'name', words.join(' '), 20) : []);
}

function draftRecord(db: ReadDb, entity: DuplicateEntity, draft: DuplicateDraft): MatchRecord {
  const emails = new Set((draft.emails ?? []).map((email) => normalizeEmail(email)).filter((email): email is string => email !== null));
  const phones = new Set((draft.phones ?? []).map((phone) => normalizePhone(phone, draft.country)).filter((phone): phone is string => phone !== null));
  const words = entity === 'contact' ? personNameWords(draft.firstName, draft.lastName) : companyNameWords(draft.name);
  const keys = entity === 'company' ? companyKeys({ name: draft.name, legalId: draft.legalId, website: draft.website, emails: [], phones: [] }) : [];
  const keyOf = (kind: string) => keys.find((key) => key.kind === kind)?.key ?? null;
  return {
    id: '',
    words,
    nameKey: sortedKey(words),
    cityKey: foldText(draft.city ?? ''),
    companyIds: entity === 'contact' ? draftCompanyIds(db, draft) : new Set(),
    details: {
      displayName: entity === 'contact' ? personDisplayName(draft.firstName ?? null, draft.lastName ?? null) : (draft.name ?? ''),
      city: draft.city ?? null,
      emails,
      phones,
      legalId: keyOf('legal_id'),
      siren: keyOf('siren'),
      website: keyOf('website'),
    },
  };
}

/** Every record sharing an exact key with the draft, or a name block in its city or company. */
function candidateIds(db: ReadDb, entity: DuplicateEntity, draft: MatchRecord, source: DuplicateDraft): Set<string> {
  const ids = new Set<string>();
  const add = (found: string[]) => found.forEach((id) => ids.add(id));
  const details = draft.details;
  for (const email of details?.emails ?? []) add(idsWithKey(db, entity, 'email', email));
  for (const phone of details?.phones ?? []) add(idsWithKey(db, entity, 'phone', phone));
  for (const kind of ['legal_id', 'siren', 'website'] as const) {
    const value = kind === 'legal_id' ? details?.legalId : kind === 'siren' ? details?.siren : details?.website;
    if (value) add(idsWithKey(db, entity, kind, value));
  }
  if (entity === 'contact') {
    const nameKeys = contactNameKeys(source.firstName, source.lastName);
    for (const key of nameKeys) {
      if (draft.cityKey !== '') add(blockInCity(db, entity, 'name', key, draft.cityKey));
      for (const companyId of draft.companyIds) add(blockInCompany(db, key, companyId));
    }
  } else if (draft.words.length > 0) {
    add(idsWithKey(db, entity, 'name', draft.words.join(' '), 50));
    if (draft.cityKey !== '') {
      const wordKeys = companyKeys({ name: source.name, legalId: null, website: null, emails: [], phones: [] }).filter((key) => key.kind === 'name_word');
      // The rarest word of the name gathers the fewest look-alikes.
      const counted = wordKeys.map((key) => ({
        key: key.key,
        count: prepared(db, "SELECT count(*) FROM duplicate_keys WHERE entity = 'company' AND kind = 'name_word' AND key = ?").pluck().get(key.key) as number,
      }));
      const rarest = counted.sort((a, b) => a.count - b.count)[0];
      if (rarest) add(blockInCity(db, entity, 'name_word', rarest.key, draft.cityKey));
    }
  }
  return ids;
}

/**
 * Possible matches of a record being typed: the same normalised e-mail or E.164 phone, the same
 * legal id, SIREN or website, or a similar name in the same company or city. Best first.
 */
export function checkDuplicates(core: Core, input: ApiParsedInput<'duplicates.check'>): DuplicateCandidate[] {
  const db = core.read;
  const draft = draftRecord(db, input.entity, input.draft);
  const ids = candidateIds(db, input.entity, draft, input.draft);
  if (input.excludeId) ids.delete(input.excludeId);
  if (ids.size === 0) return [];
  const dismissed = input.excludeId ? dismissedPairs(core, input.entity) : new Set<string>();
  const records = loadMatchRecords(db, input.entity, [...ids]);
  const details = detailsReader(db, input.entity);
  const companyName = companyNamer(db);
  const draftName = details(draft).displayName;
  const scored: { id: string; score: NonNullable<ReturnType<typeof scorePair>> }[] = [];
  for (const record of records.values()) {
    if (input.excludeId && dismissed.has(pairKey(input.excludeId, record.id))) continue;
    const facts = factsBetween(draft, record, details, companyName);
    const score = scorePair(input.entity, facts, `${draftName} ≈ ${details(record).displayName}`, { nameAlone: input.entity === 'company' && draft.cityKey === '' });
    if (score) scored.push({ id: record.id, score });
  }
  scored.sort((a, b) => b.score.score - a.score.score || (a.id < b.id ? -1 : 1));
  const best = scored.slice(0, input.limit);
  const summaries = new Map(recordSummaries(db, input.entity, best.map((item) => item.id), new Date(core.clock.now()).toISOString()).map((summary) => [summary.id, summary]));
  return best.flatMap(({ id, score }) => {
    const record = summaries.get(id);
    return record ? [{ ...score, record }] : [];
  });
}
