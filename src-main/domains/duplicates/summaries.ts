import type { DuplicateEntity, DuplicateRecordSummary } from '../../../src-shared/domain/duplicates';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { usersById } from '../common/refs';
import { placeholders } from '../common/sql';

export const tableOf = { contact: 'contacts', company: 'companies' } as const;

type SummaryRow = {
  id: string;
  name: string;
  city: string | null;
  emails: string;
  phones: string;
  legal_id: string | null;
  owner_id: string;
  created_at: string;
  updated_at: string;
};

const CONTACT_SELECT = `SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) AS name, city, emails, phones,
                               NULL AS legal_id, owner_id, created_at, updated_at FROM contacts`;
const COMPANY_SELECT = 'SELECT id, name, city, emails, phones, legal_id, owner_id, created_at, updated_at FROM companies';

/** The current company of each contact: the primary link first, then one still running, then the latest. */
export function currentCompanyNames(db: ReadDb, ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  for (let start = 0; start < ids.length; start += 500) {
    const part = ids.slice(start, start + 500);
    const rows = prepared(
      db,
      `SELECT l.contact_id, co.name FROM contact_companies l JOIN companies co ON co.id = l.company_id
        WHERE l.contact_id IN (${placeholders(part.length)}) AND l.deleted = 0 AND +co.deleted = 0
        ORDER BY l.contact_id, l.is_primary DESC, l.end_date IS NOT NULL, l.start_date DESC`,
    ).all(...part) as { contact_id: string; name: string }[];
    for (const row of rows) if (!result.has(row.contact_id)) result.set(row.contact_id, row.name);
  }
  return result;
}

/** When the latest activity about a record happened, up to `now` (planned meetings are not "activity" yet). */
export function lastActivityAt(db: ReadDb, entity: DuplicateEntity, id: string, now: string): string | null {
  const column = entity === 'contact' ? 'contact_id' : 'company_id';
  return (prepared(db, `SELECT max(span_start) FROM activities WHERE ${column} = ? AND span_start <= ? AND deleted = 0`).pluck().get(id, now) as string | null) ?? null;
}

/** What tells records apart in a review list, for these ids (in their order; missing ids are left out). */
export function recordSummaries(db: ReadDb, entity: DuplicateEntity, ids: readonly string[], now: string): DuplicateRecordSummary[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = new Map<string, SummaryRow>();
  for (let start = 0; start < unique.length; start += 500) {
    const part = unique.slice(start, start + 500);
    const select = entity === 'contact' ? CONTACT_SELECT : COMPANY_SELECT;
    for (const row of prepared(db, `${select} WHERE id IN (${placeholders(part.length)})`).all(...part) as SummaryRow[]) rows.set(row.id, row);
  }
  const companies = entity === 'contact' ? currentCompanyNames(db, unique) : new Map<string, string>();
  const owners = usersById(db, [...rows.values()].map((row) => row.owner_id));
  return unique.flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    return [
      {
        id,
        entity,
        displayName: row.name,
        companyName: companies.get(id) ?? null,
        city: row.city,
        email: parseJson<{ address: string }[]>(row.emails, [])[0]?.address ?? null,
        phone: parseJson<{ e164: string }[]>(row.phones, [])[0]?.e164 ?? null,
        legalId: row.legal_id,
        owner: owners.get(row.owner_id) ?? null,
        lastActivityAt: lastActivityAt(db, entity, id, now),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      },
    ];
  });
}
