import type { DuplicateEntity, LinkedCounts } from '../../../src-shared/domain/duplicates';
import { prepared, type ReadDb } from '../../db/handles';

const countOf = (db: ReadDb, sqlText: string, ...params: string[]): number => prepared(db, sqlText).pluck().get(...params) as number;

/** The deals a contact is on, as its Deals tab lists them (not those in the trash). */
const CONTACT_DEALS = `SELECT count(*) FROM deal_contacts l JOIN deals d ON d.id = l.deal_id
                        WHERE l.contact_id = ? AND l.deleted = 0 AND d.deleted = 0`;

/** What hangs off a contact or a company: what a merge would move. */
export function linkedCounts(db: ReadDb, entity: DuplicateEntity, id: string): LinkedCounts {
  if (entity === 'contact') {
    return {
      activities: countOf(db, 'SELECT count(*) FROM activities WHERE contact_id = ? AND deleted = 0', id),
      deals: countOf(db, CONTACT_DEALS, id),
      quotes: countOf(db, 'SELECT count(*) FROM quotes WHERE contact_id = ? AND deleted = 0', id),
      tags: countOf(db, "SELECT count(*) FROM record_tags WHERE entity = 'contact' AND record_id = ? AND deleted = 0", id),
      relations: countOf(db, 'SELECT (SELECT count(*) FROM contact_relations WHERE from_contact_id = ? AND deleted = 0) + (SELECT count(*) FROM contact_relations WHERE to_contact_id = ? AND deleted = 0)', id, id),
      links: countOf(db, 'SELECT count(*) FROM contact_companies WHERE contact_id = ? AND deleted = 0', id),
      subsidiaries: 0,
      priceLists: 0,
    };
  }
  return {
    activities: countOf(db, 'SELECT count(*) FROM activities WHERE company_id = ? AND deleted = 0', id),
    deals: countOf(db, 'SELECT count(*) FROM deals WHERE company_id = ? AND deleted = 0', id),
    quotes: countOf(db, 'SELECT count(*) FROM quotes WHERE company_id = ? AND deleted = 0', id),
    tags: countOf(db, "SELECT count(*) FROM record_tags WHERE entity = 'company' AND record_id = ? AND deleted = 0", id),
    relations: 0,
    links: countOf(db, 'SELECT count(*) FROM contact_companies WHERE company_id = ? AND deleted = 0', id),
    subsidiaries: countOf(db, 'SELECT count(*) FROM companies WHERE parent_company_id = ? AND deleted = 0', id),
    priceLists: countOf(db, 'SELECT count(*) FROM price_list_companies WHERE company_id = ? AND deleted = 0', id),
  };
}

/**
 * How much hangs off a record, read from indexes only (a scan ranks thousands of records):
 * activities, deals and company links. The record with the most is suggested as survivor.
 */
export function linkWeight(db: ReadDb, entity: DuplicateEntity, id: string): number {
  if (entity === 'contact') {
    return countOf(
      db,
      `SELECT (SELECT count(*) FROM activities WHERE contact_id = ?) + (SELECT count(*) FROM deal_contacts WHERE contact_id = ? AND deleted = 0)
            + (SELECT count(*) FROM contact_companies WHERE contact_id = ? AND deleted = 0)`,
      id,
      id,
      id,
    );
  }
  return countOf(
    db,
    `SELECT (SELECT count(*) FROM activities WHERE company_id = ?) + (SELECT count(*) FROM deals WHERE company_id = ? AND deleted = 0)
          + (SELECT count(*) FROM contact_companies WHERE company_id = ? AND deleted = 0)`,
    id,
    id,
    id,
  );
}

/** Total of the counts, for ranking. */
export const linkedTotal = (counts: LinkedCounts): number => Object.values(counts).reduce((sum, value) => sum + value, 0);
