import { CalendarPlus, Database, PenLine, Plus, Sun } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { todayDate } from '../../components/timeline/activity-format';
import { useNow } from '../../components/use-now';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { shortcutLabel } from '../../lib/keyboard';
import { localeOf } from '../../../src-shared/i18n';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { openEditor } from '../../stores/editor-store';
import { openQuickLog } from '../../stores/quick-log-store';
import { loadDemoData } from '../../stores/tag-actions';
import { neglectedDaysSetting, useTodayStore } from '../../stores/today-store';
import { FollowUpsCard } from './FollowUpsCard';
import { MeetingsCard } from './MeetingsCard';
import { NeglectedCard } from './NeglectedCard';
import { TasksCard } from './TasksCard';

/** An empty base: Today is where a first start lands, so it offers what the contacts list does. */
function FirstStart() {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    if (await loadDemoData()) await useTodayStore.getState().load();
    setLoading(false);
  };
  return (
    <EmptyState
      testId="today-first-start"
      icon={<Sun size={36} />}
      title={t('activities.today.firstStartTitle')}
      body={t('activities.today.firstStartBody')}
      actions={
        <>
          <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'contact' })}>
            {t('activities.today.createContact')}
          </Button>
          <Button icon={<Database size={15} />} onClick={() => void load()} busy={loading}>
            {loading ? t('demo.loading') : t('demo.load')}
          </Button>
        </>
      }
    />
  );
}

/** The home screen: the day's meetings, tasks and follow-ups, and accounts left silent. */
export function TodayScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { view, status, error, baseEmpty } = useTodayStore();
  const now = useNow();
  const today = todayDate(now);

  useEffect(() => {
    useTodayStore.getState().show();
    return () => useTodayStore.getState().hide();
  }, []);
  // Past midnight, it is another day.
  useEffect(() => {
    if (useTodayStore.getState().view && useTodayStore.getState().view?.date !== today) void useTodayStore.getState().load();
  }, [today]);

  const dateLabel = new Intl.DateTimeFormat(localeOf[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  return (
    <section className="screen today-screen" aria-label={t('activities.today.title')} data-testid="today-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('activities.today.title')}</h1>
          <span className="screen-count today-date">{dateLabel.charAt(0).toLocaleUpperCase() + dateLabel.slice(1)}</span>
        </div>
        <div className="screen-actions">
          <Button icon={<CalendarPlus size={15} />} onClick={() => openActivityDialog({ kind: 'task' })} data-testid="today-new-activity">
            {t('activities.today.newActivity')}
          </Button>
          <Button variant="primary" icon={<PenLine size={15} />} onClick={() => openQuickLog()} title={shortcutLabel('L')} data-testid="today-log">
            {t('activities.today.logActivity')} <kbd className="btn-kbd">{shortcutLabel('L')}</kbd>
          </Button>
        </div>
      </header>
      {status === 'failed' ? (
        <EmptyState title={t('activities.today.loadFailed')} body={errorMessage(t, error)} actions={<Button onClick={() => void useTodayStore.getState().load()}>{t('common.retry')}</Button>} />
      ) : !view ? (
        <div className="screen-loading muted">{t('common.loading')}</div>
      ) : baseEmpty ? (
        <FirstStart />
      ) : (
        <div className="today-body">
          <div className="today-column">
            <MeetingsCard meetings={view.meetings} />
            <TasksCard overdue={view.overdueTasks} due={view.dueTasks} today={view.date} />
          </div>
          <div className="today-column">
            <FollowUpsCard followUps={view.followUps} today={view.date} />
            <NeglectedCard accounts={view.neglected} days={view.neglectedDays ?? neglectedDaysSetting()} />
          </div>
        </div>
      )}
    </section>
  );
}
