import type { ApiHandlers } from '../../core/dispatch';
import { cancelTask } from '../../core/tasks';

export const taskHandlers = {
  'tasks.cancel': ({ taskId }, { core }) => ({ cancelled: cancelTask(core, taskId) }),
} satisfies Partial<ApiHandlers>;
