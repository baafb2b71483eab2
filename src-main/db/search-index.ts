import type Database from 'better-sqlite3';
import { phoneSearchTokens } from '../../src-shared/domain/phone';
import { personDisplayName } from '../../src-shared/domain/text';
import { asWriteDb, prepared, type ReadDb, type WriteDb } from './handles';
import type { SearchDocRef } from './synced-tables';

type Doc = { title: string; body: string; rowid: number };
type Entity = SearchDocRef['entity'];

/*
 * Each kind of entry has its own range of doc ids (the FTS rowids): contacts and companies,
 * deals, activities. A search (or a list filter) on one kind reads its range only, so 300,000
 * activities never slow the search for a contact. Ids are given explicitly (never by
 * AUTOINCREMENT), the next one after the range's last.
 */
export type SearchDocGroup = 'record' | 'deal' | 'activity';
const RANGE_SIZE = 2 ** 44;
const groupIndex: Record<SearchDocGroup, number> = { record: 0, deal: 1, activity: 2 };

export const searchDocGroup = (entity: Entity): SearchDocGroup => (entity === 'deal' ? 'deal' : entity === 'activity' ? 'activity' : 'record');

/** The doc ids (FTS rowids) of a group's entries, both ends included. */
export function searchDocIds(group: SearchDocGroup): { first: number; last: number } {
  const base = groupIndex[group] * RANGE_SIZE;
  return { first: base + 1, last: base + RANGE_SIZE - 1 };
}

/**
 * What the index holds, stored in `meta`. 1 (or no marker): contacts and companies; 2: deals and
 * activities too. A database indexed by an older version gets the missing entries at open.
 */
export const SEARCH_INDEX_VERSION = 2;
const VERSION_KEY = 'search.index_version';

type ContactDocRow = {
  rowid: number;
  id: string;
  first_name: string | null;
  last_name: string | null;
  job_title: string | null;
  emails: string;
  phones: string;
  city: string | null;
  postcode: string | null;
  companies: string | null;
};

type CompanyDocRow = {
  rowid: number;
  id: string;
  name: string;
  legal_id: string | null;
  industry: string | null;
  website: string | null;
  addresses: string;
  emails: string;
  phones: string;
};

type DealDocRow = { rowid: number; id: string; title: string; company: string | null; next_step: string | null };
type ActivityDocRow = { rowid: number; id: string; subject: string; notes: string | null };

