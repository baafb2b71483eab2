import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { ApiError } from '../../../src-shared/contract/errors';
import { importLimits, type ImportFileProblem, type ImportFormat } from '../../../src-shared/domain/imports';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { cancelledError, type Task } from '../../core/tasks';
import { findFile } from '../../files/store';
import { vcardColumns } from '../../jobs/import/vcard';
import { checkXlsxArchive } from '../../jobs/import/zip-limits';
import type { TableMessage } from '../../jobs/parse/messages';
import { ParseWorkerFailure, runParseJob } from '../../jobs/parse/runner';
import { fileRefused } from './refusals';
import { keepSession, type ImportSession } from './sessions';

/** Rows per message from the worker. */
const BATCH_SIZE = 2_000;

async function firstBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The kind of file, from its first bytes (a name can lie), its name deciding only between text formats. */
async function formatOf(path: string, fileName: string): Promise<ImportFormat | 'xls'> {
  const head = await firstBytes(path, 4096);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const text = head.toString('latin1').split(String.fromCharCode(0)).join('');
  if (/BEGIN:VCARD/i.test(text) || extname(fileName).toLowerCase() === '.vcf') return 'vcard';
  return 'csv';
}

/** Refusals found before the file is parsed: size, and for Excel the archive's sizes and names. */
async function checkBeforeParsing(path: string, size: number, format: ImportFormat, language: Language): Promise<void> {
  const maxBytes = format === 'xlsx' ? importLimits.maxXlsxBytes : importLimits.maxTextBytes;
  if (size > maxBytes) throw fileRefused('too_large', language, { size, limit: maxBytes });
  if (size === 0) throw fileRefused('empty', language);
  if (format !== 'xlsx') return;
  const verdict = await checkXlsxArchive(path, size, { maxExpandedBytes: importLimits.maxXlsxExpandedBytes, maxRatio: importLimits.maxXlsxRatio });
  if (verdict.ok) return;
  if (verdict.problem === 'zip_unsafe_entry') throw fileRefused('zip_unsafe_entry', language, { name: verdict.name });
  if (verdict.problem === 'zip_too_large') throw fileRefused('zip_too_large', language, { size: verdict.expandedBytes, limit: importLimits.maxXlsxExpandedBytes });
  if (verdict.problem === 'zip_ratio') throw fileRefused('zip_ratio', language, { ratio: verdict.ratio });
  throw fileRefused('not_xlsx', language);
}

function workerFailure(error: ParseWorkerFailure, language: Language): ApiError {
  if (error.reason === 'cancelled') return cancelledError();
  if (error.reason === 'out_of_memory') return fileRefused('out_of_memory', language);
  return new ApiError({
    code: 'validation',
    field: 'fileId',
    message: translate(language, 'imports.refusal.workerCrashed'),
    issues: [{ path: 'fileId', code: 'invalid_value', message: 'unreadable' }],
  });
}

/**
 * Reads an uploaded file into a session: limits checked first, then the rows parsed in the
 * parse worker (its memory capped) and kept by the core under a new import id.
 */
export async function readImportFile(core: Core, fileId: string, language: Language, task: Task): Promise<ImportSession> {
  const file = await findFile(core.paths.dataDir, 'incoming', fileId);
  if (!file) {
    throw new ApiError({
      code: 'validation',
      field: 'fileId',
      message: translate(language, 'imports.refusal.fileGone'),
      issues: [{ path: 'fileId', code: 'not_found', message: 'unknown or expired file' }],
    });
  }
  const format = await formatOf(file.path, file.fileName);
  if (format === 'xls') throw fileRefused('not_xlsx', language);
  await checkBeforeParsing(file.path, file.size, format, language);
  task.throwIfCancelled();
  task.progress('reading', 0, null);

  let meta: Extract<TableMessage, { type: 'meta' }> | null = null;
  let problem: { problem: ImportFileProblem; detail?: string } | null = null;
  const lines: number[] = [];
  const rows: string[] = [];
  const vcardHeaders = Object.fromEntries(vcardColumns.map((column) => [column, translate(language, `imports.vcardColumn.${column}`)]));
  try {
    await runParseJob<TableMessage>(
      { kind: 'table', path: file.path, format, limits: { maxRows: importLimits.maxRows, maxColumns: importLimits.maxColumns, maxCellChars: importLimits.maxCellChars }, batchSize: BATCH_SIZE, vcardHeaders },
      (message) => {
        if (message.type === 'meta') meta = message;
        else if (message.type === 'problem') problem = { problem: message.problem, ...(message.detail !== undefined ? { detail: message.detail } : {}) };
        else if (message.type === 'rows') {
          for (let index = 0; index < message.lines.length; index++) {
            lines.push(message.lines[index] as number);
            rows.push(message.rows[index] as string);
          }
          task.progress('reading', rows.length, null);
        }
      },
      { signal: task.signal },
    );
  } catch (error) {
    if (error instanceof ParseWorkerFailure) throw workerFailure(error, language);
    throw error;
  }
  const refusal = problem as { problem: ImportFileProblem; detail?: string } | null;
  if (refusal) {
    const limit = refusal.problem === 'too_many_rows' ? importLimits.maxRows : refusal.problem === 'too_many_columns' ? importLimits.maxColumns : undefined;
    throw fileRefused(refusal.problem, language, { ...(limit !== undefined ? { limit } : {}), ...(refusal.detail !== undefined ? { detail: refusal.detail } : {}) });
  }
  const header = meta as Extract<TableMessage, { type: 'meta' }> | null;
  if (!header) throw fileRefused('empty', language);
  task.progress('reading', rows.length, rows.length);
  return keepSession(core, {
    fileName: file.fileName,
    format,
    encoding: header.encoding,
    separator: header.separator,
    sheetName: header.sheetName,
    headers: header.headers,
    vcardFields: header.fields,
    lines,
    rows,
  });
}
