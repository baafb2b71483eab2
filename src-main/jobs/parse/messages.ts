import type { CsvSeparator, ImportEncoding, ImportFileProblem, ImportFormat } from '../../../src-shared/domain/imports';
import type { ICalendarResult } from '../../../src-shared/ical';

/**
 * What crosses between the core and a parse worker: plain data only (structured clone). A job
 * names its kind; the worker answers with messages of that kind and ends with `{ type: 'end' }`.
 */

/** A spreadsheet or address book read into rows of text (imports of contacts and companies). */
export type TableJob = {
  kind: 'table';
  /** The file on disk (an incoming file of the data folder). */
  path: string;
  format: ImportFormat;
  limits: { maxRows: number; maxColumns: number; maxCellChars: number };
  /** Rows per `rows` message. */
  batchSize: number;
  /** The column names of a vCard file, in the user's language (vCard has no header row). */
  vcardHeaders: Record<string, string>;
};

/** An .ics file read into events (the agenda's import). */
export type CalendarJob = {
  kind: 'calendar';
  /** The file on disk (an incoming file of the data folder). */
  path: string;
  /** The zone of floating times (no zone given in the file): the user's. */
  defaultTimeZone: string;
};

/**
 * The database's integrity checked (`quick_check`) on a read-only connection of the worker's
 * own, while the core goes on: see core/integrity.ts.
 */
export type IntegrityJob = {
  kind: 'integrity';
  /** The database file. */
  path: string;
};

export type ParseJob = TableJob | CalendarJob | IntegrityJob;

export type WorkerMessage = { type: string };

export type TableMeta = {
  type: 'meta';
  encoding: ImportEncoding | null;
  separator: CsvSeparator | null;
  sheetName: string | null;
  headers: string[];
  /** vCard: the field each column fills (the file's own names do not exist). */
  fields: (string | null)[] | null;
};

/**
 * Rows in file order: `lines[i]` is the line of `rows[i]`, whose cells are joined by
 * `CELL_SEPARATOR` (one string per row crosses the thread and stays in the core's memory, not
 * one per cell: a third of the memory for a 100,000-row file).
 */
export type TableRows = { type: 'rows'; lines: number[]; rows: string[] };

/** Joins a row's cells (a cell's own U+001F, a control character no one types, becomes a space). */
export const CELL_SEPARATOR = '\u001f';

/** The file refused while reading it (the rows sent so far are to be dropped). */
export type TableProblem = { type: 'problem'; problem: ImportFileProblem; detail?: string };

export type TableEnd = { type: 'end'; rowCount: number };

export type TableMessage = TableMeta | TableRows | TableProblem | TableEnd;

/** The calendar as read: its events and what was skipped, or why the whole file was refused. */
export type CalendarParsed = { type: 'calendar'; result: ICalendarResult };

export type CalendarMessage = CalendarParsed | { type: 'end' };

/** What `quick_check` said: 'ok', or the first problems it found. */
export type IntegrityChecked = { type: 'integrity'; result: string };

export type IntegrityMessage = IntegrityChecked | { type: 'end' };

/** The job threw: the worker says why before its parent stops it. */
export type WorkerFailed = { type: 'failed'; message: string };
