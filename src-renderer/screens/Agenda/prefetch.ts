import i18next from 'i18next';
import { defaultLanguage, isLanguage } from '../../../src-shared/i18n';
import { civilOfLocal, localOfCivil, visibleRange } from '../../lib/agenda-dates';
import type { Route } from '../../lib/routes';
import { useAgendaStore } from '../../stores/agenda-store';
import { useRouterStore } from '../../stores/router-store';
import { weekStartOf } from './calendar-setup';

/** The period an agenda route shows, as the screen computes it. */
export function agendaRange(route: Extract<Route, { name: 'agenda' }>): { start: Date; end: Date } {
  const language = isLanguage(i18next.language) ? i18next.language : defaultLanguage;
  const view = route.view ?? useAgendaStore.getState().lastView;
  const date = localOfCivil(route.date ?? civilOfLocal(new Date())) ?? new Date();
  return visibleRange(view, date, weekStartOf(language));
}

/**
 * Asks for the agenda's events as soon as the address names the agenda, before the screen is
 * drawn: the calendar grid takes a while to mount, and the answer is on its way meanwhile (the
 * screen's own request for the same period joins this one). Returns the function that stops.
 */
export function prefetchAgendaOnRoute(): () => void {
  return useRouterStore.subscribe((state, previous) => {
    if (state.route === previous.route || state.route.name !== 'agenda') return;
    const { start, end } = agendaRange(state.route);
    void useAgendaStore.getState().show(start, end);
  });
}
