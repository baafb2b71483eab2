import type { Page } from '../../../src-shared/domain/records';
import type { Task } from '../../core/tasks';

export type PageRequest = { offset: number; limit: number; withTotal: boolean };

/** One page of a list, in the list's order: the list endpoint's own query. */
export type ListReader<Row> = (page: PageRequest) => Page<Row>;

/** Rows read at once: a page of ids and their joins, never the whole list. */
export const EXPORT_PAGE_SIZE = 2000;

/** The records of an export, page by page, with how many there are in all. */
export type RecordPages<Row> = {
  /** The records to write (the list's count, or the selection's size), known before the first is written. */
  total: number;
  /** Pages in the list's order; progress and cancel are checked between them. */
  pages: AsyncIterable<Row[]>;
  /** Records handed over so far. */
  written: () => number;
};

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Pages through a list with its own query, so the file holds exactly what the screen shows, in
 * its order; with a selection, only the selected records (in the list's order, stopping once all
 * are found). `read` reads one snapshot (reader.ts): an edit meanwhile does not shift the pages.
 */
export function recordPages<Row extends { id: string }>(read: ListReader<Row>, selection: readonly string[] | null, task: Task): RecordPages<Row> {
  task.throwIfCancelled();
  const first = read({ offset: 0, limit: EXPORT_PAGE_SIZE, withTotal: true });
  const wanted = selection ? new Set(selection) : null;
  const total = wanted ? wanted.size : (first.total ?? first.rows.length);
  let written = 0;

  async function* pages(): AsyncGenerator<Row[]> {
    let page = first;
    let offset = 0;
    task.progress('writing', 0, total);
    for (;;) {
      const rows = wanted === null ? page.rows : page.rows.filter((row) => wanted.has(row.id));
      if (rows.length > 0) {
        yield rows;
        written += rows.length;
        task.progress('writing', written, total);
      }
      if (page.rows.length < EXPORT_PAGE_SIZE || (wanted !== null && written >= wanted.size)) return;
      // Between pages: the event loop runs (a cancel arrives, the file is written) before the next read.
      await nextTurn();
      task.throwIfCancelled();
      offset += EXPORT_PAGE_SIZE;
      page = read({ offset, limit: EXPORT_PAGE_SIZE, withTotal: false });
    }
  }

  return { total, pages: pages(), written: () => written };
}
