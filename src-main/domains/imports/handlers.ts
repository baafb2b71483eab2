import type { ApiHandlers } from '../../core/dispatch';

export const importHandlers = {} satisfies Partial<ApiHandlers>;
