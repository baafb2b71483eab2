import { Lock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import { useLanguage } from '../../i18n/use-language';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { useTimelineStore } from '../../stores/timeline-store';
import { fullWhen, rowWhen, timeOfDay } from './activity-format';
import { KindIcon } from './KindIcon';
import { LinkedRecords } from './LinkedRecords';
import { NextStepButton } from './NextStepButton';
import { TaskCheckbox } from './TaskCheckbox';

type TimelineActivityProps = { activity: ActivityListRow; recordId: string; upcoming: boolean; today: string };

/** An activity in a record's timeline: open it, tick a task off, log what comes next. */
export function TimelineActivity({ activity, recordId, upcoming, today }: TimelineActivityProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ticked = useTimelineStore((state) => state.ticked[activity.id]);
  const done = ticked ?? activity.doneAt !== null;
  // Under a day heading the time is enough; what is ahead says its day.
  const when = upcoming ? rowWhen(language, activity, today) : activity.at && !activity.allDay ? timeOfDay(language, activity.at) : activity.at ? t('activities.allDay') : null;
  return (
    <li className={`timeline-item timeline-activity ${done ? 'timeline-done' : ''}`} data-testid="timeline-activity" data-kind={activity.kind} data-activity-id={activity.id}>
      <span className={`timeline-marker timeline-marker-${activity.kind}`}>
        {activity.kind === 'task' ? (
          <TaskCheckbox subject={activity.subject} done={done} onChange={(value) => void useTimelineStore.getState().complete(activity, value)} testId="timeline-task-check" />
        ) : (
          <KindIcon kind={activity.kind} size={13} />
        )}
      </span>
      <div className="timeline-content">
        <div className="timeline-line">
          <span className="visually-hidden">{t(`activities.kind.${activity.kind}`)}</span>
          <button type="button" className="link-button timeline-title" onClick={() => openActivityDialog({ activityId: activity.id })} title={t('activities.open', { subject: activity.subject })}>
            {activity.subject}
          </button>
          {activity.outcome && <span className={`badge outcome-${activity.outcome}`}>{t(`activities.outcome.${activity.outcome}`)}</span>}
          {activity.kind === 'task' && activity.priority === 'high' && <span className="badge priority-high">{t('activities.priority.high')}</span>}
          {activity.private && <Lock size={12} className="faint" aria-label={t('activities.private')} />}
          {when && (
            <time className="faint small timeline-time" dateTime={activity.at ?? undefined} title={fullWhen(language, activity)}>
              {when}
            </time>
          )}
        </div>
        <div className="timeline-meta muted small">
          <span>{t(`activities.kind.${activity.kind}`)}</span>
          {activity.owner && <span>{t('activities.timeline.by', { name: activity.owner.displayName })}</span>}
          <LinkedRecords links={activity} except={recordId} />
        </div>
      </div>
      <NextStepButton links={activity} name={activity.deal?.name ?? activity.contact?.name ?? activity.company?.name ?? null} />
    </li>
  );
}
