import { catalogEntry } from '../../src-shared/sync/catalog';
import { derivedUuid } from '../domains/common/derived-id';
import { prepared, type ReadDb } from './handles';
import type { Row, SyncedTableName } from './synced-tables';

/*
 * Every place a synced row points at a contact or a company: what a merge moves to the
 * survivor, and what the write path re-points when something still points at a merged record
 * (a link made offline on another PC). One table, read generically; a test compares it with
 * the schema, so a new column referencing contacts or companies cannot be forgotten.
 */

export type ReferencedTable = 'contacts' | 'companies';

/** What a moved row counts as in a merge's summary (see MergeMoved). */
export type MovedCategory = 'activities' | 'deals' | 'quotes' | 'tags' | 'relations' | 'links' | 'subsidiaries' | 'priceLists' | 'views';

type Base = {
  table: SyncedTableName;
  column: string;
  target: ReferencedTable;
  category: MovedCategory;
  /** Only rows where this column holds this value (tags of contacts, not of deals). */
  where?: { column: string; value: string };
};

export type RecordReference =
  | (Base & {
      /** A plain column: the row is re-pointed. */
      kind: 'column';
      /**
       * The live row that already links the new record the same way (the survivor was already
       * at this company, already had this relation): the moved row is then dropped instead.
       */
      twin?: (db: ReadDb, row: Row, to: string) => Row | undefined;
      /** The column on the other end: a row that would link the record to itself is dropped (a relation). */
      otherEnd?: string;
      /** The row is itself a record of the target table (a company's parent): the record cannot point at itself, the link is cleared. */
      ownRow?: boolean;
      /** A flag that only one live row of the new record may hold (the primary company of a contact). */
      onlyOne?: string;
    })
  | (Base & {
      /** A join row whose id derives from its ends: the survivor gets its own row (made, or undeleted), the merged record's is deleted. */
      kind: 'join';
      idFor: (row: Row, to: string) => string;
    })
  | (Base & {
      /** A JSON list of { kind, id } (meeting attendees): the entry is replaced. */
      kind: 'json-list';
      entryKind: string;
    })
  | (Base & {
      /** A saved view's JSON state: a filter on the record is replaced. */
      kind: 'json-filter';
      filter: string;
    });

const liveRow = (db: ReadDb, sqlText: string, ...params: string[]) => prepared(db, sqlText).get(...params) as Row | undefined;

/** Relations read both ways round (a colleague of B is B's colleague) count as the same link. */
const symmetricRelations = new Set(['colleague', 'family']);

function relationTwin(db: ReadDb, from: string, to: string, kind: string): Row | undefined {
  const same = liveRow(db, 'SELECT * FROM contact_relations WHERE from_contact_id = ? AND to_contact_id = ? AND kind = ? AND deleted = 0', from, to, kind);
  if (same || !symmetricRelations.has(kind)) return same;
  return liveRow(db, 'SELECT * FROM contact_relations WHERE from_contact_id = ? AND to_contact_id = ? AND kind = ? AND deleted = 0', to, from, kind);
}

const text = (value: Row[string] | undefined) => String(value ?? '');

