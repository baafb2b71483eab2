import { toFtsQuery } from '../../../src-shared/domain/search-query';
import { searchDocIds } from '../../db/search-index';
import { addDateRange, addFoldedPrefix, type Conditions, foldedPrefixPattern, placeholders } from './sql';

type Entity = 'contact' | 'company';

/** Contacts' and companies' entries in the search index (deals' and activities' are never read). */
const records = searchDocIds('record');

type CommonFilters = {
  q?: string | undefined;
  tagIds?: string[] | undefined;
  ownerIds?: string[] | undefined;
  city?: string | undefined;
  created?: { from?: string | undefined; to?: string | undefined } | undefined;
  updated?: { from?: string | undefined; to?: string | undefined } | undefined;
  deleted: boolean;
};

/**
 * The filters every record list shares, for a table aliased `alias`: text through the search
 * index (the trash, which is not indexed, falls back to the name), tags, owners, city prefix,
 * created and updated ranges.
 */
export function addCommonFilters(where: Conditions, alias: string, entity: Entity, filters: CommonFilters): void {
  where.add(`${alias}.deleted = ?`, filters.deleted ? 1 : 0);
  const q = filters.q?.trim();
  if (q) {
    const match = filters.deleted ? null : toFtsQuery(q);
    if (match) {
      where.add(
        `${alias}.rowid IN (SELECT d.record_rowid FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid
                             WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ${records.first} AND ${records.last} AND d.entity = '${entity}')`,
        match,
      );
    } else {
      where.add(`${alias}.sort_key LIKE ? ESCAPE '\\'`, `%${foldedPrefixPattern(q)}`);
    }
  }
  if (filters.tagIds?.length) {
    where.add(
      `EXISTS (SELECT 1 FROM record_tags rt WHERE rt.entity = '${entity}' AND rt.record_id = ${alias}.id AND rt.deleted = 0
               AND rt.tag_id IN (${placeholders(filters.tagIds.length)}))`,
      ...filters.tagIds,
    );
  }
  if (filters.ownerIds?.length) where.in(`${alias}.owner_id`, filters.ownerIds);
  if (filters.city) addFoldedPrefix(where, `${alias}.city_key`, filters.city);
  addDateRange(where, `${alias}.created_at`, filters.created);
  addDateRange(where, `${alias}.updated_at`, filters.updated);
}
