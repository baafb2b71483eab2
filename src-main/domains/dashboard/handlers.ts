import { correctedNow } from '../../core/core';
import type { ApiHandlers } from '../../core/dispatch';
import { getDashboard } from './dashboard';

export const dashboardHandlers = {
  'dashboard.get': (input, { core }) => getDashboard(core, input, correctedNow(core)),
} satisfies Partial<ApiHandlers>;
