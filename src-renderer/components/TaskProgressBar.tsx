import { useTranslation } from 'react-i18next';
import type { TaskState } from '../lib/use-task';
import { Button } from './Button';

/** A long task's phase, a progress bar (indeterminate until the total is known) and Cancel. */
export function TaskProgressBar({ task }: { task: TaskState }) {
  const { t } = useTranslation();
  if (!task.running) return null;
  const progress = task.progress;
  const total = progress?.total ?? null;
  const label = progress ? t(`tasks.phase.${progress.phase}`) : t('tasks.phase.reading');
  const count = progress ? (total !== null ? t('tasks.count', { done: progress.done, total }) : t('tasks.countOpen', { done: progress.done })) : '';
  return (
    <div className="task-progress" role="status" aria-live="polite" data-testid="task-progress">
      <div className="task-progress-text">
        <span>{label}</span>
        <span className="task-progress-count">{count}</span>
      </div>
      <progress max={total ?? undefined} value={total !== null && progress ? Math.min(progress.done, total) : undefined} aria-label={label} />
      <Button size="sm" variant="ghost" onClick={task.cancel} busy={task.cancelling}>
        {task.cancelling ? t('tasks.cancelling') : t('tasks.cancel')}
      </Button>
    </div>
  );
}
