import type { ApiHandlers } from '../../core/dispatch';
import { exportList } from './export-list';

export const exportHandlers = {
  'exports.list': (input, { core }) => exportList(core, input),
} satisfies Partial<ApiHandlers>;
