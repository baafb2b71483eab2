import { memo, useMemo, type ComponentProps, type ComponentType } from 'react';
import { Calendar, type Components, type SlotInfo, type View } from 'react-big-calendar';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import { useTranslation } from 'react-i18next';
import { LIST_DAYS, type AgendaView } from '../../lib/agenda-dates';
import { isShort, type CalendarEvent, type Drop } from '../../lib/agenda-timing';
import { useLanguage } from '../../i18n/use-language';
import { useProfileStore } from '../../stores/profile-store';
import { AgendaEventContent, ListEventContent, ListTimeCell, MonthEventContent } from './AgendaEventContent';
import { calendarFormats, calendarMessages, localizer } from './calendar-setup';
import { withDragAndDrop } from './drag-and-drop';
import { EventDisplayContext, eventDisplayOf } from './event-display';

/** The week and day views take their time gutter's width too (declared on their own props only). */
const Draggable = withDragAndDrop<CalendarEvent>(Calendar);
const DragAndDropCalendar = Draggable as ComponentType<ComponentProps<typeof Draggable> & { width?: number }>;

const toCalendarView = (view: AgendaView): View => (view === 'list' ? 'agenda' : view);
const fromCalendarView = (view: View): AgendaView => (view === 'agenda' ? 'list' : view === 'work_week' ? 'week' : view);
const calendarViews: View[] = ['day', 'week', 'month', 'agenda'];
const morning = new Date(1970, 0, 1, 8, 0, 0);
const components: Components<CalendarEvent> = { event: AgendaEventContent, month: { event: MonthEventContent }, agenda: { event: ListEventContent, time: ListTimeCell } };

type AgendaCalendarProps = {
  view: AgendaView;
  date: Date;
  events: CalendarEvent[];
  onGo: (view: AgendaView, date: Date) => void;
  onSelectSlot: (slot: { start: Date; end: Date; click: boolean; month: boolean }) => void;
  onOpen: (event: CalendarEvent) => void;
  onMove: (event: CalendarEvent, drop: Drop) => void;
};

const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/**
 * The time gutter's width, given rather than measured: measuring it after the first drawing made
 * the library draw the whole week a second time.
 */
const GUTTER_WIDTH = 48;

/**
 * The grid itself: react-big-calendar with drag and drop, in the app's language and colours.
 * Memoised: drawing a busy week is costly, and the screen around it changes more often than it.
 */
export const AgendaCalendar = memo(function AgendaCalendar({ view, date, events, onGo, onSelectSlot, onOpen, onMove }: AgendaCalendarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formats = useMemo(() => calendarFormats(language), [language]);
  const messages = useMemo(() => calendarMessages(t), [t]);
  const drop = ({ event, start, end, isAllDay }: EventInteractionArgs<CalendarEvent>) =>
    onMove(event, { start: asDate(start), end: asDate(end), allDay: view === 'month' ? event.allDay : Boolean(isAllDay) });
  const userId = useProfileStore((state) => state.profile?.user.id);
  const display = useMemo(() => eventDisplayOf(language, userId, t), [language, userId, t]);
  return (
    <EventDisplayContext.Provider value={display}>
      <DragAndDropCalendar
        localizer={localizer}
        culture={language}
        formats={formats}
        messages={messages}
        events={events}
        view={toCalendarView(view)}
        views={calendarViews}
        date={date}
        toolbar={false}
        length={LIST_DAYS}
        width={GUTTER_WIDTH}
        step={30}
        timeslots={2}
        scrollToTime={morning}
        popup
        showMultiDayTimes
        selectable
        resizable
        onView={(next) => onGo(fromCalendarView(next), date)}
        onNavigate={(next, nextView) => onGo(fromCalendarView(nextView), next)}
        onDrillDown={(day) => onGo('day', day)}
        onSelectSlot={(slot: SlotInfo) => onSelectSlot({ start: slot.start, end: slot.end, click: slot.action !== 'select', month: view === 'month' })}
        onSelectEvent={onOpen}
        onKeyPressEvent={(event, keyEvent) => {
          const key = (keyEvent as unknown as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') onOpen(event);
        }}
        onEventDrop={drop}
        onEventResize={drop}
        draggableAccessor={(event) => !event.source.busy}
        resizableAccessor={(event) => !event.source.busy && !event.instant}
        tooltipAccessor={null}
        eventPropGetter={(event) => ({
          className: [
            `agenda-kind-${event.source.kind}`,
            event.source.busy ? 'agenda-event-busy' : '',
            event.source.doneAt ? 'agenda-event-done' : '',
            event.source.recurring ? 'agenda-event-recurring' : '',
            isShort(event) ? 'agenda-event-short' : '',
          ]
            .filter(Boolean)
            .join(' '),
        })}
        components={components}
        className={`agenda-calendar agenda-view-${view}`}
      />
    </EventDisplayContext.Provider>
  );
});
