import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { SearchHit } from '../../../src-shared/domain/records';
import { searchTokens, toFtsQuery } from '../../../src-shared/domain/search-query';
import { prepared, type ReadDb } from '../../db/handles';

type HitRow = { entity: 'contact' | 'company'; record_id: string; title: string; subtitle: string | null };

/**
 * Global search across contacts and companies (FTS5, accent-insensitive, prefix). Short inputs
 * match many rows: ranking all of them costs more than it helps, so they come in index order.
 */
export function globalSearch(db: ReadDb, input: ApiParsedInput<'search.global'>): SearchHit[] {
  const match = toFtsQuery(input.q);
  if (!match) return [];
  const typed = searchTokens(input.q).join('').length;
  const order = typed >= 3 ? 'ORDER BY search_fts.rank' : '';
  const hits = prepared(
    db,
    `SELECT d.entity, d.record_id, search_fts.title AS title,
            CASE d.entity
              WHEN 'contact' THEN (SELECT trim(coalesce(c.job_title, '') || ' · ' || coalesce(c.city, ''), ' ·') FROM contacts c WHERE c.id = d.record_id)
              ELSE (SELECT trim(coalesce(co.industry, '') || ' · ' || coalesce(co.city, ''), ' ·') FROM companies co WHERE co.id = d.record_id)
            END AS subtitle
       FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid
      WHERE search_fts MATCH ? ${order} LIMIT ?`,
  ).all(match, input.limit) as HitRow[];
  return hits.map((hit) => ({ entity: hit.entity, id: hit.record_id, title: hit.title, subtitle: hit.subtitle || null }));
}
