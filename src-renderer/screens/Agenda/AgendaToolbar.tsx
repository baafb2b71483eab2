import { CalendarDays, CalendarRange, ChevronLeft, ChevronRight, List, Rows3, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from '../../components/Button';
import { agendaViews, type AgendaView } from '../../lib/agenda-dates';

const viewIcons: Record<AgendaView, LucideIcon> = { day: Rows3, week: CalendarRange, month: CalendarDays, list: List };
const viewKeys: Record<AgendaView, string> = { day: 'D', week: 'W', month: 'M', list: 'L' };

type AgendaToolbarProps = {
  view: AgendaView;
  label: string;
  onToday: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onView: (view: AgendaView) => void;
};

/** Today, previous and next period, the period shown, and the view switch. */
export function AgendaToolbar({ view, label, onToday, onPrevious, onNext, onView }: AgendaToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar agenda-toolbar" role="toolbar" aria-label={t('agenda.calendar.toolbar')} title={t('agenda.calendar.shortcuts')}>
      <Button size="sm" onClick={onToday} data-testid="agenda-today" aria-keyshortcuts="T">
        {t('agenda.calendar.today')}
      </Button>
      <div className="agenda-step">
        <IconButton label={t('agenda.calendar.previous')} icon={<ChevronLeft size={16} />} size="sm" onClick={onPrevious} data-testid="agenda-previous" aria-keyshortcuts="ArrowLeft K" />
        <IconButton label={t('agenda.calendar.next')} icon={<ChevronRight size={16} />} size="sm" onClick={onNext} data-testid="agenda-next" aria-keyshortcuts="ArrowRight J" />
      </div>
      <h2 className="agenda-period" aria-live="polite" data-testid="agenda-period">
        {label}
      </h2>
      <span className="toolbar-spacer" />
      <div className="segmented" role="radiogroup" aria-label={t('agenda.calendar.views.label')}>
        {agendaViews.map((key) => {
          const Icon = viewIcons[key];
          return (
            <label key={key} className={`segment ${view === key ? 'segment-on' : ''}`} data-testid={`agenda-view-${key}`} title={`${t(`agenda.calendar.views.${key}`)} (${viewKeys[key]})`}>
              <input type="radio" name="agenda-view" value={key} checked={view === key} onChange={() => onView(key)} aria-keyshortcuts={viewKeys[key]} />
              <Icon size={14} aria-hidden="true" />
              <span>{t(`agenda.calendar.views.${key}`)}</span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
