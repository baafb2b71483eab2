import type { ApiHandlers } from '../../core/dispatch';
import { runReport } from './run';

export const reportHandlers = {
  'reports.run': (input, { core }) => runReport(core, input),
} satisfies Partial<ApiHandlers>;
