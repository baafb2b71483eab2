import type { ImportEntity } from '../../src-shared/domain/imports';
import { invoke, on } from '../api/client';
import { useImportWizardStore, type ImportTask, type ImportTaskAction } from './import-wizard-store';

let following = false;

/** Listens once to the core's progress events; only the task under way is kept. */
function followProgress(): void {
  if (following) return;
  following = true;
  on('task.progress', (event) => {
    const task = useImportWizardStore.getState().task;
    if (task && task.taskId === event.taskId) useImportWizardStore.setState({ task: { ...task, progress: event } });
  });
}

/** Runs a long import call under a fresh task id, its progress in the store until it ends. */
export async function underImportTask<T>(entity: ImportEntity, action: ImportTaskAction, call: (taskId: string) => Promise<T>): Promise<T> {
  followProgress();
  const task: ImportTask = { taskId: crypto.randomUUID(), entity, action, progress: null, cancelling: false };
  useImportWizardStore.setState({ task });
  try {
    return await call(task.taskId);
  } finally {
    if (useImportWizardStore.getState().task?.taskId === task.taskId) useImportWizardStore.setState({ task: null });
  }
}

/** Asks the core to stop the call under way; it then fails with `cancelled`, having changed nothing. */
export function cancelImportTask(): void {
  const task = useImportWizardStore.getState().task;
  if (!task || task.cancelling) return;
  useImportWizardStore.setState({ task: { ...task, cancelling: true } });
  invoke('tasks.cancel', { taskId: task.taskId }).catch(() => {
    const current = useImportWizardStore.getState().task;
    if (current?.taskId === task.taskId) useImportWizardStore.setState({ task: { ...current, cancelling: false } });
  });
}
