import type { ImportEntity } from '../../../src-shared/domain/imports';
import type { TaskState } from '../../lib/use-task';
import { cancelImportTask, underImportTask } from '../../stores/import-task';
import { useImportWizardStore, type ImportTaskAction } from '../../stores/import-wizard-store';

/** The import call under way for this kind of record (if it is one of `actions`), as the progress bar reads a task. */
export function useImportTask(entity: ImportEntity, actions: readonly ImportTaskAction[]): TaskState {
  const task = useImportWizardStore((state) => state.task);
  const mine = task !== null && task.entity === entity && actions.includes(task.action);
  return {
    progress: mine ? task.progress : null,
    running: mine,
    cancelling: mine && task.cancelling,
    run: (call) => underImportTask(entity, task?.action ?? 'inspect', call),
    cancel: cancelImportTask,
  };
}

/** True while any import call runs (one at a time): the wizard's buttons wait. */
export function useImportBusy(): boolean {
  return useImportWizardStore((state) => state.task !== null);
}
