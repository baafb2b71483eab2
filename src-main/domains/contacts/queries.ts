import { ApiError } from '../../../src-shared/contract/errors';
import type { ContactSortField } from '../../../src-shared/contract/inputs/contacts';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { ContactDetail, ContactRow, Page } from '../../../src-shared/domain/records';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { tagsOfRecords, usersById } from '../common/refs';
import { addCommonFilters } from '../common/list-filters';
import { describeScope } from '../common/scope';
import { listPage, rowsInPageOrder } from '../common/paging';
import { Conditions, placeholders } from '../common/sql';
import { linksOfContact } from '../links/queries';
import { relationsOfContact } from '../relations/queries';
import { addSegmentFilter } from '../segments/resolve';
import { contactFromRow, type ContactDbRow } from './mapping';

export function findContactRow(db: ReadDb, id: string): ContactDbRow | undefined {
  return prepared(db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactDbRow | undefined;
}

export function getContactDetail(db: ReadDb, id: string): ContactDetail {
  const row = findContactRow(db, id);
  if (!row) throw ApiError.notFound('Contact', id);
  const contact = contactFromRow(row);
  return {
    ...contact,
    companies: linksOfContact(db, id),
    relations: relationsOfContact(db, id),
    tags: tagsOfRecords(db, 'contact', [id]).get(id) ?? [],
    owner: usersById(db, [row.owner_id]).get(row.owner_id) ?? null,
    sharedWith: describeScope(db, row.scope),
  };
}

const sortColumns: Record<ContactSortField, string> = {
  name: 'c.sort_key',
  firstName: 'c.first_key',
  city: 'c.city_key',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
};

type ListInput = ApiParsedInput<'contacts.list'>;

function listConditions(db: ReadDb, input: ListInput): Conditions {
  const where = new Conditions();
  addCommonFilters(where, 'c', 'contact', input.filters);
  if (input.filters.segmentId) addSegmentFilter(where, db, input.filters.segmentId, 'c', 'contact');
  if (input.filters.companyId) {
    where.add(
      'EXISTS (SELECT 1 FROM contact_companies l WHERE l.contact_id = c.id AND l.company_id = ? AND l.deleted = 0)',
      input.filters.companyId,
    );
  }
  return where;
}

type ListDbRow = Pick<
  ContactDbRow,
  'id' | 'first_name' | 'last_name' | 'job_title' | 'emails' | 'phones' | 'city' | 'postcode' | 'country' | 'owner_id' | 'created_at' | 'updated_at'
>;

/** The current company of each contact: the primary link first, then the latest still running. */
function currentCompanies(db: ReadDb, ids: readonly string[]): Map<string, { id: string; name: string }> {
  const result = new Map<string, { id: string; name: string }>();
  if (ids.length === 0) return result;
  const rows = prepared(
    db,
    `SELECT l.contact_id, co.id, co.name FROM contact_companies l JOIN companies co ON co.id = l.company_id
        WHERE l.contact_id IN (${placeholders(ids.length)}) AND l.deleted = 0 AND +co.deleted = 0
        ORDER BY l.contact_id, l.end_date IS NOT NULL, l.is_primary DESC, l.start_date DESC`,
  ).all(...ids) as { contact_id: string; id: string; name: string }[];
  for (const row of rows) if (!result.has(row.contact_id)) result.set(row.contact_id, { id: row.id, name: row.name });
  return result;
}

/**
 * One page of contacts, sorted and filtered in SQL. The page's rows are picked from the indexes
 * (see paging.ts: deep offsets stay cheap), then only those rows are read.
 */
export function listContacts(db: ReadDb, input: ListInput): Page<ContactRow> {
  const where = listConditions(db, input);
  const { rowids, total } = listPage(
    db,
    { from: 'contacts c', alias: 'c', sortExpr: sortColumns[input.sort.field], dir: input.sort.dir, where },
    input,
  );
  const rows = rowsInPageOrder<ListDbRow>(
    db,
    `SELECT c.rowid AS _rowid, c.id, c.first_name, c.last_name, c.job_title, c.emails, c.phones, c.city, c.postcode, c.country,
            c.owner_id, c.created_at, c.updated_at
       FROM contacts c WHERE c.rowid`,
    rowids,
  );
  const ids = rows.map((row) => row.id);
  const companies = currentCompanies(db, ids);
  const tags = tagsOfRecords(db, 'contact', ids);
  const owners = usersById(db, rows.map((row) => row.owner_id));
  return {
    total,
    rows: rows.map((row) => {
      const company = companies.get(row.id);
      const email = parseJson<{ address: string }[]>(row.emails, [])[0];
      const phone = parseJson<{ raw: string; e164: string }[]>(row.phones, [])[0];
      return {
        id: row.id,
        displayName: personDisplayName(row.first_name, row.last_name),
        firstName: row.first_name,
        lastName: row.last_name,
        jobTitle: row.job_title,
        email: email?.address ?? null,
        phone: phone?.e164 ?? null,
        city: row.city,
        postcode: row.postcode,
        country: row.country,
        companyId: company?.id ?? null,
        companyName: company?.name ?? null,
        owner: owners.get(row.owner_id) ?? null,
        tags: tags.get(row.id) ?? [],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    }),
  };
}
