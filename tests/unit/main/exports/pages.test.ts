import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../src-main/core/tasks';
import { EXPORT_PAGE_SIZE, recordPages, type PageRequest } from '../../../../src-main/domains/exports/pages';

type Row = { id: string };

/** A list of `count` rows read by page, keeping the requests made. */
function list(count: number, rowsAt: (offset: number, limit: number) => Row[] = (offset, limit) => ids(offset, Math.min(limit, count - offset))) {
  const requests: PageRequest[] = [];
  const read = (page: PageRequest) => {
    requests.push(page);
    return { rows: rowsAt(page.offset, page.limit), total: page.withTotal ? count : null };
  };
  return { read, requests };
}

const ids = (from: number, count: number): Row[] => Array.from({ length: Math.max(0, count) }, (_, index) => ({ id: `r${from + index}` }));

function fakeTask(): Task & { events: [number, number | null | undefined][]; cancel: () => void } {
  let cancelled = false;
  const events: [number, number | null | undefined][] = [];
  return {
    signal: new AbortController().signal,
    progress: (_phase, done, total) => events.push([done, total]),
    throwIfCancelled: () => {
      if (cancelled) throw new Error('cancelled');
    },
    events,
    cancel: () => (cancelled = true),
  };
}

async function collect(pages: AsyncIterable<Row[]>): Promise<string[]> {
  const all: string[] = [];
  for await (const page of pages) all.push(...page.map((row) => row.id));
  return all;
}

describe('the records of an export', () => {
  it('reads the whole list page by page, the total known before the first row, progress after each page', async () => {
    const count = EXPORT_PAGE_SIZE * 2 + 5;
    const { read, requests } = list(count);
    const task = fakeTask();
    const records = recordPages(read, null, task);
    expect(records.total).toBe(count);
    const all = await collect(records.pages);
    expect(all).toHaveLength(count);
    expect(new Set(all).size).toBe(count);
    expect(records.written()).toBe(count);
    expect(requests.map((request) => request.offset)).toEqual([0, EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE * 2]);
    expect(requests[0]?.withTotal).toBe(true);
    expect(task.events.at(0)).toEqual([0, count]);
    expect(task.events.at(-1)).toEqual([count, count]);
  });

  it('keeps only the selection, in the list’s order whatever order it was given in', async () => {
    const { read, requests } = list(EXPORT_PAGE_SIZE * 3 - 10);
    const records = recordPages(read, [`r${EXPORT_PAGE_SIZE + 7}`, 'r3', 'r2', 'missing'], fakeTask());
    expect(records.total).toBe(4);
    expect(await collect(records.pages)).toEqual(['r2', 'r3', `r${EXPORT_PAGE_SIZE + 7}`]);
    // One selected record is no longer in the list: every page was read looking for it.
    expect(requests).toHaveLength(3);
  });

  it('stops reading when every selected record was found on the first pages', async () => {
    const { read, requests } = list(EXPORT_PAGE_SIZE * 5);
    await collect(recordPages(read, ['r3', 'r10'], fakeTask()).pages);
    expect(requests).toHaveLength(1);
  });

  it('stops at the next page once cancelled', async () => {
    const { read, requests } = list(EXPORT_PAGE_SIZE * 3);
    const task = fakeTask();
    const records = recordPages(read, null, task);
    const iterator = records.pages[Symbol.asyncIterator]();
    await iterator.next();
    task.cancel();
    await expect(iterator.next()).rejects.toThrow('cancelled');
    expect(requests).toHaveLength(1);
  });
});
