import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract/errors';
import type { reportExportInput, reportRunInput } from '../../../src-shared/contract/inputs/reports';
import type { ExportedFile } from '../../../src-shared/domain/exports';
import type { ReportFormat, ReportResult } from '../../../src-shared/domain/reports/types';
import type { Core } from '../../core/core';
import { runTask, type Task } from '../../core/tasks';
import { ChromiumMissingError } from '../../documents/pdf';
import { pdfPrinterOf } from '../../documents/printer';
import { reportDocumentModel, type ReportDocumentModel } from '../../documents/report-content';
import { buildReportDocx } from '../../documents/report-docx';
import { reportHtml } from '../../documents/report-html';
import { buildReportXlsx } from '../../documents/report-xlsx';
import { createOutgoingFile } from '../../files/store';
import { localTimeZone } from '../exports/export-list';
import { appLanguage } from '../ical/language';
import { reportFileName, reportFilterNames, reportMimeTypes } from './report-export-names';

export type ReportExportInput = z.output<typeof reportExportInput>;

/** What computes a report's figures: the engine's `reports.run`. */
export type ReportRunner = (core: Core, input: z.output<typeof reportRunInput>) => ReportResult | Promise<ReportResult>;

async function documentBytes(core: Core, model: ReportDocumentModel, format: ReportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'xlsx':
      return buildReportXlsx(model);
    case 'docx':
      return buildReportDocx(model);
    case 'pdf':
      try {
        return await pdfPrinterOf(core).print(reportHtml(model));
      } catch (error) {
        if (error instanceof ChromiumMissingError) throw new ApiError({ code: 'printer_unavailable', message: error.message });
        throw error;
      }
  }
}

/** The report's file, made in steps the user can cancel between: figures, document, file. */
async function exportWith(core: Core, input: ReportExportInput, run: ReportRunner, task: Task): Promise<ExportedFile> {
  const language = input.language ?? appLanguage(core);
  const timeZone = input.timeZone ?? localTimeZone();
  task.progress('reading', 0, 1);
  const result = await run(core, { name: input.name, filters: input.filters, timeZone });
  task.progress('reading', 1, 1);
  task.throwIfCancelled();
  task.progress('writing', 0, 1);
  const model = reportDocumentModel(result, language, reportFilterNames(core.read, result.filters, language), timeZone);
  const bytes = await documentBytes(core, model, input.format);
  task.throwIfCancelled();
  const file = await createOutgoingFile(core.paths.dataDir, { fileName: reportFileName(model.title, result.filters, input.format, language), mimeType: reportMimeTypes[input.format], bytes });
  task.progress('writing', 1, 1);
  return { ...file, rows: result.rows.length };
}

/**
 * `reports.export`: the report as an Excel workbook, a Word document or a PDF, kept for the page
 * to save. A long call under the caller's task id; a cancel before the file is written leaves
 * none behind.
 */
export function exportReport(core: Core, input: ReportExportInput, run: ReportRunner): Promise<ExportedFile> {
  return runTask(core, input.taskId, (task) => exportWith(core, input, run, task));
}
