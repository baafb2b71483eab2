import { MapPin } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgendaEvent } from '../../../src-shared/domain/activities';
import { Card } from '../../components/detail/Card';
import { timeRange } from '../../components/timeline/activity-format';
import { KindIcon } from '../../components/timeline/KindIcon';
import { LinkedRecords } from '../../components/timeline/LinkedRecords';
import { NextStepButton } from '../../components/timeline/NextStepButton';
import { useNow } from '../../components/use-now';
import { useLanguage } from '../../i18n/use-language';
import { openAgendaEvent } from '../../stores/activity-dialog-store';
import { inDayOrder, meetingMoments } from './today-moments';

/** Today's meetings, visits and planned calls in order; the one under way and the next one stand out. */
export function MeetingsCard({ meetings }: { meetings: readonly AgendaEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const moments = meetingMoments(meetings, now);
  return (
    <Card title={t('activities.today.meetings')} count={meetings.length} testId="today-meetings">
      {meetings.length === 0 ? (
        <p className="faint">{t('activities.today.noMeetings')}</p>
      ) : (
        <ol className="today-list">
          {inDayOrder(meetings).map((event) => {
            const moment = moments.get(event.key) ?? 'later';
            const subject = event.subject ?? t('activities.private');
            return (
              <li key={event.key} className={`today-meeting today-meeting-${moment}`} data-testid="today-meeting" data-moment={moment}>
                <span className="today-time">{event.allDay ? t('activities.allDay') : timeRange(language, event.start, event.end)}</span>
                <KindIcon kind={event.kind} />
                <div className="today-line-main">
                  <button type="button" className="link-button today-subject" onClick={() => openAgendaEvent(event)} title={t('activities.open', { subject })}>
                    {subject}
                  </button>
                  <span className="today-line-meta">
                    {moment === 'now' && <span className="badge badge-accent">{t('activities.today.now')}</span>}
                    {moment === 'next' && <span className="badge">{t('activities.today.next')}</span>}
                    <LinkedRecords links={event} />
                    {event.location && (
                      <span className="today-location muted small">
                        <MapPin size={12} aria-hidden="true" /> {event.location}
                      </span>
                    )}
                  </span>
                </div>
                <NextStepButton links={event} name={event.deal?.name ?? event.contact?.name ?? event.company?.name ?? null} />
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
