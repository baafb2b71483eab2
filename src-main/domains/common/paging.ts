import type { ReadDb } from '../../db/handles';
import { prepared } from '../../db/handles';
import type { SqlValue } from '../../db/synced-tables';
import type { Conditions } from './sql';

/**
 * Deep pages of a sorted list without OFFSET scans. A virtual table jumps anywhere in 100k rows;
 * `OFFSET 90000` walks 90k index entries on every call. Instead, one pass over the sorted index
 * records every STRIDE-th (key, id) as an anchor; a page then seeks to the nearest anchor with a
 * row-value comparison and skips fewer than STRIDE entries. Anchors are cached per query and
 * dropped as soon as the database changes (this connection's total_changes, or another
 * connection's data_version).
 */
const STRIDE = 256;
const MAX_CACHED_QUERIES = 16;

type Anchor = { position: number; key: SqlValue; id: string };
type CacheEntry = { version: string; anchors: Anchor[] };

const caches = new WeakMap<ReadDb, Map<string, CacheEntry>>();

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
  const external = db.pragma('data_version', { simple: true }) as number;
  const own = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${external}:${own}`;
}

function orderBy(query: PagedQuery): string {
  const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
  return `${query.sortExpr} ${dir}, ${query.alias}.id ${dir}`;
}

function anchorsFor(db: ReadDb, query: PagedQuery): Anchor[] {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const cacheKey = `${query.from}|${orderBy(query)}|${query.where.toSql()}|${JSON.stringify(query.where.params)}`;
  const version = dataVersion(db);
  const hit = cache.get(cacheKey);
  if (hit && hit.version === version) return hit.anchors;
  const anchors: Anchor[] = [];
  const scan = prepared(db, `SELECT ${query.sortExpr}, ${query.alias}.id FROM ${query.from} ${query.where.toSql()} ORDER BY ${orderBy(query)}`)
    .raw()
    .iterate(...query.where.params) as IterableIterator<[SqlValue, string]>;
  let position = 0;
  for (const [key, id] of scan) {
    if (position > 0 && position % STRIDE === 0) anchors.push({ position, key, id });
    position++;
  }
  cache.delete(cacheKey);
  cache.set(cacheKey, { version, anchors });
  if (cache.size > MAX_CACHED_QUERIES) cache.delete(cache.keys().next().value as string);
  return anchors;
}

/** The rowids of one page, in order. */
export function pageRowids(db: ReadDb, query: PagedQuery, offset: number, limit: number): number[] {
  const order = orderBy(query);
  if (offset < STRIDE * 2) {
    return prepared(db, `SELECT ${query.alias}.rowid FROM ${query.from} ${query.where.toSql()} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...query.where.params, limit, offset) as number[];
  }
  const anchors = anchorsFor(db, query);
  let anchor: Anchor | undefined;
  for (let i = Math.min(anchors.length - 1, Math.floor(offset / STRIDE)); i >= 0; i--) {
    const candidate = anchors[i];
    if (candidate && candidate.position < offset) {
      anchor = candidate;
      break;
    }
  }
  if (!anchor) {
    return prepared(db, `SELECT ${query.alias}.rowid FROM ${query.from} ${query.where.toSql()} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...query.where.params, limit, offset) as number[];
  }
  const after = query.dir === 'desc' ? '<' : '>';
  const seek = `(${query.sortExpr}, ${query.alias}.id) ${after} (?, ?)`;
  const where = query.where.parts.length > 0 ? `${query.where.toSql()} AND ${seek}` : `WHERE ${seek}`;
  // The anchor is the row at `position`: the rows after it start at position + 1.
  return prepared(db, `SELECT ${query.alias}.rowid FROM ${query.from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...query.where.params, anchor.key, anchor.id, limit, offset - anchor.position - 1) as number[];
}

/** Reads the rows of a page by rowid and returns them in page order. */
export function rowsInPageOrder<T>(db: ReadDb, selectSql: string, rowids: number[]): T[] {
  if (rowids.length === 0) return [];
  const rows = db.prepare(`${selectSql} IN (${rowids.map(() => '?').join(', ')})`).all(...rowids) as (T & { _rowid: number })[];
  const byRowid = new Map(rows.map((row) => [row._rowid, row]));
  return rowids.map((rowid) => byRowid.get(rowid)).filter((row): row is T & { _rowid: number } => row !== undefined);
}
