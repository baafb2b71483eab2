import { prepared, type ReadDb } from '../../db/handles';
import type { Conditions } from './sql';

/**
 * Pages of a sorted, filtered list at any depth. A virtual table jumps anywhere in 100k rows:
 * `OFFSET 90000` walks 90k index entries on every call, and a filter that the sort index cannot
 * serve re-sorts the matches every time. Instead, the first deep page (or the first count) of a
 * query reads the ordered rowids of all its matches once — 8 bytes a row — and every later page
 * is a slice of that array; the count is its length. The snapshot is dropped as soon as the
 * database changes (this connection's total_changes, or another connection's data_version).
 * Shallow pages of an unfiltered list without a count skip all this: the sort index serves them.
 */
const SHALLOW = 500;
/** Recent queries kept, bounded by their total size (4M rowids = 32 MB) and their number. */
const MAX_CACHED_ROWIDS = 4_000_000;
const MAX_CACHED_QUERIES = 64;

type Snapshot = { version: string; rowids: Float64Array };

const caches = new WeakMap<ReadDb, Map<string, Snapshot>>();

export type PagedQuery = {
  /** `contacts c` */
  from: string;
  alias: string;
  /** A NOT NULL column expression, e.g. `c.sort_key`. */
  sortExpr: string;
  dir: 'asc' | 'desc';
  where: Conditions;
};

function dataVersion(db: ReadDb): string {
  const external = prepared(db, 'PRAGMA data_version').pluck().get() as number;
  const own = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${external}:${own}`;
}

function orderedSql(query: PagedQuery): string {
  const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
  return `SELECT ${query.alias}.rowid FROM ${query.from} ${query.where.toSql()} ORDER BY ${query.sortExpr} ${dir}, ${query.alias}.id ${dir}`;
}

function snapshot(db: ReadDb, query: PagedQuery): Float64Array {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const sql = orderedSql(query);
  const key = `${sql}|${JSON.stringify(query.where.params)}`;
  const version = dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.rowids;
  }
  const rowids = Float64Array.from(prepared(db, sql).pluck().all(...query.where.params) as number[]);
  cache.delete(key);
  cache.set(key, { version, rowids });
  let kept = 0;
  for (const entry of cache.values()) kept += entry.rowids.length;
  while (cache.size > 1 && (cache.size > MAX_CACHED_QUERIES || kept > MAX_CACHED_ROWIDS)) {
    const oldest = cache.keys().next().value as string;
    kept -= cache.get(oldest)?.rowids.length ?? 0;
    cache.delete(oldest);
  }
  return rowids;
}

/** The rowids of one page, in order, and the number of matches when asked. */
export function listPage(
  db: ReadDb,
  query: PagedQuery,
  page: { offset: number; limit: number; withTotal: boolean },
): { rowids: number[]; total: number | null } {
  // Unfiltered, the sort index serves shallow pages directly; filtered, the snapshot is cheaper
  // than re-running the filter for every page.
  const filtered = query.where.parts.length > 1;
  if (page.offset < SHALLOW && !page.withTotal && !filtered) {
    const rowids = prepared(db, `${orderedSql(query)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...query.where.params, page.limit, page.offset) as number[];
    return { rowids, total: null };
  }
  const all = snapshot(db, query);
  return { rowids: Array.from(all.subarray(page.offset, page.offset + page.limit)), total: page.withTotal ? all.length : null };
}

/** Reads the rows of a page by rowid and returns them in page order. */
export function rowsInPageOrder<T>(db: ReadDb, selectSql: string, rowids: number[]): T[] {
  if (rowids.length === 0) return [];
  const rows = prepared(db, `${selectSql} IN (${rowids.map(() => '?').join(', ')})`).all(...rowids) as (T & { _rowid: number })[];
  const byRowid = new Map(rows.map((row) => [row._rowid, row]));
  return rowids.map((rowid) => byRowid.get(rowid)).filter((row): row is T & { _rowid: number } => row !== undefined);
}
