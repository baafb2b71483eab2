import type { ApiHandlers } from '../../core/dispatch';
import { globalSearch } from './queries';

export const searchHandlers = {
  'search.global': (input, { core }) => globalSearch(core.read, core.userId, input),
} satisfies Partial<ApiHandlers>;
