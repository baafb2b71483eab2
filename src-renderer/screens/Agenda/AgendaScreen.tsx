import { Plus } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { AgendaExport } from '../../components/export/AgendaExport';
import { useLanguage } from '../../i18n/use-language';
import { errorMessage } from '../../i18n/error-message';
import { civilOfLocal, localOfCivil, shiftPeriod, userTimeZone, visibleRange, type AgendaView } from '../../lib/agenda-dates';
import { periodLabel } from '../../lib/agenda-format';
import { calendarEventOf, slotTiming, type CalendarEvent, type Drop } from '../../lib/agenda-timing';
import { openActivityDialog, openAgendaEvent } from '../../stores/activity-dialog-store';
import { followAgendaChanges, useAgendaStore } from '../../stores/agenda-store';
import { navigate } from '../../stores/router-store';
import { AgendaCalendar } from './AgendaCalendar';
import { AgendaFilters } from './AgendaFilters';
import { AgendaIcalActions } from './AgendaIcalActions';
import { AgendaToolbar } from './AgendaToolbar';
import { weekStartOf } from './calendar-setup';
import { SeriesMoveDialog } from './SeriesMoveDialog';
import { useAgendaShortcuts } from './use-agenda-shortcuts';

type AgendaScreenProps = { view?: AgendaView; date?: string };

type PendingMove = { event: CalendarEvent; drop: Drop };

/** The agenda: day, week, month and list views of the user's (and colleagues') activities. */
export function AgendaScreen({ view: routeView, date: routeDate }: AgendaScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lastView = useAgendaStore((state) => state.lastView);
  const { events, status, answered, error } = useAgendaStore();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const view = routeView ?? lastView;
  const day = routeDate ?? civilOfLocal(new Date());
  const date = useMemo(() => localOfCivil(day) ?? new Date(), [day]);
  const weekStartsOn = weekStartOf(language);
  const range = useMemo(() => visibleRange(view, date, weekStartsOn), [view, date, weekStartsOn]);

  useEffect(() => followAgendaChanges(), []);
  useEffect(() => useAgendaStore.getState().setLastView(view), [view]);
  useEffect(() => {
    void useAgendaStore.getState().show(range.start, range.end);
  }, [range]);

  const go = useCallback((nextView: AgendaView, nextDate: Date) => navigate({ name: 'agenda', view: nextView, date: civilOfLocal(nextDate) }), []);
  const actions = {
    today: () => go(view, new Date()),
    previous: () => go(view, shiftPeriod(view, date, -1)),
    next: () => go(view, shiftPeriod(view, date, 1)),
    view: (next: AgendaView) => go(next, date),
  };
  useAgendaShortcuts(actions);

  const busyLabel = t('agenda.calendar.busy');
  const calendarEvents = useMemo(() => events.map((event) => calendarEventOf(event, busyLabel)), [events, busyLabel]);

  // Stable, so that the grid (memoised, costly to draw) is drawn again only when what it shows changes.
  const createAt = useCallback(
    (slot: { start: Date; end: Date; click: boolean; month: boolean }) =>
      openActivityDialog({ kind: 'meeting', timing: slotTiming({ start: slot.start, end: slot.end, allDay: slot.month }, userTimeZone(), slot.click ? 60 : 0) }),
    [],
  );
  const open = useCallback((event: CalendarEvent) => {
    if (!event.source.busy) openAgendaEvent(event.source);
  }, []);
  const move = useCallback((event: CalendarEvent, drop: Drop) => {
    if (event.source.busy) return;
    if (event.source.recurring && event.source.occurrenceKey) setPending({ event, drop });
    else void useAgendaStore.getState().move(event, drop, 'single');
  }, []);

  return (
    <section className="screen agenda-screen" aria-label={t('agenda.calendar.title')} data-testid="agenda-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('agenda.calendar.title')}</h1>
          {status === 'loading' && <span className="spinner" aria-label={t('agenda.calendar.loading')} />}
        </div>
        <div className="screen-actions">
          <AgendaIcalActions />
          {view === 'list' && <AgendaExport />}
          <Button variant="primary" icon={<Plus size={15} />} onClick={() => openActivityDialog({ kind: 'meeting' })} data-testid="new-meeting">
            {t('agenda.calendar.newMeeting')}
          </Button>
        </div>
      </header>
      <AgendaToolbar view={view} label={periodLabel(language, view, date, range)} onToday={actions.today} onPrevious={actions.previous} onNext={actions.next} onView={actions.view} />
      <AgendaFilters />
      {status === 'failed' && (
        <div className="form-error agenda-error" role="alert">
          {t('agenda.calendar.loadFailed')} {errorMessage(t, error)}{' '}
          <button type="button" className="link-button" onClick={() => void useAgendaStore.getState().reload()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <div className="agenda-content" aria-busy={!answered}>
        {/* The grid is drawn once, with its events: drawing it empty first would cost as much again. */}
        {answered && <AgendaCalendar view={view} date={date} events={calendarEvents} onGo={go} onSelectSlot={createAt} onOpen={open} onMove={move} />}
      </div>
      {pending && (
        <SeriesMoveDialog
          subject={pending.event.title}
          wholeSeries={pending.event.allDay === pending.drop.allDay}
          onCancel={() => setPending(null)}
          onChoose={(scope) => {
            setPending(null);
            void useAgendaStore.getState().move(pending.event, pending.drop, scope);
          }}
        />
      )}
    </section>
  );
}
