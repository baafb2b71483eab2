/**
 * What every occurrence on the grid needs to draw itself, worked out once per grid rather than
 * once per occurrence (a busy week has well over a hundred): the language, who the user is, the
 * marks' words, and the tooltip writer.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { Language } from '../../../src-shared/i18n';
import { userTimeZone } from '../../lib/agenda-dates';
import { timingSummary } from '../../lib/agenda-format';
import { occurrenceTiming, type CalendarEvent } from '../../lib/agenda-timing';

export type EventDisplay = {
  language: Language;
  userId: string | undefined;
  marks: { recurring: string; private: string; done: string };
  /** Subject, when, whose and where, in words; written the first time it is asked for. */
  tooltip: (event: CalendarEvent) => string;
};

export function eventDisplayOf(language: Language, userId: string | undefined, t: TFunction): EventDisplay {
  const zone = userTimeZone();
  const written = new WeakMap<CalendarEvent, string>();
  const tooltip = (event: CalendarEvent) => {
    let text = written.get(event);
    if (text === undefined) {
      const when = timingSummary(language, occurrenceTiming(event.source, zone));
      const owner = event.source.owner ? ` · ${event.source.owner.displayName}` : '';
      text = [event.title, when + owner, event.source.busy ? null : event.source.location].filter(Boolean).join('\n');
      written.set(event, text);
    }
    return text;
  };
  const marks = { recurring: t('agenda.calendar.recurring'), private: t('agenda.calendar.private'), done: t('agenda.calendar.done') };
  return { language, userId, marks, tooltip };
}

export const EventDisplayContext = createContext<EventDisplay | null>(null);

export function useEventDisplay(): EventDisplay {
  const display = useContext(EventDisplayContext);
  if (!display) throw new Error('useEventDisplay: outside the agenda grid');
  return display;
}
