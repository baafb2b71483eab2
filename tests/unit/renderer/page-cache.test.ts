import { describe, expect, it } from 'vitest';
import { evictFarPages, loadedRowsBetween, missingPages, pageSpan, rowAt, withPage } from '../../../src-renderer/lib/page-cache';

const page = (first: number, size: number) => Array.from({ length: size }, (_, index) => ({ id: `r${first + index}` }));

describe('the list page cache', () => {
  it('covers the visible rows with whole pages, within the list', () => {
    expect(pageSpan(0, 30, 100)).toEqual({ first: 0, last: 0 });
    expect(pageSpan(95, 130, 100)).toEqual({ first: 0, last: 1 });
    expect(pageSpan(99_950, 99_999, 100, 1, 100_000)).toEqual({ first: 998, last: 999 });
    expect(pageSpan(500, 520, 100, 0, 150)).toEqual({ first: 1, last: 1 });
  });

  it('fetches the missing pages nearest the middle of the view first', () => {
    const loaded = new Map([[5, page(500, 100)]]);
    expect(missingPages({ first: 3, last: 7 }, loaded, new Set([4]))).toEqual([6, 3, 7]);
  });

  it('drops pages far from the view so memory stays bounded at any depth', () => {
    let pages = new Map<number, readonly { id: string }[]>();
    for (let index = 0; index < 50; index++) pages = new Map(withPage(pages, index, page(index * 100, 100)));
    const kept = evictFarPages(pages, { first: 40, last: 41 }, 3);
    expect([...kept.keys()].sort((a, b) => a - b)).toEqual([37, 38, 39, 40, 41, 42, 43, 44]);
  });

  it('keeps the same map when nothing is dropped', () => {
    const pages = new Map([[0, page(0, 100)]]);
    expect(evictFarPages(pages, { first: 0, last: 0 }, 2)).toBe(pages);
  });

  it('reads a row from fresh pages, else from the stale ones shown while refreshing', () => {
    const fresh = new Map([[1, page(100, 100)]]);
    const stale = new Map([[0, page(0, 100)], [1, page(1000, 100)]]);
    expect(rowAt(150, 100, fresh, stale)).toEqual({ id: 'r150' });
    expect(rowAt(42, 100, fresh, stale)).toEqual({ id: 'r42' });
    expect(rowAt(250, 100, fresh, stale)).toBeUndefined();
  });

  it('lists the loaded rows of a range in either direction (shift-click selection)', () => {
    const pages = new Map([[0, page(0, 100)]]);
    expect(loadedRowsBetween(98, 102, 100, pages).map((row) => row.id)).toEqual(['r98', 'r99']);
    expect(loadedRowsBetween(3, 1, 100, pages).map((row) => row.id)).toEqual(['r1', 'r2', 'r3']);
  });
});
