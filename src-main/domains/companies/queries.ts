import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { CompanySortField } from '../../../src-shared/contract/inputs/companies';
import type { CompanyDetail, CompanyRow, Page } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { tagsOfRecords, usersById } from '../common/refs';
import { addCommonFilters } from '../common/list-filters';
import { describeScope } from '../common/scope';
import { listPage, rowsInPageOrder } from '../common/paging';
import { addFoldedPrefix, Conditions } from '../common/sql';
import { linksOfCompany } from '../links/queries';
import { addSegmentFilter } from '../segments/resolve';
import { companyFromRow, type CompanyDbRow } from './mapping';

export function findCompanyRow(db: ReadDb, id: string): CompanyDbRow | undefined {
  return prepared(db, 'SELECT * FROM companies WHERE id = ?').get(id) as CompanyDbRow | undefined;
}

export function getCompanyDetail(db: ReadDb, id: string): CompanyDetail {
  const row = findCompanyRow(db, id);
  if (!row) throw ApiError.notFound('Company', id);
  const parent = row.parent_company_id
    ? ((prepared(db, 'SELECT id, name FROM companies WHERE id = ? AND deleted = 0').get(row.parent_company_id) as
        | { id: string; name: string }
        | undefined) ?? null)
    : null;
  const subsidiaries = prepared(
    db,
    'SELECT id, name FROM companies WHERE parent_company_id = ? AND deleted = 0 ORDER BY sort_key LIMIT 500',
  ).all(id) as { id: string; name: string }[];
  return {
    ...companyFromRow(row),
    contacts: linksOfCompany(db, id),
    parent,
    subsidiaries,
    tags: tagsOfRecords(db, 'company', [id]).get(id) ?? [],
    owner: usersById(db, [row.owner_id]).get(row.owner_id) ?? null,
    sharedWith: describeScope(db, row.scope),
  };
}

const sortColumns: Record<CompanySortField, string> = {
  name: 'co.sort_key',
  city: 'co.city_key',
  industry: 'co.industry_key',
  createdAt: 'co.created_at',
  updatedAt: 'co.updated_at',
};

type ListInput = ApiParsedInput<'companies.list'>;

function listConditions(db: ReadDb, input: ListInput): Conditions {
  const where = new Conditions();
  addCommonFilters(where, 'co', 'company', input.filters);
  if (input.filters.segmentId) addSegmentFilter(where, db, input.filters.segmentId, 'co', 'company');
  if (input.filters.industry) addFoldedPrefix(where, 'co.industry_key', input.filters.industry);
  return where;
}

type ListDbRow = Pick<
  CompanyDbRow,
  'id' | 'name' | 'legal_id' | 'industry' | 'size' | 'city' | 'phones' | 'website' | 'owner_id' | 'created_at' | 'updated_at'
> & { contact_count: number };

export function listCompanies(db: ReadDb, input: ListInput): Page<CompanyRow> {
  const where = listConditions(db, input);
  const { rowids, total } = listPage(
    db,
    { from: 'companies co', alias: 'co', sortExpr: sortColumns[input.sort.field], dir: input.sort.dir, where },
    input,
  );
  const rows = rowsInPageOrder<ListDbRow>(
    db,
    `SELECT co.rowid AS _rowid, co.id, co.name, co.legal_id, co.industry, co.size, co.city, co.phones, co.website, co.owner_id,
            co.created_at, co.updated_at,
            (SELECT count(*) FROM contact_companies l WHERE l.company_id = co.id AND l.deleted = 0) AS contact_count
       FROM companies co WHERE co.rowid`,
    rowids,
  );
  const ids = rows.map((row) => row.id);
  const tags = tagsOfRecords(db, 'company', ids);
  const owners = usersById(db, rows.map((row) => row.owner_id));
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      legalId: row.legal_id,
      industry: row.industry,
      size: row.size,
      city: row.city,
      phone: parseJson<{ e164: string }[]>(row.phones, [])[0]?.e164 ?? null,
      website: row.website,
      contactCount: row.contact_count,
      owner: owners.get(row.owner_id) ?? null,
      tags: tags.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
  };
}
