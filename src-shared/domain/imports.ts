/**
 * Importing contacts, companies and deals from a spreadsheet (CSV, Excel) or an address book (vCard):
 * the words shared by the core, the wizard and the CLI.
 *
 * The flow: `imports.inspect` reads an uploaded file once (off the process that owns the
 * database) and keeps its rows under an `importId`; the user maps columns to fields (a guess is
 * offered); `imports.preview` checks every row against the database without writing;
 * `imports.run` writes everything in one transaction (all or nothing) and records a batch that
 * `imports.undo` can take back. `imports.report` saves the per-row problems as a CSV file.
 *
 * Lines: the row number a spreadsheet shows (the header is line 1, the first data row line 2);
 * for a vCard file, the line of the card's BEGIN:VCARD in the file.
 */
import type { ImportFieldKey } from './import-fields';

export type { ImportFieldKey, ImportFieldType, ImportField } from './import-fields';
export { importFields, importFieldKeys, fieldOf, isFieldOf } from './import-fields';

/** What a file becomes. Adding an entity: its field table in import-fields.ts and its writer in the core. */
export const importEntities = ['contact', 'company', 'deal'] as const;
export type ImportEntity = (typeof importEntities)[number];

/** The kinds of file read. */
export const importFormats = ['csv', 'xlsx', 'vcard'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** How the bytes of a text file (CSV, vCard) were read; null for Excel files. */
export const importEncodings = ['utf-8', 'utf-8-bom', 'utf-16', 'windows-1252'] as const;
export type ImportEncoding = (typeof importEncodings)[number];

/** The separator of a CSV file, as found in it. */
export const csvSeparators = [',', ';', '\t', '|'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

/**
 * What to do with a row that matches a record already in the CRM (same record id from an
 * exported file; else the same e-mail for a contact — a personal one: shared mailboxes such as
 * contact@ or info@ do not tell people apart — and the same SIREN/SIRET or name for a company;
 * a deal has no such key, only its record id): leave the record as it is, update it from the
 * row, or create a new record anyway.
 */
export const importMatchActions = ['skip', 'update', 'create'] as const;
export type ImportMatchAction = (typeof importMatchActions)[number];

/**
 * The mapping: for each column of the file (by position, so that two columns with the same name
 * stay apart), the field it fills, or null to leave the column out. Same length as `headers`.
 * A field is filled by one column, except e-mails, phones and notes (several columns add up).
 */
export type ImportMapping = (ImportFieldKey | null)[];

/** The answer of `imports.inspect`: what the file holds, before anything is checked. */
export type ImportInspection = {
  /** The handle of the parsed rows, kept by the core for a while (see `IMPORT_SESSION_TTL_MS`). */
  importId: string;
  entity: ImportEntity;
  fileName: string;
  format: ImportFormat;
  /** CSV and vCard: how the text was decoded. */
  encoding: ImportEncoding | null;
  /** CSV: the separator found. */
  separator: CsvSeparator | null;
  /** Excel: the sheet read (the first one). */
  sheetName: string | null;
  /** The column names (the first row), trimmed; an empty name is "" (the wizard shows "Column 3"). */
  headers: string[];
  /** Positions of columns whose name already appears to their left (both are kept, by position). */
  duplicatedColumns: number[];
  /** The first rows (up to `IMPORT_SAMPLE_ROWS`), as text, aligned with `headers`. */
  sample: ImportSampleRow[];
  /** Data rows in the file (empty rows not counted). */
  rowCount: number;
  /** The guessed mapping (from French and English headers, the app's own export headers). */
  suggestedMapping: ImportMapping;
  /** True when a column holds CRM record ids (a file exported by this app): rows update their records. */
  hasRecordIds: boolean;
};

export type ImportSampleRow = { line: number; cells: string[] };

/** Why a row, or a value in it, was refused or kept with a reservation. */
export const importIssueCodes = [
  /** The row has no name (contacts: first, last or full name; companies: name; deals: title). */
  'required',
  'too_long',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'invalid_number',
  'invalid_choice',
  'invalid_country',
  'invalid_siret',
  'invalid_url',
  /** More e-mails or phones than a record holds (10). */
  'too_many',
  /** The record id of an exported file names no record of this kind here (or a deleted one). */
  'unknown_record',
  /** No user of that name or e-mail (owner column). */
  'unknown_user',
  /** Warning: no company of that name, and creating missing companies was not asked; the record is imported without it. */
  'unknown_company',
  /** Deals: the amount is negative, or has more decimals than its currency allows. */
  'invalid_amount',
  /** Deals: not a currency the app knows (EUR, €, USD…), or not the one the amount is written in. */
  'invalid_currency',
  /** Deals: a probability is 0–100 % ("30", "30 %", "0,3"). */
  'invalid_probability',
  /** Deals: no pipeline of that name. */
  'unknown_pipeline',
  /** Deals: no stage of that name in the deal's pipeline. */
  'unknown_stage',
  /** Deals: the status (won, lost, open) is not the kind of the stage named beside it. */
  'status_mismatch',
  /** Deals: an existing deal does not move to another pipeline by import. */
  'pipeline_changed',
  /** Warning (deals): no contact with that e-mail or name (or several); the deal is imported without it. */
  'unknown_contact',
  /** Warning (deals): no lost reason of that label; the deal is imported without it. */
  'unknown_lost_reason',
  /** Warning: an earlier row of the file is the same record (same id, e-mail, SIREN/SIRET or name); this row is skipped. */
  'duplicate_in_file',
  /** Warning: a value that cannot be kept as it is was left out (a cell of a column mapped to nothing is never reported). */
  'value_ignored',
] as const;
export type ImportIssueCode = (typeof importIssueCodes)[number];

/** Codes that do not stop a row from being imported. */
export const importWarningCodes: ReadonlySet<ImportIssueCode> = new Set(['unknown_company', 'unknown_contact', 'unknown_lost_reason', 'duplicate_in_file', 'value_ignored']);

/** One problem in one row: where (line, column) and why (code), with the value at fault. */
export type ImportIssue = {
  line: number;
  /** The column's name as in the file, or null when the problem is the row as a whole. */
  column: string | null;
  /** The column's position (0-based), or null. */
  columnIndex: number | null;
  /** The field the column fills, or null. */
  field: ImportFieldKey | null;
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  /** The value at fault (cut to 200 characters), or null. */
  value: string | null;
};

/** One field of an existing record as an update would change it, in words (lists joined by ", "). */
export type ImportFieldChange = { field: ImportFieldKey; before: string | null; after: string | null };

/** A record an import would update, with its changes. */
export type ImportRecordChange = {
  line: number;
  recordId: string;
  /** The record's name before the change ("Hélène Dupont", "ACME SAS"). */
  recordName: string;
  /** How the row was matched to the record. */
  matchedBy: 'record_id' | 'email' | 'legal_id' | 'name';
  changes: ImportFieldChange[];
};

/** How many rows do what. */
export type ImportCounts = {
  /** Data rows in the file. */
  rows: number;
  create: number;
  /** Rows matched to a record that they change. */
  update: number;
  /** Rows matched to a record that they would not change. */
  unchanged: number;
  /** Rows matched to a record and left alone (`onMatch: 'skip'`), or repeating an earlier row. */
  skip: number;
  /** Rows with at least one error: never written. */
  invalid: number;
};

/** The answer of `imports.preview`: every row checked, nothing written. */
export type ImportPreview = {
  importId: string;
  entity: ImportEntity;
  counts: ImportCounts;
  /** The first `IMPORT_ISSUE_LIMIT` issues, in line order. */
  issues: ImportIssue[];
  issueCount: number;
  /** Rows with an error (`counts.invalid`) and rows with warnings only. */
  warningRowCount: number;
  /** The first `IMPORT_CHANGE_LIMIT` updates with their changes, in line order. */
  changes: ImportRecordChange[];
  changeCount: number;
  /** Companies a contact or deal import would create (names as first written), the first `IMPORT_CHANGE_LIMIT`. */
  companiesToCreate: string[];
  companiesToCreateCount: number;
};

/** The answer of `imports.run`: what was written, in one transaction. */
export type ImportResult = {
  /** The batch to undo with `imports.undo`; null when nothing was written. */
  batchId: string | null;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  invalid: number;
  companiesCreated: number;
  /**
   * A large import commits its records first and makes their search entries and duplicate keys
   * just after, in the background: until then search and the duplicate check do not find them.
   */
  indexingAfter: boolean;
};

/** An import made on this device, for the list of recent imports. */
export type ImportBatchItem = {
  batchId: string;
  entity: ImportEntity;
  fileName: string;
  format: ImportFormat;
  createdAt: string;
  userId: string;
  created: number;
  updated: number;
  skipped: number;
  companiesCreated: number;
  /** When it was undone, or null. */
  undoneAt: string | null;
};

/** The answer of `imports.undo`. */
export type ImportUndoResult = {
  batchId: string;
  /** Records the import created, now deleted (soft delete, synced; restorable like any delete). */
  removed: number;
  /** Records the import updated whose fields were put back. */
  restored: number;
  /** Fields left as they are because they were edited after the import. */
  keptFields: number;
  /** Records the import created or updated that were deleted since (left alone). */
  alreadyGone: number;
};

/** How many sample rows `imports.inspect` returns. */
export const IMPORT_SAMPLE_ROWS = 20;
/** How many issues a preview returns (the report file has them all). */
export const IMPORT_ISSUE_LIMIT = 500;
/** How many updates (with their changes) and new companies a preview lists. */
export const IMPORT_CHANGE_LIMIT = 200;
/** How long the core keeps a file's parsed rows after their last use. */
export const IMPORT_SESSION_TTL_MS = 60 * 60 * 1000;

/** Limits checked before a file is parsed (see security.md, "Bad input"). */
export const importLimits = {
  /** CSV and vCard files. */
  maxTextBytes: 50 * 1024 * 1024,
  /** Excel files, as stored (compressed). */
  maxXlsxBytes: 50 * 1024 * 1024,
  /** Excel files: all the entries of the archive once inflated. */
  maxXlsxExpandedBytes: 400 * 1024 * 1024,
  /** Excel files: expanded size / compressed size of any entry (and of the whole) above this is refused (a "zip bomb"). */
  maxXlsxRatio: 100,
  /** Data rows, counted while reading. */
  maxRows: 1_000_000,
  /** Columns. */
  maxColumns: 500,
  /** Characters in one cell. */
  maxCellChars: 32_767,
} as const;

/** Why a whole file was refused before (or while) reading it. */
export const importFileProblems = [
  'too_large',
  'too_many_rows',
  'too_many_columns',
  'zip_too_large',
  'zip_ratio',
  'zip_unsafe_entry',
  'not_xlsx',
  'not_vcard',
  'unknown_format',
  'empty',
  'headers_only',
  'no_sheet',
  'out_of_memory',
  'unreadable',
] as const;
export type ImportFileProblem = (typeof importFileProblems)[number];
