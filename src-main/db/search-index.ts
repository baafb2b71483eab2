import { phoneSearchTokens } from '../../src-shared/domain/phone';
import { personDisplayName } from '../../src-shared/domain/text';
import { prepared, type ReadDb, type WriteDb } from './handles';
import type { SearchDocRef } from './synced-tables';

type Doc = { title: string; body: string; rowid: number };

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
       FROM contacts c WHERE c.deleted = 0`;

function contactDocOf(row: ContactDocRow): Doc {
  return {
    rowid: row.rowid,
    title: personDisplayName(row.first_name, row.last_name),
    body: [row.job_title, row.city, row.postcode, row.companies, ...contactSearchText(row.emails, row.phones)]
      .filter(Boolean)
      .join(' '),
  };
}

function contactDoc(db: ReadDb, id: string): Doc | null {
  const row = prepared(db, `${CONTACT_DOC_SELECT} AND c.id = ?`).get(id) as ContactDocRow | undefined;
  return row ? contactDocOf(row) : null;
}

const COMPANY_DOC_SELECT = 'SELECT rowid, id, name, legal_id, industry, website, addresses, emails, phones FROM companies WHERE deleted = 0';

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

function companyDoc(db: ReadDb, id: string): Doc | null {
  const row = prepared(db, `${COMPANY_DOC_SELECT} AND id = ?`).get(id) as CompanyDocRow | undefined;
  return row ? companyDocOf(row) : null;
}

function buildDoc(db: ReadDb, ref: SearchDocRef): Doc | null {
  return ref.entity === 'contact' ? contactDoc(db, ref.id) : companyDoc(db, ref.id);
}

/** Brings the index rows of these records up to date (removed when the record is deleted). */
export function refreshSearchDocs(db: WriteDb, refs: SearchDocRef[]): void {
  const findDoc = prepared(db, 'SELECT doc_id, record_rowid FROM search_docs WHERE entity = ? AND record_id = ?');
  const addDoc = prepared(db, 'INSERT INTO search_docs (entity, record_id, record_rowid) VALUES (?, ?, ?)');
  const moveDoc = prepared(db, 'UPDATE search_docs SET record_rowid = ? WHERE doc_id = ?');
  const removeDoc = prepared(db, 'DELETE FROM search_docs WHERE doc_id = ?');
  const currentText = prepared(db, 'SELECT title, body FROM search_fts WHERE rowid = ?');
  const removeText = prepared(db, 'DELETE FROM search_fts WHERE rowid = ?');
  const addText = prepared(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  for (const ref of refs) {
    const existing = findDoc.get(ref.entity, ref.id) as { doc_id: number; record_rowid: number } | undefined;
    const doc = buildDoc(db, ref);
    if (existing && doc && existing.record_rowid === doc.rowid) {
      // Most edits (notes, consent, dates…) do not change what the record is found by.
      const indexed = currentText.get(existing.doc_id) as { title: string; body: string } | undefined;
      if (indexed && indexed.title === doc.title && indexed.body === doc.body) continue;
    }
    if (existing) removeText.run(existing.doc_id);
    if (!doc) {
      if (existing) removeDoc.run(existing.doc_id);
      continue;
    }
    let docId: number;
    if (existing) {
      docId = existing.doc_id;
      moveDoc.run(doc.rowid, docId);
    } else {
      docId = Number(addDoc.run(ref.entity, ref.id, doc.rowid).lastInsertRowid);
    }
    addText.run(docId, doc.title, doc.body);
  }
}

const REBUILD_PAGE = 2_000;

/**
 * Rebuilds the whole index from the tables (after a bulk load or a restore): each table read in
 * one pass, in id order (the index on record ids then grows at its end).
 */
export function rebuildSearchIndex(db: WriteDb): void {
  db.exec('DELETE FROM search_fts; DELETE FROM search_docs;');
  const addDoc = prepared(db, 'INSERT INTO search_docs (entity, record_id, record_rowid) VALUES (?, ?, ?)');
  const addText = prepared(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const add = (entity: SearchDocRef['entity'], id: string, doc: Doc) => {
    const docId = addDoc.run(entity, id, doc.rowid).lastInsertRowid;
    addText.run(docId, doc.title, doc.body);
  };
  for (const row of inIdOrder<CompanyDocRow>(db, COMPANY_DOC_SELECT, 'id')) add('company', row.id, companyDocOf(row));
  for (const row of inIdOrder<ContactDocRow>(db, CONTACT_DOC_SELECT, 'c.id')) add('contact', row.id, contactDocOf(row));
}

/** The rows of a query, read a page at a time (the connection cannot write while a statement iterates). */
function* inIdOrder<T extends { id: string }>(db: ReadDb, select: string, idColumn: string): Generator<T> {
  const page = prepared(db, `${select} AND ${idColumn} > ? ORDER BY ${idColumn} LIMIT ${REBUILD_PAGE}`);
  let after = '';
  for (;;) {
    const rows = page.all(after) as T[];
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < REBUILD_PAGE) return;
    after = last.id;
  }
}

/**
 * True when every index entry still points at its record's rowid. Rowids only move when a
 * database is rebuilt by VACUUM, which a restored backup (VACUUM INTO) may have been.
 */
export function searchIndexMatchesRowids(db: ReadDb): boolean {
  const moved = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM search_docs d LEFT JOIN contacts c ON c.rowid = d.record_rowid
                       WHERE d.entity = 'contact' AND (c.id IS NULL OR c.id <> d.record_id))
           OR EXISTS (SELECT 1 FROM search_docs d LEFT JOIN companies co ON co.rowid = d.record_rowid
                       WHERE d.entity = 'company' AND (co.id IS NULL OR co.id <> d.record_id))`,
    )
    .pluck()
    .get();
  return moved === 0;
}
