import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { searchEntities, type SearchEntity } from '../../../src-shared/contract/inputs/misc';
import type { SearchHit } from '../../../src-shared/domain/records';
import { toFtsQuery } from '../../../src-shared/domain/search-query';
import { prepared, type ReadDb } from '../../db/handles';
import { searchDocIds, type SearchDocGroup } from '../../db/search-index';
import { hitOf, type Found } from './hit-details';
import { shareOfHits } from './share';

/** Ranking (bm25) costs a few microseconds per match: past this many matching contacts and companies it is skipped. */
const RANK_AT_MOST = 1000;

/** The groups of results, in the order shown: contacts and companies first, as they always were. */
const groups: { group: SearchDocGroup; entities: SearchEntity[] }[] = [
  { group: 'record', entities: ['contact', 'company'] },
  { group: 'deal', entities: ['deal'] },
  { group: 'activity', entities: ['activity'] },
];

/*
 * An activity is found only by whom it is shown to in lists: its owner, or everyone when it is not
 * private (a team's or territory's activities are on this device only for their members). And it
 * must have a record to open: its deal, contact or company, not deleted.
 */
const VISIBLE_ACTIVITY = `EXISTS (SELECT 1 FROM activities a WHERE a.rowid = d.record_rowid AND a.id = d.record_id AND a.deleted = 0
      AND (a.scope IS NOT 'private' OR a.owner_id = ?)
      AND (EXISTS (SELECT 1 FROM deals x WHERE x.id = a.deal_id AND x.deleted = 0)
        OR EXISTS (SELECT 1 FROM contacts x WHERE x.id = a.contact_id AND x.deleted = 0)
        OR EXISTS (SELECT 1 FROM companies x WHERE x.id = a.company_id AND x.deleted = 0)))`;

/**
 * One group's search: the index range it reads and the kinds wanted (`where`, on the FTS match
 * joined to `search_docs d`), and who may see a hit (`visible`, checked on `d`, with its parameters).
 */
type GroupSearch = { where: string; visible: string | null; params: string[] };

function groupSearch(group: SearchDocGroup, entities: SearchEntity[], userId: string): GroupSearch {
  const { first, last } = searchDocIds(group);
  let where = `search_fts MATCH ? AND search_fts.rowid BETWEEN ${first} AND ${last}`;
  if (group === 'record' && entities.length === 1) where += ` AND d.entity = '${entities[0] === 'company' ? 'company' : 'contact'}'`;
  return group === 'activity' ? { where, visible: VISIBLE_ACTIVITY, params: [userId] } : { where, visible: null, params: [] };
}

const FOUND = 'SELECT d.entity, d.record_id AS id, search_fts.title AS title';
const FROM = 'FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid';

/** Matches in index order (no ranking), the visible ones only; `newestFirst` reads the index from its end. */
function inIndexOrder(db: ReadDb, search: GroupSearch, match: string, limit: number, newestFirst: boolean): Found[] {
  const visible = search.visible ? `AND ${search.visible}` : '';
  const order = newestFirst ? 'ORDER BY search_fts.rowid DESC' : '';
  return prepared(db, `${FOUND} ${FROM} WHERE ${search.where} ${visible} ${order} LIMIT ?`).all(match, ...search.params, limit) as Found[];
}

/** Those whose name matches first (a deal's title, an activity's subject), then the others. */
function namesFirst(db: ReadDb, search: GroupSearch, match: string, limit: number, newestFirst: boolean): Found[] {
  const rows = inIndexOrder(db, search, `title : (${match})`, limit, newestFirst);
  if (rows.length < limit) {
    const seen = new Set(rows.map((row) => row.id));
    rows.push(...inIndexOrder(db, search, match, limit * 2, newestFirst).filter((row) => !seen.has(row.id)));
  }
  return rows.slice(0, limit);
}

/**
 * Contacts and companies, best first. The bm25 order is computed here rather than by FTS5's
 * `rank`, which would rank every match of the whole index (activities included) before the
 * range applies. When a fragment matches more than RANK_AT_MOST of them ("sarl", "ma"), ranking
 * them all would cost more than it helps: names first, in index order.
 */
function bestRecords(db: ReadDb, search: GroupSearch, match: string, limit: number): Found[] {
  const { first, last } = searchDocIds('record');
  const matches = prepared(db, 'SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)')
    .pluck()
    .get(match, first, last, RANK_AT_MOST + 1) as number;
  if (matches === 0) return [];
  if (matches > RANK_AT_MOST) return namesFirst(db, search, match, limit, false);
  return prepared(db, `${FOUND} ${FROM} WHERE ${search.where} ORDER BY bm25(search_fts) LIMIT ?`).all(match, limit) as Found[];
}

/**
 * One group's first `limit` records. Deals and activities come newest first (the index gives
 * each its entry as it is created), names first: what a salesperson looks for is this week's
 * call about a name, not the best-worded of three years of them — and reading the index from
 * its end stops after a few entries, where ranking thousands of notes would not.
 */
function searchGroup(db: ReadDb, group: SearchDocGroup, entities: SearchEntity[], userId: string, match: string, limit: number): Found[] {
  const search = groupSearch(group, entities, userId);
  return group === 'record' ? bestRecords(db, search, match, limit) : namesFirst(db, search, match, limit, true);
}

/**
 * Global search (FTS5, accent-insensitive, prefix) across contacts, companies, deals and the
 * activities this user may see. Each group is read from its own range of the index: contacts
 * and companies first (best first, as they always were), then deals, then activities, each sure
 * of a share of the places (share.ts).
 */
export function globalSearch(db: ReadDb, userId: string, input: ApiParsedInput<'search.global'>): SearchHit[] {
  const match = toFtsQuery(input.q);
  if (!match) return [];
  const wanted = new Set<SearchEntity>(input.entities ?? searchEntities);
  const results = groups.map(({ group, entities }) => {
    const mine = entities.filter((entity) => wanted.has(entity));
    return mine.length === 0 ? [] : searchGroup(db, group, mine, userId, match, input.limit);
  });
  const shown = shareOfHits(
    results.map((rows) => rows.length),
    input.limit,
  );
  return results.flatMap((rows, index) => rows.slice(0, shown[index])).flatMap((row) => hitOf(db, row) ?? []);
}
