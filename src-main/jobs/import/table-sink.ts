import type { CsvSeparator, ImportEncoding, ImportFileProblem } from '../../../src-shared/domain/imports';
import { CELL_SEPARATOR, type TableJob, type TableMessage } from '../parse/messages';

/** What a reader says about the file besides its rows. */
export type TableInfo = { encoding: ImportEncoding | null; separator: CsvSeparator | null; sheetName: string | null };

export class TableRefused extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly detail?: string,
  ) {
    super(problem);
    this.name = 'TableRefused';
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Turns the raw rows a reader finds into the messages the core receives: the first non-empty
 * row is the header (unless the reader gives its own), empty rows are left out, cells are cut
 * to the cell limit and aligned on the header, rows are sent in batches and counted against the
 * row cap while reading.
 */
export class TableSink {
  private headers: string[] | null = null;
  private lines: number[] = [];
  private rows: string[] = [];
  private count = 0;

  constructor(
    private readonly job: TableJob,
    private readonly post: (message: TableMessage) => void,
  ) {}

  /** The header row (CSV, Excel: the first non-empty row; vCard: fixed columns). */
  start(info: TableInfo, headers: string[], fields: (string | null)[] | null = null): void {
    if (headers.length > this.job.limits.maxColumns) throw new TableRefused('too_many_columns', String(this.job.limits.maxColumns));
    this.headers = headers.map((header) => header.replace(/^\ufeff/, '').replace(/\s+/g, ' ').trim().slice(0, 200));
    this.post({ type: 'meta', ...info, headers: this.headers, fields });
  }

  get started(): boolean {
    return this.headers !== null;
  }

  /** One row as read; the first non-empty one is the header when `start` was not called. */
  row(line: number, raw: readonly string[], info: TableInfo): void {
    if (isBlank(raw)) return;
    if (!this.headers) {
      this.start(info, raw.map((cell) => String(cell)));
      return;
    }
    this.count += 1;
    if (this.count > this.job.limits.maxRows) throw new TableRefused('too_many_rows', String(this.job.limits.maxRows));
    const width = this.headers.length;
    const max = this.job.limits.maxCellChars;
    let joined = '';
    for (let index = 0; index < width; index++) {
      let cell = raw[index] ?? '';
      if (cell.length > max) cell = cell.slice(0, max);
      if (cell.includes(CELL_SEPARATOR)) cell = cell.replaceAll(CELL_SEPARATOR, ' ');
      joined = index === 0 ? cell : `${joined}${CELL_SEPARATOR}${cell}`;
    }
    this.lines.push(line);
    this.rows.push(joined);
    if (this.lines.length >= this.job.batchSize) this.flush();
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.post({ type: 'rows', lines: this.lines, rows: this.rows });
    this.lines = [];
    this.rows = [];
  }

  /** The end of the file: refuses an empty file or one with only its header. */
  finish(): void {
    if (!this.headers) throw new TableRefused('empty');
    if (this.count === 0) throw new TableRefused('headers_only');
    this.flush();
    this.post({ type: 'end', rowCount: this.count });
  }
}
