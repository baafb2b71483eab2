import i18next from 'i18next';
import type { ApiInput } from '../../../src-shared/contract/api';
import { invoke, isClientError, saveFile } from '../../api/client';
import type { TaskState } from '../../lib/use-task';
import { notifyError } from '../../stores/notify-error';
import { notify } from '../../stores/toast-store';

/**
 * Runs an export as a task (progress bar, Cancel), then saves the file (save dialog, or a
 * download in browser mode) and says how many rows it holds. A cancel is said plainly; any other
 * failure goes through the usual error notice.
 */
export async function runExport(task: TaskState, input: (taskId: string) => ApiInput<'exports.list'>): Promise<void> {
  try {
    const file = await task.run((taskId) => invoke('exports.list', input(taskId)));
    if (await saveFile(file)) notify(i18next.t('exports.done', { count: file.rows, name: file.fileName }));
  } catch (error) {
    if (isClientError(error) && error.body.code === 'cancelled') notify(i18next.t('tasks.cancelled'), 'info');
    else notifyError(error);
  }
}
