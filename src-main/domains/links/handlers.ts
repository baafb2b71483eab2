import type { ApiHandlers } from '../../core/dispatch';
import { linkContactToCompany, removeLink, updateLink } from './service';

export const linkHandlers = {
  'links.add': (input, { core }) => linkContactToCompany(core, input),
  'links.update': (input, { core }) => updateLink(core, input),
  'links.remove': (input, { core }) => removeLink(core, input.id),
} satisfies Partial<ApiHandlers>;
