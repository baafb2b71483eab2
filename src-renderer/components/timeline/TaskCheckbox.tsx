import { useTranslation } from 'react-i18next';

type TaskCheckboxProps = { subject: string; done: boolean; onChange: (done: boolean) => void; testId?: string };

/** Ticks a task off in place. */
export function TaskCheckbox({ subject, done, onChange, testId }: TaskCheckboxProps) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      className="task-check"
      checked={done}
      aria-label={done ? t('activities.markNotDone', { subject }) : t('activities.markDone', { subject })}
      title={done ? t('activities.markNotDone', { subject }) : t('activities.markDone', { subject })}
      onChange={(event) => onChange(event.target.checked)}
      data-testid={testId ?? 'task-check'}
    />
  );
}
