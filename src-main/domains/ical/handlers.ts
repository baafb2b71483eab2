import type { ApiHandlers } from '../../core/dispatch';
import { exportAgenda } from './export';
import { importAgenda } from './import';

export const icalHandlers = {
  'ical.export': (input, { core }) => exportAgenda(core, input),
  'ical.import': (input, { core }) => importAgenda(core, input),
} satisfies Partial<ApiHandlers>;
