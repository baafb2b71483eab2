import { CalendarPlus, PenLine } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { shortcutLabel } from '../../lib/keyboard';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { noContext, openQuickLog, type QuickLogContext } from '../../stores/quick-log-store';
import { useTimelineStore, type TimelineEntity } from '../../stores/timeline-store';
import { Button, IconButton } from '../Button';
import { Card } from '../detail/Card';
import { useNow } from '../use-now';
import { civilDateOf, dayLabel, todayDate } from './activity-format';
import { TimelineActivity } from './TimelineActivity';
import { TimelineChange } from './TimelineChange';
import { TimelineFilter } from './TimelineFilter';
import { timelineEntries, timelineSections } from './timeline-sections';

type TimelineCardProps = {
  entity: TimelineEntity;
  record: { id: string; name: string };
  /** A deal's amounts in its changes are read in its currency. */
  currency?: string;
};

/** A record's timeline: its activities and its changes merged, newest first, filtered by kind. */
export function TimelineCard({ entity, record, currency }: TimelineCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const { items, nextBefore, status, error, loadingMore, filter, id } = useTimelineStore();
  const recordId = record.id;

  useEffect(() => {
    useTimelineStore.getState().open(entity, recordId);
    return () => useTimelineStore.getState().close(recordId);
  }, [entity, recordId]);

  const today = todayDate(now);
  const sections = useMemo(() => timelineSections(timelineEntries(id === recordId ? items : []), now, (iso) => civilDateOf(iso)), [items, id, recordId, now]);
  const links: QuickLogContext = { ...noContext, [entity]: { id: record.id, name: record.name } };
  const loading = status === 'loading' || id !== recordId;

  return (
    <Card
      title={t('activities.timeline.title')}
      testId="timeline"
      actions={
        <>
          <IconButton
            size="sm"
            label={t('activities.timeline.newActivity')}
            icon={<CalendarPlus size={14} />}
            onClick={() => openActivityDialog({ contactId: links.contact?.id ?? null, companyId: links.company?.id ?? null, dealId: links.deal?.id ?? null })}
            data-testid="timeline-new-activity"
          />
          <Button size="sm" icon={<PenLine size={14} />} onClick={() => openQuickLog(links)} title={shortcutLabel('L')} data-testid="timeline-log">
            {t('activities.timeline.logActivity')}
          </Button>
        </>
      }
    >
      <TimelineFilter filter={filter} onChange={(next) => useTimelineStore.getState().setFilter(next)} />
      {status === 'failed' && id === recordId ? (
        <div className="timeline-state" role="alert">
          <p>{t('activities.timeline.loadFailed')} {errorMessage(t, error)}</p>
          <Button size="sm" onClick={() => void useTimelineStore.getState().reload()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : loading ? (
        <p className="faint">{t('common.loading')}</p>
      ) : sections.length === 0 ? (
        <p className="faint timeline-empty" data-testid="timeline-empty">
          {filter.length > 0 ? t('activities.timeline.emptyFiltered') : t('activities.timeline.empty')}
        </p>
      ) : (
        <div className="timeline">
          {sections.map((section) => (
            <section key={section.day} className="timeline-day" aria-label={section.day === 'upcoming' ? t('activities.timeline.upcoming') : dayLabel(language, section.day, today)}>
              <h3 className="timeline-day-heading">{section.day === 'upcoming' ? t('activities.timeline.upcoming') : dayLabel(language, section.day, today)}</h3>
              <ol className="timeline-items">
                {section.entries.map((entry) =>
                  entry.type === 'activity' ? (
                    <TimelineActivity key={entry.key} activity={entry.activity} recordId={recordId} upcoming={section.day === 'upcoming'} today={today} />
                  ) : (
                    <TimelineChange key={entry.key} group={entry.group} entity={entity} currency={currency} />
                  ),
                )}
              </ol>
            </section>
          ))}
          {nextBefore && (
            <Button size="sm" variant="ghost" className="timeline-more" busy={loadingMore} onClick={() => void useTimelineStore.getState().loadMore()} data-testid="timeline-load-older">
              {t('activities.timeline.loadOlder')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
