import type { ApiHandlers } from '../../core/dispatch';

export const duplicateHandlers = {} satisfies Partial<ApiHandlers>;
