import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { SearchHit } from '../../../src-shared/domain/records';
import { toFtsQuery } from '../../../src-shared/domain/search-query';
import { prepared, type ReadDb } from '../../db/handles';

type HitRow = { entity: 'contact' | 'company'; record_id: string; title: string; subtitle: string | null };

/** Ranking (bm25) costs a few microseconds per match: past this many matches it is skipped. */
const RANK_AT_MOST = 1000;

const SELECT_HITS = `SELECT d.entity, d.record_id, search_fts.title AS title,
        CASE d.entity
          WHEN 'contact' THEN (SELECT trim(coalesce(c.job_title, '') || ' · ' || coalesce(c.city, ''), ' ·') FROM contacts c WHERE c.id = d.record_id)
          ELSE (SELECT trim(coalesce(co.industry, '') || ' · ' || coalesce(co.city, ''), ' ·') FROM companies co WHERE co.id = d.record_id)
        END AS subtitle
   FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid
  WHERE search_fts MATCH ?`;

function hits(db: ReadDb, match: string, ranked: boolean, limit: number): HitRow[] {
  return prepared(db, `${SELECT_HITS} ${ranked ? 'ORDER BY search_fts.rank' : ''} LIMIT ?`).all(match, limit) as HitRow[];
}

/**
 * Global search across contacts and companies (FTS5, accent-insensitive, prefix). When a
 * fragment matches more than RANK_AT_MOST records ("sarl", "ma"), ranking them all would cost
 * more than it helps: records whose name matches come first, then the others.
 */
export function globalSearch(db: ReadDb, input: ApiParsedInput<'search.global'>): SearchHit[] {
  const match = toFtsQuery(input.q);
  if (!match) return [];
  const matches = prepared(db, 'SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)')
    .pluck()
    .get(match, RANK_AT_MOST + 1) as number;
  let rows: HitRow[];
  if (matches <= RANK_AT_MOST) {
    rows = hits(db, match, true, input.limit);
  } else {
    rows = hits(db, `title : (${match})`, false, input.limit);
    if (rows.length < input.limit) {
      const seen = new Set(rows.map((row) => row.record_id));
      rows.push(...hits(db, match, false, input.limit * 2).filter((row) => !seen.has(row.record_id)));
    }
  }
  return rows.slice(0, input.limit).map((hit) => ({ entity: hit.entity, id: hit.record_id, title: hit.title, subtitle: hit.subtitle || null }));
}
