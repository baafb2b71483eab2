import { Check, Lock, Repeat } from 'lucide-react';
import { useState } from 'react';
import type { AgendaTimeProps, EventProps } from 'react-big-calendar';
import { kindIcons } from '../../components/activity-dialog/KindSwitch';
import { useLanguage } from '../../i18n/use-language';
import { timeLabel } from '../../lib/agenda-format';
import { isShort, type CalendarEvent } from '../../lib/agenda-timing';
import { useEventDisplay } from './event-display';

/** When the start time is written in the event: where the grid does not show it (short events), always (month), never (the list has a column). */
type ContentProps = EventProps<CalendarEvent> & { time?: 'short' | 'always' | 'never' };

/**
 * What the grid shows of an occurrence: its kind, time when the grid does not, subject, and marks
 * for repeating, private, done and whose. Its tooltip is written when the pointer first reaches it.
 */
export function AgendaEventContent({ event, time: showTime = 'short' }: ContentProps) {
  const { language, userId, marks, tooltip } = useEventDisplay();
  const [title, setTitle] = useState<string>();
  const source = event.source;
  const Icon = kindIcons[source.kind];
  const someoneElse = source.owner && source.owner.id !== userId ? source.owner.displayName : null;
  const written = !event.allDay && (showTime === 'always' || (showTime === 'short' && isShort(event)));
  const time = written ? timeLabel(language, event.start) : null;
  return (
    <span className="agenda-event-content" data-testid="agenda-event" data-key={source.key} title={title} onPointerEnter={() => setTitle(tooltip(event))}>
      {source.busy ? <Lock size={11} aria-hidden="true" /> : <Icon size={11} aria-hidden="true" />}
      {time && <span className="agenda-event-time">{time}</span>}
      <span className="agenda-event-title">{event.title}</span>
      {source.recurring && <Repeat size={11} aria-label={marks.recurring} className="agenda-event-mark" />}
      {source.private && !source.busy && <Lock size={11} aria-label={marks.private} className="agenda-event-mark" />}
      {source.doneAt && <Check size={11} aria-label={marks.done} className="agenda-event-mark" />}
      {someoneElse && <span className="agenda-event-owner">{someoneElse}</span>}
      {!source.busy && source.location && <span className="agenda-event-place">{source.location}</span>}
    </span>
  );
}

/** In the month view a timed occurrence says its time. */
export function MonthEventContent(props: EventProps<CalendarEvent>) {
  return <AgendaEventContent {...props} time="always" />;
}

/** In the list view the time has its own column. */
export function ListEventContent(props: EventProps<CalendarEvent>) {
  return <AgendaEventContent {...props} time="never" />;
}

/** The list view's time column: an instant (a task due at a time) is one time, not a range. */
export function ListTimeCell({ event, label }: AgendaTimeProps) {
  const language = useLanguage();
  const instant = 'instant' in event && event.instant === true && event.start instanceof Date;
  return <>{instant && event.start ? timeLabel(language, event.start) : label}</>;
}
