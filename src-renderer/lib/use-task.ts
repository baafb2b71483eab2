import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskProgress } from '../../src-shared/domain/tasks';
import { invoke, on } from '../api/client';

export type TaskState = {
  /** The progress of the task under way, or null when none runs (or it has not reported yet). */
  progress: TaskProgress | null;
  running: boolean;
  cancelling: boolean;
  /** Runs a long call under a fresh task id (the call puts it in its input). */
  run: <T>(call: (taskId: string) => Promise<T>) => Promise<T>;
  /** Asks the core to stop the task under way; the call then fails with `cancelled`. */
  cancel: () => void;
};

/** Follows one long call at a time: its `task.progress` events and its cancel. */
export function useTask(): TaskState {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      on('task.progress', (event) => {
        if (event.taskId === current.current) setProgress(event);
      }),
    [],
  );

  const run = useCallback(async <T,>(call: (taskId: string) => Promise<T>): Promise<T> => {
    const taskId = crypto.randomUUID();
    current.current = taskId;
    setProgress(null);
    setCancelling(false);
    setRunning(true);
    try {
      return await call(taskId);
    } finally {
      if (current.current === taskId) {
        current.current = null;
        setRunning(false);
        setCancelling(false);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const taskId = current.current;
    if (!taskId) return;
    setCancelling(true);
    invoke('tasks.cancel', { taskId }).catch(() => setCancelling(false));
  }, []);

  return { progress, running, cancelling, run, cancel };
}
