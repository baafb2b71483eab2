import type { ReadDb } from '../db/handles';

export type DatabaseCounts = Record<string, number>;

/** What `check` reports: live records per synced table, then the change log and search index. */
const countQueries: readonly (readonly [string, string])[] = [
  ['contacts', 'SELECT count(*) FROM contacts WHERE deleted = 0'],
  ['contacts_deleted', 'SELECT count(*) FROM contacts WHERE deleted = 1'],
  ['companies', 'SELECT count(*) FROM companies WHERE deleted = 0'],
  ['companies_deleted', 'SELECT count(*) FROM companies WHERE deleted = 1'],
  ['contact_companies', 'SELECT count(*) FROM contact_companies WHERE deleted = 0'],
  ['contact_relations', 'SELECT count(*) FROM contact_relations WHERE deleted = 0'],
  ['tags', 'SELECT count(*) FROM tags WHERE deleted = 0'],
  ['record_tags', 'SELECT count(*) FROM record_tags WHERE deleted = 0'],
  ['saved_views', 'SELECT count(*) FROM saved_views WHERE deleted = 0'],
  ['users', 'SELECT count(*) FROM users WHERE deleted = 0'],
  ['change_log', 'SELECT count(*) FROM change_log'],
  ['outbox', 'SELECT count(*) FROM change_log WHERE pushed = 0'],
  ['search_docs', 'SELECT count(*) FROM search_docs'],
];

export function databaseCounts(db: ReadDb): DatabaseCounts {
  const counts: DatabaseCounts = {};
  for (const [name, sql] of countQueries) counts[name] = db.prepare(sql).pluck().get() as number;
  return counts;
}
