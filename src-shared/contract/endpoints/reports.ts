import type { ExportedFile } from '../../domain/exports';
import type { ReportResult } from '../../domain/reports/types';
import { endpoint } from '../endpoint';
import { reportExportInput, reportRunInput } from '../inputs/reports';

/**
 * Reports (src-shared/domain/reports/types.ts): the figures of one report for a period and
 * filters, computed in the core from what this device holds (offline too), and the same report
 * as an Excel workbook, a Word document or a PDF. Refusals: an unknown segment, team or pipeline
 * is `not_found`; a period whose end is before its start is `validation`.
 */
export const reportEndpoints = {
  'reports.run': endpoint<ReportResult>()(reportRunInput),
} as const;

/** The same report as an Excel workbook, a Word document or a PDF: a long call when given a `taskId` (phase `writing`); the file waits for the page to save it. */
export const reportExportEndpoints = {
  'reports.export': endpoint<ExportedFile>()(reportExportInput),
} as const;
