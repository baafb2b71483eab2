import type { OutgoingFile } from '../../domain/files';
import type { ImportBatchItem, ImportInspection, ImportPreview, ImportResult, ImportUndoResult } from '../../domain/imports';
import { endpoint } from '../endpoint';
import { importInspectInput, importListInput, importPreviewInput, importReportInput, importRunInput, importUndoInput } from '../inputs/imports';

/**
 * Contacts and companies from CSV, Excel and vCard files (see src-shared/domain/imports.ts for
 * the flow). Long calls take a `taskId` for progress (phases reading, checking, saving) and cancel.
 *
 * Refusals are `validation` errors: a file refused whole (too large, a zip bomb, not a
 * spreadsheet, empty, only headers) names `fileId` with one issue; a wrong mapping names
 * `mapping` (or `mapping.<column>`); an `importId` the core no longer holds names `importId`
 * (inspect the file again). `imports.run` with rows in error and `skipInvalid` false is refused
 * (`validation`, field `skipInvalid`) and writes nothing. `imports.undo` of a batch already undone
 * is a `conflict`.
 */
export const importEndpoints = {
  /** Reads an uploaded file (off the database process) and keeps its rows under an `importId`. */
  'imports.inspect': endpoint<ImportInspection>()(importInspectInput),
  /** Checks every row against the database with this mapping; writes nothing. */
  'imports.preview': endpoint<ImportPreview>()(importPreviewInput),
  /** Writes all the rows in one transaction (a cancel or a failure leaves the database as it was). */
  'imports.run': endpoint<ImportResult>()(importRunInput),
  /** The per-row report (line, column, field, value, reason) as a CSV file to save (UTF-8 with BOM; `;` in French). */
  'imports.report': endpoint<OutgoingFile>()(importReportInput),
  /** Recent imports made on this device, newest first. */
  'imports.list': endpoint<ImportBatchItem[]>()(importListInput),
  /** Takes an import back: what it created is deleted, what it updated is put back where not edited since. */
  'imports.undo': endpoint<ImportUndoResult>()(importUndoInput),
} as const;
