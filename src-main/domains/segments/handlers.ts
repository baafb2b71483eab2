import type { ApiHandlers } from '../../core/dispatch';

export const segmentHandlers = {} satisfies Partial<ApiHandlers>;
