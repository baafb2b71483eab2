import type { ApiHandlers } from '../../core/dispatch';

export const exportHandlers = {} satisfies Partial<ApiHandlers>;
