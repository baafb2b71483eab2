import type { ApiHandlers } from '../../core/dispatch';
import { deleteView, listViews, saveView } from './service';

export const viewHandlers = {
  'views.list': (input, { core }) => listViews(core.read, core.userId, input.entity),
  'views.save': (input, { core }) => saveView(core, input),
  'views.delete': (input, { core }) => deleteView(core, input.id),
} satisfies Partial<ApiHandlers>;
