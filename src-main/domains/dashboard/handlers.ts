import type { ApiHandlers } from '../../core/dispatch';

export const dashboardHandlers = {} satisfies Partial<ApiHandlers>;
