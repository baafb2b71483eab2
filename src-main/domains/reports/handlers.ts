import type { ApiHandlers } from '../../core/dispatch';

export const reportHandlers = {} satisfies Partial<ApiHandlers>;
