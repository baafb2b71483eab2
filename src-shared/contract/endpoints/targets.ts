import type { Target, TargetYear } from '../../domain/targets';
import { endpoint } from '../endpoint';
import { targetDeleteInput, targetListInput, targetSaveInput } from '../inputs/targets';

/** Sales targets per salesperson and team, per month or quarter (written by managers). */
export const targetEndpoints = {
  'targets.list': endpoint<TargetYear>()(targetListInput),
  'targets.save': endpoint<Target[]>()(targetSaveInput),
  'targets.delete': endpoint<{ deleted: number }>()(targetDeleteInput),
} as const;
