import { ApiError } from '../../src-shared/contract/errors';
import type { TaskPhase } from '../../src-shared/domain/tasks';
import type { Core } from './core';

/** What long work sees of its task: the cancel signal and a way to report progress. */
export type Task = {
  readonly signal: AbortSignal;
  /** Reports progress; announced at most every `PROGRESS_INTERVAL_MS`, and always when a phase starts or ends. */
  progress: (phase: TaskPhase, done: number, total?: number | null) => void;
  /** Throws the `cancelled` error when the user cancelled: call it between steps, before writing. */
  throwIfCancelled: () => void;
};

export const PROGRESS_INTERVAL_MS = 100;

const running = new WeakMap<Core, Map<string, AbortController>>();

function tasksOf(core: Core): Map<string, AbortController> {
  let tasks = running.get(core);
  if (!tasks) {
    tasks = new Map();
    running.set(core, tasks);
  }
  return tasks;
}

export const cancelledError = (): ApiError =>
  new ApiError({ code: 'cancelled', message: 'Cancelled by the user: nothing was changed.' });

/**
 * Runs long work as a task: under the caller's id (when given) it can be cancelled with
 * `tasks.cancel` and its progress goes out as `task.progress` events. Work that sees the signal
 * aborted throws `cancelled` and must leave nothing half-written (one transaction, or a temp file
 * removed). Two tasks under the same id are refused.
 */
export async function runTask<T>(core: Core, taskId: string | undefined, work: (task: Task) => Promise<T> | T): Promise<T> {
  const controller = new AbortController();
  const tasks = tasksOf(core);
  if (taskId !== undefined) {
    if (tasks.has(taskId)) throw new ApiError({ code: 'conflict', message: 'A task with this id is already running.' });
    tasks.set(taskId, controller);
  }
  let lastEmit = 0;
  let lastPhase: TaskPhase | null = null;
  const task: Task = {
    signal: controller.signal,
    progress: (phase, done, total = null) => {
      if (taskId === undefined) return;
      const now = Date.now();
      const phaseChanged = phase !== lastPhase;
      const finished = total !== null && done >= total;
      if (!phaseChanged && !finished && now - lastEmit < PROGRESS_INTERVAL_MS) return;
      lastEmit = now;
      lastPhase = phase;
      core.events.emit('task.progress', { taskId, phase, done, total });
    },
    throwIfCancelled: () => {
      if (controller.signal.aborted) throw cancelledError();
    },
  };
  try {
    return await work(task);
  } finally {
    if (taskId !== undefined) tasks.delete(taskId);
  }
}

/** Cancels the task running under this id; false when none runs (it had already ended). */
export function cancelTask(core: Core, taskId: string): boolean {
  const controller = tasksOf(core).get(taskId);
  if (!controller) return false;
  controller.abort();
  return true;
}
