import type { ApiHandlers } from '../../core/dispatch';
import { addRelation, removeRelation } from './service';

export const relationHandlers = {
  'relations.add': (input, { core }) => addRelation(core, input),
  'relations.remove': (input, { core }) => removeRelation(core, input.id),
} satisfies Partial<ApiHandlers>;