export const recordReferences: readonly RecordReference[] = [
  // ---- contacts ----
  {
    table: 'contact_companies',
    column: 'contact_id',
    target: 'contacts',
    category: 'links',
    kind: 'column',
    onlyOne: 'is_primary',
    twin: (db, row, to) => liveRow(db, 'SELECT * FROM contact_companies WHERE contact_id = ? AND company_id = ? AND deleted = 0', to, text(row.company_id)),
  },
  {
    table: 'contact_relations',
    column: 'from_contact_id',
    target: 'contacts',
    category: 'relations',
    kind: 'column',
    otherEnd: 'to_contact_id',
    twin: (db, row, to) => relationTwin(db, to, text(row.to_contact_id), text(row.kind)),
  },
  {
    table: 'contact_relations',
    column: 'to_contact_id',
    target: 'contacts',
    category: 'relations',
    kind: 'column',
    otherEnd: 'from_contact_id',
    twin: (db, row, to) => relationTwin(db, text(row.from_contact_id), to, text(row.kind)),
  },
  {
    table: 'record_tags',
    column: 'record_id',
    target: 'contacts',
    category: 'tags',
    where: { column: 'entity', value: 'contact' },
    kind: 'join',
    // As tags/service.ts tagAssignmentId.
    idFor: (row, to) => derivedUuid(`contact:${to}:${text(row.tag_id)}`),
  },
  {
    table: 'deal_contacts',
    column: 'contact_id',
    target: 'contacts',
    category: 'deals',
    kind: 'join',
    // As deals/service.ts dealContactId.
    idFor: (row, to) => derivedUuid(`deal-contact/${text(row.deal_id)}/${to}`),
  },
  { table: 'activities', column: 'contact_id', target: 'contacts', category: 'activities', kind: 'column' },
  { table: 'activities', column: 'attendees', target: 'contacts', category: 'activities', kind: 'json-list', entryKind: 'contact' },
  { table: 'quotes', column: 'contact_id', target: 'contacts', category: 'quotes', kind: 'column' },
  { table: 'saved_views', column: 'state', target: 'contacts', category: 'views', kind: 'json-filter', filter: 'contactId' },
  // ---- companies ----
  {
    table: 'contact_companies',
    column: 'company_id',
    target: 'companies',
    category: 'links',
    kind: 'column',
    twin: (db, row, to) => liveRow(db, 'SELECT * FROM contact_companies WHERE contact_id = ? AND company_id = ? AND deleted = 0', text(row.contact_id), to),
  },
  { table: 'deals', column: 'company_id', target: 'companies', category: 'deals', kind: 'column' },
  { table: 'activities', column: 'company_id', target: 'companies', category: 'activities', kind: 'column' },
  { table: 'quotes', column: 'company_id', target: 'companies', category: 'quotes', kind: 'column' },
  {
    table: 'price_list_companies',
    column: 'company_id',
    target: 'companies',
    category: 'priceLists',
    kind: 'join',
    // As price-lists/service.ts assignmentId.
    idFor: (row, to) => derivedUuid(`price-list-company/${text(row.price_list_id)}/${to}`),
  },
  { table: 'companies', column: 'parent_company_id', target: 'companies', category: 'subsidiaries', kind: 'column', ownRow: true },
  {
    table: 'record_tags',
    column: 'record_id',
    target: 'companies',
    category: 'tags',
    where: { column: 'entity', value: 'company' },
    kind: 'join',
    idFor: (row, to) => derivedUuid(`company:${to}:${text(row.tag_id)}`),
  },
  { table: 'saved_views', column: 'state', target: 'companies', category: 'views', kind: 'json-filter', filter: 'companyId' },
];

/** The references held by rows of a table. */
export function referencesFrom(table: string): RecordReference[] {
  return recordReferences.filter((reference) => reference.table === table);
}

/** Whether a row of this table answers a reference's filter (a tag on a contact, not on a deal). */
export function answersFilter(reference: RecordReference, row: Row): boolean {
  return !reference.where || row[reference.where.column] === reference.where.value;
}

/**
 * Whether this device's account may write rows of a table: the office server refuses the
 * catalogue's tables (price list assignments) to salespeople, and would revert a whole
 * transaction for one such row. A device without a server may write everything.
 */
export function deviceMayWrite(db: ReadDb, table: string): boolean {
  const entry = catalogEntry(table);
  if (!entry?.adminOnly && !entry?.managersOnly) return true;
  const link = prepared(db, "SELECT value FROM meta WHERE key = 'sync.server'").pluck().get() as string | undefined;
  if (!link) return true;
  const role = (JSON.parse(link) as { role?: string }).role;
  return role === 'administrator' || (role === 'manager' && !entry.adminOnly);
}
