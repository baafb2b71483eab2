import type { ApiHandlers } from '../../core/dispatch';
import { exportReport } from './report-export';
import { runReport } from './run';

export const reportExportHandlers = {
  'reports.export': (input, { core }) => exportReport(core, input, runReport),
} satisfies Partial<ApiHandlers>;
