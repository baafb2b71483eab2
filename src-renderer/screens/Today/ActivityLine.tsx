import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import { fullWhen, rowWhen } from '../../components/timeline/activity-format';
import { KindIcon } from '../../components/timeline/KindIcon';
import { LinkedRecords } from '../../components/timeline/LinkedRecords';
import { NextStepButton } from '../../components/timeline/NextStepButton';
import { TaskCheckbox } from '../../components/timeline/TaskCheckbox';
import { useLanguage } from '../../i18n/use-language';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { useTodayStore } from '../../stores/today-store';

type ActivityLineProps = { row: ActivityListRow; today: string; badge?: ReactNode; testId: string };

/** A task or a follow-up on Today: tick it off, open it, see what it is about, log what comes next. */
export function ActivityLine({ row, today, badge, testId }: ActivityLineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ticked = useTodayStore((state) => state.ticked[row.id]);
  const done = ticked ?? row.doneAt !== null;
  const when = rowWhen(language, row, today);
  const name = row.deal?.name ?? row.contact?.name ?? row.company?.name ?? null;
  return (
    <li className={`today-line ${done ? 'today-line-done' : ''}`} data-testid={testId} data-activity-id={row.id}>
      {row.kind === 'task' ? (
        <TaskCheckbox subject={row.subject} done={done} onChange={(value) => void useTodayStore.getState().complete(row, value)} />
      ) : (
        <KindIcon kind={row.kind} />
      )}
      <div className="today-line-main">
        <button type="button" className="link-button today-subject" onClick={() => openActivityDialog({ activityId: row.id })} title={t('activities.open', { subject: row.subject })}>
          {row.subject}
        </button>
        <span className="today-line-meta">
          {badge}
          {when && (
            <time className="muted small" dateTime={row.at ?? undefined} title={fullWhen(language, row)}>
              {when}
            </time>
          )}
          {row.priority === 'high' && <span className="badge priority-high">{t('activities.priority.high')}</span>}
          <LinkedRecords links={row} />
        </span>
      </div>
      <NextStepButton links={row} name={name} />
    </li>
  );
}
