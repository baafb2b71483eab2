import { useCallback, useEffect, useState } from 'react';
import type { DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { invoke, isClientError } from '../../api/client';
import { useTask, type TaskState } from '../../lib/use-task';
import { useDuplicateScanStore, type EntityScan } from '../../stores/duplicates-scan-store';

export type DuplicateScan = {
  scan: EntityScan | undefined;
  task: TaskState;
  /** Why the last scan failed (a cancel is not a failure). */
  error: unknown;
  cancelled: boolean;
  run: () => Promise<void>;
};

/**
 * The whole-base scan of one kind of record as a task (progress, Cancel). It runs by itself the
 * first time the screen opens; its result stays for the session, and leaving the screen stops a
 * scan under way.
 */
export function useDuplicateScan(entity: DuplicateEntity): DuplicateScan {
  const task = useTask();
  const scan = useDuplicateScanStore((state) => state.scans[entity]);
  const [outcome, setOutcome] = useState<{ error: unknown; cancelled: boolean }>({ error: null, cancelled: false });
  const { run: runTask, cancel } = task;

  const run = useCallback(async () => {
    try {
      const result = await runTask((taskId) => invoke('duplicates.scan', { entity, taskId }));
      useDuplicateScanStore.getState().setResult(result);
      setOutcome({ error: null, cancelled: false });
    } catch (failure) {
      const cancelled = isClientError(failure) && failure.body.code === 'cancelled';
      setOutcome({ error: cancelled ? null : failure, cancelled });
    }
  }, [entity, runTask]);

  useEffect(() => {
    if (useDuplicateScanStore.getState().scans[entity]) return cancel;
    // Started once the screen is drawn (and not at all by a mount that is at once undone).
    const start = window.setTimeout(() => void run(), 0);
    return () => {
      window.clearTimeout(start);
      cancel();
    };
  }, [entity, run, cancel]);

  // What the last scan ended with, until the next one starts.
  const shown = task.running ? { error: null, cancelled: false } : outcome;
  return { scan, task, error: shown.error, cancelled: shown.cancelled, run };
}
