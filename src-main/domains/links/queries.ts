import { ApiError } from '../../../src-shared/contract/errors';
import type { CompanyLink } from '../../../src-shared/domain/records';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';

type LinkDbRow = {
  id: string;
  contact_id: string;
  company_id: string;
  role: string | null;
  start_date: string | null;
  end_date: string | null;
  is_primary: number;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
};

const SELECT_LINKS = `SELECT l.id, l.contact_id, l.company_id, l.role, l.start_date, l.end_date, l.is_primary,
                             c.first_name, c.last_name, co.name AS company_name
                        FROM contact_companies l
                        LEFT JOIN contacts c ON c.id = l.contact_id
                        LEFT JOIN companies co ON co.id = l.company_id`;

function linkFromRow(row: LinkDbRow): CompanyLink {
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: personDisplayName(row.first_name, row.last_name),
    companyId: row.company_id,
    companyName: row.company_name ?? '',
    role: row.role,
    startDate: row.start_date,
    endDate: row.end_date,
    isPrimary: row.is_primary === 1,
  };
}

/** A contact's companies, current ones first (a link whose company was deleted is hidden). */
export function linksOfContact(db: ReadDb, contactId: string): CompanyLink[] {
  const rows = prepared(
    db,
    `${SELECT_LINKS} WHERE l.contact_id = ? AND l.deleted = 0 AND +co.deleted = 0
      ORDER BY l.end_date IS NOT NULL, l.is_primary DESC, l.start_date DESC, co.sort_key`,
  ).all(contactId) as LinkDbRow[];
  return rows.map(linkFromRow);
}

export function linksOfCompany(db: ReadDb, companyId: string): CompanyLink[] {
  const rows = prepared(
    db,
    `${SELECT_LINKS} WHERE l.company_id = ? AND l.deleted = 0 AND +c.deleted = 0
      ORDER BY l.end_date IS NOT NULL, c.sort_key LIMIT 1000`,
  ).all(companyId) as LinkDbRow[];
  return rows.map(linkFromRow);
}

export function getLink(db: ReadDb, id: string): CompanyLink {
  const row = prepared(db, `${SELECT_LINKS} WHERE l.id = ? AND l.deleted = 0`).get(id) as LinkDbRow | undefined;
  if (!row) throw ApiError.notFound('Link', id);
  return linkFromRow(row);
}