function jsonList<T>(value: string | null | undefined): T[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

function contactSearchText(emailsJson: string, phonesJson: string): string[] {
  const emails = jsonList<{ address: string }>(emailsJson).map((email) => email.address);
  const phones = jsonList<{ e164: string }>(phonesJson).flatMap((phone) => phoneSearchTokens(phone.e164));
  return [...emails, ...phones];
}

const CONTACT_DOC_SELECT = `SELECT c.rowid, c.id, c.first_name, c.last_name, c.job_title, c.emails, c.phones, c.city, c.postcode,
            (SELECT group_concat(co.name, ' ') FROM contact_companies l JOIN companies co ON co.id = l.company_id
              WHERE l.contact_id = c.id AND l.deleted = 0 AND co.deleted = 0) AS companies
       FROM contacts c WHERE +c.deleted = 0`;

function contactDocOf(row: ContactDocRow): Doc {
  return {
    rowid: row.rowid,
    title: personDisplayName(row.first_name, row.last_name),
    body: [row.job_title, row.city, row.postcode, row.companies, ...contactSearchText(row.emails, row.phones)]
      .filter(Boolean)
      .join(' '),
  };
}

const COMPANY_DOC_SELECT = 'SELECT rowid, id, name, legal_id, industry, website, addresses, emails, phones FROM companies co WHERE +co.deleted = 0';

function companyDocOf(row: CompanyDocRow): Doc {
  const places = jsonList<{ city?: string | null; postcode?: string | null }>(row.addresses).flatMap((a) => [a.city, a.postcode]);
  const website = row.website?.replace(/^https?:\/\/(www\.)?/i, '') ?? null;
  return {
    rowid: row.rowid,
    title: row.name,
    body: [row.legal_id, row.legal_id?.replace(/\s/g, ''), row.industry, website, ...places, ...contactSearchText(row.emails, row.phones)]
      .filter(Boolean)
      .join(' '),
  };
}

/** A deal is found by its title, its company's name and its next step. */
const DEAL_DOC_SELECT = `SELECT d.rowid, d.id, d.title, d.next_step,
            (SELECT co.name FROM companies co WHERE co.id = d.company_id AND co.deleted = 0) AS company
       FROM deals d WHERE +d.deleted = 0`;

const dealDocOf = (row: DealDocRow): Doc => ({ rowid: row.rowid, title: row.title, body: [row.company, row.next_step].filter(Boolean).join(' ') });

/** An activity is found by its subject and its notes (who may see it is checked when searching). */
const ACTIVITY_DOC_SELECT = 'SELECT a.rowid, a.id, a.subject, a.notes FROM activities a WHERE +a.deleted = 0';

const activityDocOf = (row: ActivityDocRow): Doc => ({ rowid: row.rowid, title: row.subject, body: row.notes ?? '' });

/**
 * Where each kind's entries come from: its query (one record: `AND <alias>.id = ?`) and its
 * document. The queries test `+deleted` so that the planner goes by the id index: on a database
 * without statistics (a restored backup, a rebuild from the log) it would otherwise take an index
 * on `deleted` and sort the whole table again for each page of a rebuild.
 */
type DocSource = { select: string; alias: string; docOf: (row: never) => Doc };

const sources: Record<Entity, DocSource> = {
  company: { select: COMPANY_DOC_SELECT, alias: 'co', docOf: companyDocOf },
  contact: { select: CONTACT_DOC_SELECT, alias: 'c', docOf: contactDocOf },
  deal: { select: DEAL_DOC_SELECT, alias: 'd', docOf: dealDocOf },
  activity: { select: ACTIVITY_DOC_SELECT, alias: 'a', docOf: activityDocOf },
};

/** Records read (and entries looked up) per query when refreshing many at once. */
const REFRESH_CHUNK = 500;

type Indexed = { doc_id: number; record_id: string; record_rowid: number; title: string | null; body: string | null };

/** The documents of these records of one kind, by id (absent: the record is deleted or gone). */
function buildDocs(db: ReadDb, entity: Entity, ids: readonly string[]): Map<string, Doc> {
  const source = sources[entity];
  const rows = prepared(db, `${source.select} AND ${source.alias}.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (Doc & { id: string })[];
  return new Map(rows.map((row) => [row.id, source.docOf(row as never)]));
}

/** The entries these records have now, with their text, by record id. */
function indexedDocs(db: ReadDb, entity: Entity, ids: readonly string[]): Map<string, Indexed> {
  const rows = prepared(
    db,
    `SELECT d.doc_id, d.record_id, d.record_rowid, f.title, f.body FROM search_docs d LEFT JOIN search_fts f ON f.rowid = d.doc_id
      WHERE d.entity = ? AND d.record_id IN (SELECT value FROM json_each(?))`,
  ).all(entity, JSON.stringify(ids)) as Indexed[];
  return new Map(rows.map((row) => [row.record_id, row]));
}

/** The id the next entry of a group gets: one past the group's last. */
function nextDocId(db: ReadDb, group: SearchDocGroup): number {
  const { first, last } = searchDocIds(group);
  const highest = prepared(db, 'SELECT max(doc_id) FROM search_docs WHERE doc_id BETWEEN ? AND ?').pluck().get(first, last) as number | null;
  return highest === null ? first : highest + 1;
}

/** A change of one entry's text: the old text removed, the new one added (either or both). */
type TextWrite = { docId: number; remove: boolean; add: Doc | null };

/**
 * Brings the index rows of these records up to date (removed when the record is deleted). Read
 * a chunk of records at a time, kind by kind: an import of 100,000 contacts costs a few hundred
 * queries, not several per contact.
 *
 * The text is written in doc id order: FTS5 writes what it holds so far as a new segment each
 * time a rowid lower than the previous one comes, and merges segments soon after, so entries
 * written in the order the records came (a pull of 100 edits) cost one segment and its merges
 * each (large: ~160 ms per 50 entries, against ~3 ms in order).
 */
export function refreshSearchDocs(db: WriteDb, refs: SearchDocRef[]): void {
  const addDoc = prepared(db, 'INSERT INTO search_docs (doc_id, entity, record_id, record_rowid) VALUES (?, ?, ?, ?)');
  const moveDoc = prepared(db, 'UPDATE search_docs SET record_rowid = ? WHERE doc_id = ?');
  const removeDoc = prepared(db, 'DELETE FROM search_docs WHERE doc_id = ?');
  const removeText = prepared(db, 'DELETE FROM search_fts WHERE rowid = ?');
  const addText = prepared(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const next = new Map<SearchDocGroup, number>();
  const byEntity = new Map<Entity, Set<string>>();
  for (const ref of refs) {
    const ids = byEntity.get(ref.entity) ?? new Set<string>();
    ids.add(ref.id);
    byEntity.set(ref.entity, ids);
  }
  const texts: TextWrite[] = [];
  for (const [entity, idSet] of byEntity) {
    const ids = [...idSet];
    const group = searchDocGroup(entity);
    for (let at = 0; at < ids.length; at += REFRESH_CHUNK) {
      const chunk = ids.slice(at, at + REFRESH_CHUNK);
      const docs = buildDocs(db, entity, chunk);
      const indexed = indexedDocs(db, entity, chunk);
      for (const id of chunk) {
        const existing = indexed.get(id);
        const doc = docs.get(id);
        // Most edits (notes, consent, dates…) do not change what the record is found by.
        if (existing && doc && existing.record_rowid === doc.rowid && existing.title === doc.title && existing.body === doc.body) continue;
        if (!doc) {
          if (existing) {
            texts.push({ docId: existing.doc_id, remove: true, add: null });
            removeDoc.run(existing.doc_id);
          }
          continue;
        }
        let docId: number;
        if (existing) {
          docId = existing.doc_id;
          moveDoc.run(doc.rowid, docId);
        } else {
          docId = next.get(group) ?? nextDocId(db, group);
          next.set(group, docId + 1);
          addDoc.run(docId, entity, id, doc.rowid);
        }
        texts.push({ docId, remove: existing !== undefined, add: doc });
      }
    }
  }
  texts.sort((a, b) => a.docId - b.docId);
  for (const { docId, remove, add } of texts) {
    if (remove) removeText.run(docId);
    if (add) addText.run(docId, add.title, add.body);
  }
}

const REBUILD_PAGE = 2_000;

/** Indexes every record of these kinds, in id order (the index on record ids then grows at its end). */
function indexAll(db: WriteDb, entities: Entity[]): number {
  const addDoc = prepared(db, 'INSERT INTO search_docs (doc_id, entity, record_id, record_rowid) VALUES (?, ?, ?, ?)');
  const addText = prepared(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const next = new Map<SearchDocGroup, number>();
  let added = 0;
  for (const entity of entities) {
    const group = searchDocGroup(entity);
    let docId = next.get(group) ?? nextDocId(db, group);
    const source = sources[entity];
    for (const row of inIdOrder<{ id: string }>(db, entity)) {
      const doc = source.docOf(row as never);
      addDoc.run(docId, entity, row.id, doc.rowid);
      addText.run(docId, doc.title, doc.body);
      docId += 1;
      added += 1;
    }
    next.set(group, docId);
  }
  return added;
}

function markCurrent(db: WriteDb): void {
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    VERSION_KEY,
    String(SEARCH_INDEX_VERSION),
  );
}

/**
 * Rebuilds the whole index from the tables (after a bulk load or a restore): each table read in
 * one pass, in id order.
 */
export function rebuildSearchIndex(db: WriteDb): void {
  db.exec('DELETE FROM search_fts; DELETE FROM search_docs;');
  indexAll(db, ['company', 'contact', 'deal', 'activity']);
  markCurrent(db);
}

/**
 * Brings the index of a database indexed by an older version up to this one's, at open: version
 * 1 held contacts and companies only, so deals and activities are added, the rest left as it is.
 * Returns how many entries were added, null when the index was already current.
 */
export function upgradeSearchIndex(database: Database.Database): number | null {
  // A schema without these tables (opened with an older set of migrations) has nothing to upgrade yet.
  const tables = database
    .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'search_docs', 'search_fts', 'deals', 'activities')")
    .pluck()
    .get() as number;
  if (tables < 5) return null;
  const stored = Number(database.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(VERSION_KEY) ?? 1);
  if (stored >= SEARCH_INDEX_VERSION) return null;
  return database.transaction(() => {
    const db = asWriteDb(database);
    // Whatever the ranges of these kinds hold is indexed afresh.
    for (const group of ['deal', 'activity'] as const) {
      const { first, last } = searchDocIds(group);
      prepared(db, 'DELETE FROM search_fts WHERE rowid BETWEEN ? AND ?').run(first, last);
      prepared(db, 'DELETE FROM search_docs WHERE doc_id BETWEEN ? AND ?').run(first, last);
    }
    const added = indexAll(db, ['deal', 'activity']);
    markCurrent(db);
    return added;
  })();
}

/** The rows of a query, read a page at a time (the connection cannot write while a statement iterates). */
/** A page of a kind's records for a rebuild: those after an id, in id order. */
export function rebuildPageSql(entity: Entity): string {
  const { select, alias } = sources[entity];
  return `${select} AND ${alias}.id > ? ORDER BY ${alias}.id LIMIT ${REBUILD_PAGE}`;
}

function* inIdOrder<T extends { id: string }>(db: ReadDb, entity: Entity): Generator<T> {
  const page = prepared(db, rebuildPageSql(entity));
  let after = '';
  for (;;) {
    const rows = page.all(after) as T[];
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < REBUILD_PAGE) return;
    after = last.id;
  }
}

const indexedTables: Record<Entity, string> = { contact: 'contacts', company: 'companies', deal: 'deals', activity: 'activities' };

/**
 * True when every index entry still points at its record's rowid. Rowids only move when a
 * database is rebuilt by VACUUM, which a restored backup (VACUUM INTO) may have been.
 */
export function searchIndexMatchesRowids(db: ReadDb): boolean {
  const moved = Object.entries(indexedTables).map(
    ([entity, table]) => `EXISTS (SELECT 1 FROM search_docs d LEFT JOIN ${table} r ON r.rowid = d.record_rowid
                                   WHERE d.entity = '${entity}' AND (r.id IS NULL OR r.id <> d.record_id))`,
  );
  return db.prepare(`SELECT ${moved.join(' OR ')}`).pluck().get() === 0;
}
