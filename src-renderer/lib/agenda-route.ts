import { isAgendaView, localOfCivil, type AgendaView } from './agenda-dates';

/** The agenda's address: "#/agenda", "#/agenda/week", "#/agenda/week/2027-01-04". */
export type AgendaRoute = { name: 'agenda'; view?: AgendaView; date?: string };

/** The parts after "agenda" in the address; anything unreadable falls back to the default view. */
export function parseAgendaRoute(parts: readonly (string | undefined)[]): AgendaRoute {
  const [view, date, ...rest] = parts;
  if (!isAgendaView(view) || rest.length > 0) return { name: 'agenda' };
  return date !== undefined && localOfCivil(date) ? { name: 'agenda', view, date } : { name: 'agenda', view };
}

export function agendaHash(route: AgendaRoute): string {
  if (!route.view) return '#/agenda';
  return route.date ? `#/agenda/${route.view}/${route.date}` : `#/agenda/${route.view}`;
}
