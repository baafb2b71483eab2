/**
 * react-big-calendar set up for the app: the date-fns localizer with the interface language's
 * locale (weeks start on Monday in French and in the app's English, en-GB), the grid's dates and
 * times through Intl, and its words from the agenda catalogue.
 */
import type { TFunction } from 'i18next';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { dateFnsLocalizer, type Formats, type Messages } from 'react-big-calendar';
import type { Language } from '../../../src-shared/i18n';
import type { WeekStart } from '../../lib/agenda-dates';
import { dateFormat, timeLabel } from '../../lib/agenda-format';
import type { CalendarEvent } from '../../lib/agenda-timing';
import { withQuickRanges } from './calendar-ranges';

const locales = { fr, en: enGB } as const;

export const localizer = withQuickRanges(dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales }));

/** The first day of the week in the language's locale (0 Sunday … 6 Saturday). */
export function weekStartOf(language: Language): WeekStart {
  return (locales[language].options?.weekStartsOn ?? 1) as WeekStart;
}

type Range = { start: Date; end: Date };

export function calendarFormats(language: Language): Formats {
  const day = (options: Intl.DateTimeFormatOptions) => (date: Date) => dateFormat(language, options).format(date);
  const time = (date: Date) => timeLabel(language, date);
  const timeRange = ({ start, end }: Range) => `${time(start)} – ${time(end)}`;
  const dateRange = ({ start, end }: Range) => dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(start, end);
  return {
    dateFormat: day({ day: 'numeric' }),
    dayFormat: day({ weekday: 'short', day: 'numeric' }),
    weekdayFormat: day({ weekday: 'short' }),
    timeGutterFormat: time,
    monthHeaderFormat: day({ month: 'long', year: 'numeric' }),
    dayHeaderFormat: day({ weekday: 'long', day: 'numeric', month: 'long' }),
    dayRangeHeaderFormat: dateRange,
    agendaHeaderFormat: dateRange,
    agendaDateFormat: day({ weekday: 'short', day: 'numeric', month: 'short' }),
    agendaTimeFormat: time,
    agendaTimeRangeFormat: timeRange,
    selectRangeFormat: timeRange,
    eventTimeRangeFormat: timeRange,
    eventTimeRangeStartFormat: ({ start }: Range) => `${time(start)} – `,
    eventTimeRangeEndFormat: ({ end }: Range) => ` – ${time(end)}`,
  };
}

export function calendarMessages(t: TFunction): Messages<CalendarEvent> {
  return {
    date: t('agenda.calendar.grid.date'),
    time: t('agenda.calendar.grid.time'),
    event: t('agenda.calendar.grid.event'),
    allDay: t('agenda.calendar.grid.allDay'),
    week: t('agenda.calendar.views.week'),
    day: t('agenda.calendar.views.day'),
    month: t('agenda.calendar.views.month'),
    agenda: t('agenda.calendar.views.list'),
    previous: t('agenda.calendar.previous'),
    next: t('agenda.calendar.next'),
    today: t('agenda.calendar.today'),
    noEventsInRange: t('agenda.calendar.grid.noEvents'),
    showMore: (count: number) => t('agenda.calendar.grid.showMore', { count }),
  };
}
