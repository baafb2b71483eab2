import type { ApiHandlers } from '../../core/dispatch';

export const mailMergeHandlers = {} satisfies Partial<ApiHandlers>;
