/**
 * Pure helpers for the list tables' page cache: the rows of a 100k-row list are fetched from
 * the core one page at a time, around what is on screen, and pages far from it are dropped.
 */
export type Pages<T> = ReadonlyMap<number, readonly T[]>;

export type PageSpan = { first: number; last: number };

/** The pages that hold rows `start..end` (inclusive), plus `extra` pages on each side. */
export function pageSpan(start: number, end: number, pageSize: number, extra = 0, total: number | null = null): PageSpan {
  const lastPage = total === null ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.ceil(total / pageSize) - 1);
  // A list that shrank under a deep scroll position still asks for its own last page.
  const first = Math.min(lastPage, Math.max(0, Math.floor(Math.max(0, start) / pageSize) - extra));
  const last = Math.min(lastPage, Math.floor(Math.max(start, end) / pageSize) + extra);
  return { first, last: Math.max(first, last) };
}

/** Pages of the span not loaded nor in flight, nearest to the span's middle first. */
export function missingPages(span: PageSpan, loaded: ReadonlySet<number> | Pages<unknown>, inFlight: ReadonlySet<number>): number[] {
  const middle = (span.first + span.last) / 2;
  const missing: number[] = [];
  for (let page = span.first; page <= span.last; page++) {
    if (!loaded.has(page) && !inFlight.has(page)) missing.push(page);
  }
  return missing.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
}

/** Drops the pages more than `keep` pages away from the span, bounding memory while scrolling. */
export function evictFarPages<T>(pages: Pages<T>, span: PageSpan, keep: number): Pages<T> {
  let changed = false;
  const kept = new Map<number, readonly T[]>();
  for (const [page, rows] of pages) {
    if (page >= span.first - keep && page <= span.last + keep) kept.set(page, rows);
    else changed = true;
  }
  return changed ? kept : pages;
}

/** The row at a list index, from fresh pages first, then from stale ones kept while refreshing. */
export function rowAt<T>(index: number, pageSize: number, pages: Pages<T>, stale?: Pages<T>): T | undefined {
  const page = Math.floor(index / pageSize);
  const offset = index - page * pageSize;
  return pages.get(page)?.[offset] ?? stale?.get(page)?.[offset];
}

/** The loaded rows from index `from` to `to` (inclusive, any order), skipping unloaded ones. */
export function loadedRowsBetween<T>(from: number, to: number, pageSize: number, pages: Pages<T>): T[] {
  const rows: T[] = [];
  for (let index = Math.min(from, to); index <= Math.max(from, to); index++) {
    const row = rowAt(index, pageSize, pages);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

export function withPage<T>(pages: Pages<T>, page: number, rows: readonly T[]): Pages<T> {
  const next = new Map(pages);
  next.set(page, rows);
  return next;
}
