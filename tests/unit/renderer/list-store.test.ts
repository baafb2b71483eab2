import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src-shared/domain/records';
import { createListStore, listRowAt, type PageRequest } from '../../../src-renderer/stores/list-store';

type Row = { id: string };
type Filters = { q: string };
type Sort = { field: string; dir: 'asc' | 'desc' };

/** A list of `total` rows served page by page, recording what the table asked for. */
function pagedSource(total: number) {
  const requests: (PageRequest & { q: string })[] = [];
  const pending: (() => void)[] = [];
  const fetchPage = (filters: Filters, _sort: Sort, page: PageRequest): Promise<Page<Row>> => {
    requests.push({ ...page, q: filters.q });
    const count = filters.q ? Math.floor(total / 2) : total;
    const rows = Array.from({ length: Math.max(0, Math.min(page.limit, count - page.offset)) }, (_, index) => ({ id: `${filters.q}r${page.offset + index}` }));
    return new Promise((resolve) => pending.push(() => resolve({ rows, total: page.withTotal ? count : null })));
  };
  const flush = async () => {
    while (pending.length > 0) {
      pending.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { requests, fetchPage, flush };
}

function makeStore(source: ReturnType<typeof pagedSource>) {
  return createListStore<Row, Filters, Sort>({
    entity: 'contact',
    pageSize: 100,
    emptyFilters: () => ({ q: '' }),
    defaultSort: { field: 'name', dir: 'asc' },
    fetchPage: source.fetchPage,
    allColumns: ['name'],
    defaultHidden: [],
    readFilters: () => ({ q: '' }),
    readSort: (sort) => sort,
    storageKey: 'test',
  });
}

describe('a list’s page cache', () => {
  it('counts once per query, fetches the pages on screen first, then reads ahead the way the user scrolls', async () => {
    const source = pagedSource(100_000);
    const store = makeStore(source);
    store.getState().showRange(0, 30);
    await source.flush();
    expect(store.getState().total).toBe(100_000);
    expect(source.requests).toEqual([{ offset: 0, limit: 100, withTotal: true, q: '' }]);
    store.getState().showRange(50_000, 50_030);
    await source.flush();
    expect(source.requests.slice(1).map((request) => [request.offset, request.withTotal])).toEqual([
      [50_000, false],
      [50_100, false],
      [50_200, false],
    ]);
    expect(listRowAt(store.getState(), 50_010, 100)).toEqual({ id: 'r50010' });
    store.getState().showRange(49_990, 50_020);
    await source.flush();
    expect(source.requests.slice(4).map((request) => request.offset)).toEqual([49_900, 49_800, 49_700]);
  });

  it('does not read ahead past either end of the list', async () => {
    const source = pagedSource(250);
    const store = makeStore(source);
    store.getState().showRange(0, 30);
    await source.flush();
    store.getState().showRange(150, 180);
    await source.flush();
    store.getState().showRange(200, 230);
    await source.flush();
    store.getState().showRange(0, 30);
    await source.flush();
    expect(source.requests.map((request) => request.offset)).toEqual([0, 100, 200]);
  });

  it('never holds more than a few pages, however far the user scrolls', async () => {
    const source = pagedSource(100_000);
    const store = makeStore(source);
    for (let start = 0; start < 100_000; start += 2_500) {
      store.getState().showRange(start, start + 30);
      await source.flush();
    }
    expect(store.getState().pages.size).toBeLessThanOrEqual(14);
  });

  it('counts again when the filter changes, and ignores answers to the old query', async () => {
    const source = pagedSource(1_000);
    const store = makeStore(source);
    store.getState().showRange(0, 30);
    store.getState().setFilters({ q: 'x' });
    await source.flush();
    expect(store.getState().total).toBe(500);
    expect(listRowAt(store.getState(), 0, 100)).toEqual({ id: 'xr0' });
    expect(source.requests.at(-1)).toEqual({ offset: 0, limit: 100, withTotal: true, q: 'x' });
  });

  it('keeps showing the previous rows while a refresh is on its way', async () => {
    const source = pagedSource(1_000);
    const store = makeStore(source);
    store.getState().attach();
    store.getState().showRange(0, 30);
    await source.flush();
    store.getState().refresh();
    expect(store.getState().pages.size).toBe(0);
    expect(listRowAt(store.getState(), 5, 100)).toEqual({ id: 'r5' });
    await source.flush();
    expect(store.getState().stale.size).toBe(0);
  });

  it('refreshes a list that is not on screen only when it is shown again', async () => {
    const source = pagedSource(1_000);
    const store = makeStore(source);
    const detach = store.getState().attach();
    store.getState().showRange(0, 30);
    await source.flush();
    detach();
    store.getState().refresh();
    await source.flush();
    expect(source.requests).toHaveLength(1);
    store.getState().attach();
    await source.flush();
    expect(source.requests).toHaveLength(2);
    expect(source.requests[1]?.withTotal).toBe(true);
  });

  it('selects a range of loaded rows with shift', async () => {
    const source = pagedSource(1_000);
    const store = makeStore(source);
    store.getState().showRange(0, 30);
    await source.flush();
    store.getState().toggleSelected('r2', 2, false);
    store.getState().toggleSelected('r5', 5, true);
    expect([...store.getState().selected].sort()).toEqual(['r2', 'r3', 'r4', 'r5']);
  });
});
