import type { ApiHandlers } from '../../core/dispatch';

export const targetHandlers = {} satisfies Partial<ApiHandlers>;
