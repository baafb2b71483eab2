import { useTranslation } from 'react-i18next';
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import { Card } from '../../components/detail/Card';
import { shortcutLabel } from '../../lib/keyboard';
import { ActivityLine } from './ActivityLine';

/** Overdue tasks (oldest first, marked), then today's (ticked ones stay, struck through). */
export function TasksCard({ overdue, due, today }: { overdue: readonly ActivityListRow[]; due: readonly ActivityListRow[]; today: string }) {
  const { t } = useTranslation();
  const open = overdue.length + due.filter((row) => row.doneAt === null).length;
  return (
    <Card title={t('activities.today.tasks')} count={open} testId="today-tasks">
      {overdue.length === 0 && due.length === 0 ? (
        <p className="faint">{t('activities.today.noTasks', { shortcut: shortcutLabel('L') })}</p>
      ) : (
        <>
          {overdue.length > 0 && (
            <>
              <h3 className="today-subheading today-overdue">{t('activities.today.overdue')}</h3>
              <ul className="today-list" aria-label={t('activities.today.overdue')}>
                {overdue.map((row) => (
                  <ActivityLine key={row.id} row={row} today={today} testId="today-overdue-task" />
                ))}
              </ul>
            </>
          )}
          {due.length > 0 && (
            <>
              <h3 className="today-subheading">{t('activities.today.dueToday')}</h3>
              <ul className="today-list" aria-label={t('activities.today.dueToday')}>
                {due.map((row) => (
                  <ActivityLine key={row.id} row={row} today={today} testId="today-task" />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
