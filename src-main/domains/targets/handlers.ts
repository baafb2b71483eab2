import type { ApiHandlers } from '../../core/dispatch';
import { deleteTargets, saveTargets } from './service';
import { targetYear } from './year';

export const targetHandlers = {
  'targets.list': (input, { core }) => targetYear(core.read, input),
  'targets.save': (input, { core }) => saveTargets(core, input),
  'targets.delete': (input, { core }) => deleteTargets(core, input),
} satisfies Partial<ApiHandlers>;
