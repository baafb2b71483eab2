import type { ApiHandlers } from '../../core/dispatch';
import { recordHistory } from './queries';

export const historyHandlers = {
  'history.list': (input, { core }) => recordHistory(core.read, input),
} satisfies Partial<ApiHandlers>;
