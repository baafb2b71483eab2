import { Readable } from 'node:stream';
import { exportMimeTypes, type ExportedFile, type ExportEntity, type ExportFormat } from '../../../src-shared/domain/exports';
import type { Language } from '../../../src-shared/i18n';
import { correctedNow, type Core } from '../../core/core';
import { runTask, type Task } from '../../core/tasks';
import type { ReadDb } from '../../db/handles';
import { createOutgoingFile } from '../../files/store';
import { appLanguage } from '../ical/language';
import { fileColumns } from './columns/types';
import { csvChunks } from './csv';
import { exportFileName, listName, sheetName } from './file-name';
import { recordPages } from './pages';
import { activityPlan, companyPlan, contactPlan, dealPlan, type ExportPlan, type ExportRequest } from './plan';
import { openExportReader, type ExportReader } from './reader';
import { vcardChunks } from './vcard-contacts';
import { xlsxContent } from './xlsx';

/** An export under way: the file's name and type, its bytes as they are made, and the count. */
export type ExportJob = {
  fileName: string;
  mimeType: string;
  /** The file's bytes; fails with the first error (`cancelled` when the user stopped it), then nothing more comes. */
  content: Readable;
  /** The records to write, known before the first one is. */
  total: number;
  /** Records written so far (all of them once `content` has ended). */
  written: () => number;
  /** Ends the export's snapshot: call once `content` has ended or failed. */
  close: () => void;
};

type Settings = { language: Language; timeZone: string; nowMs: number };

/** This computer's zone: where the user reads the dates. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function jobOf<E extends ExportEntity, Row extends { id: string }>(
  plan: ExportPlan<E, Row>,
  reader: ExportReader,
  format: ExportFormat,
  settings: Settings,
  task: Task,
  vcard?: (db: ReadDb, pages: AsyncIterable<Row[]>) => AsyncIterable<Buffer>,
): ExportJob {
  const records = recordPages((page) => plan.read(reader.db, page), plan.selection, task);
  const columns = fileColumns(plan.columnSet, plan.columnIds, settings.language);
  let content: Readable;
  if (format === 'xlsx') {
    content = xlsxContent(records.pages, columns, { language: settings.language, timeZone: settings.timeZone, sheetName: sheetName(listName(plan.entity, settings.language)), creator: 'CRM' });
  } else if (format === 'csv') {
    content = Readable.from(csvChunks(records.pages, columns, settings));
  } else if (vcard) {
    content = Readable.from(vcard(reader.db, records.pages));
  } else {
    throw new Error(`no ${format} file for ${plan.entity}`);
  }
  return {
    fileName: exportFileName({ entity: plan.entity, format, language: settings.language, viewName: plan.view?.name ?? null, selection: plan.selection !== null, nowMs: settings.nowMs, timeZone: settings.timeZone }),
    mimeType: exportMimeTypes[format],
    content,
    total: records.total,
    written: records.written,
    close: reader.close,
  };
}

/** The plan's job on a reader of its own (closed again if the job cannot start). */
function startJob<E extends ExportEntity, Row extends { id: string }>(
  core: Core,
  plan: ExportPlan<E, Row>,
  format: ExportFormat,
  settings: Settings,
  task: Task,
  vcard?: (db: ReadDb, pages: AsyncIterable<Row[]>) => AsyncIterable<Buffer>,
): ExportJob {
  const reader = openExportReader(core);
  try {
    return jobOf(plan, reader, format, settings, task, vcard);
  } catch (error) {
    reader.close();
    throw error;
  }
}

/**
 * Starts an export: the list is counted and its first page read now, on a snapshot of its own;
 * the rest as the file is written. The caller closes the job once its content has ended.
 */
export function startExport(core: Core, request: ExportRequest, task: Task): ExportJob {
  const settings: Settings = { language: request.language ?? appLanguage(core), timeZone: request.timeZone ?? localTimeZone(), nowMs: correctedNow(core) };
  switch (request.entity) {
    case 'contact':
      return startJob(core, contactPlan(core, request), request.format, settings, task, (db, pages) => vcardChunks(db, pages, { version: request.vcardVersion, language: settings.language }));
    case 'company':
      return startJob(core, companyPlan(core, request), request.format, settings, task);
    case 'deal':
      return startJob(core, dealPlan(core, request), request.format, settings, task);
    case 'activity':
      return startJob(core, activityPlan(core, request), request.format, settings, task);
  }
}

/**
 * `exports.list`: the file made under a temporary name and kept for the page to save (a cancel
 * or a failure removes it), with the number of records it holds.
 */
export function exportList(core: Core, request: ExportRequest): Promise<ExportedFile> {
  return runTask(core, request.taskId, async (task) => {
    const job = startExport(core, request, task);
    try {
      const file = await createOutgoingFile(core.paths.dataDir, { fileName: job.fileName, mimeType: job.mimeType, bytes: job.content });
      return { ...file, rows: job.written() };
    } finally {
      job.close();
    }
  });
}
