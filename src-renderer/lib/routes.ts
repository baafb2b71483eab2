import { agendaHash, parseAgendaRoute, type AgendaRoute } from './agenda-route';
import type { ImportEntity } from '../../src-shared/domain/imports';
import { reportNames, type ReportName } from '../../src-shared/domain/reports/types';

/** The screens the hash router knows; detail routes carry the record's id. */
export type Route =
  | { name: 'today' }
  | { name: 'dashboard' }
  | { name: 'targets' }
  | { name: 'contacts' }
  | { name: 'contact'; id: string }
  | { name: 'companies' }
  | { name: 'company'; id: string }
  | { name: 'deals' }
  | { name: 'deal'; id: string }
  | { name: 'quote'; id: string }
  | { name: 'newQuote'; dealId: string }
  | { name: 'catalogue' }
  | { name: 'settings' }
  | { name: 'review' }
  | { name: 'admin' }
  | { name: 'import'; entity: ImportEntity }
  | { name: 'duplicates'; entity: 'contact' | 'company' }
  | { name: 'reports' }
  | { name: 'report'; report: ReportName }
  | AgendaRoute;

export const defaultRoute: Route = { name: 'today' };

const idPattern = /^[0-9a-f-]{8,64}$/i;

/** "#/contacts/0190…" → { name: 'contact', id }. Anything unknown is Today, the home screen. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const [section, id, ...rest] = path.split('/');
  const validId = id !== undefined && idPattern.test(id) ? id : null;
  // A deal's new quote: "#/deals/<id>/new-quote".
  if (section === 'deals' && validId && rest.length === 1 && rest[0] === 'new-quote') return { name: 'newQuote', dealId: validId };
  if (section === 'agenda') return parseAgendaRoute([id, ...rest]);
  // The import wizard: "#/import/contacts", "#/import/companies", "#/import/deals".
  if (section === 'import' && rest.length === 0) return { name: 'import', entity: id === 'companies' ? 'company' : id === 'deals' ? 'deal' : 'contact' };
  // The duplicates review: "#/duplicates/contacts", "#/duplicates/companies".
  if (section === 'duplicates' && rest.length === 0) return { name: 'duplicates', entity: id === 'companies' ? 'company' : 'contact' };
  // The reports: "#/reports", "#/reports/forecast-by-month".
  if (section === 'reports' && rest.length === 0) {
    const report = reportNames.find((candidate) => candidate === id);
    return report ? { name: 'report', report } : { name: 'reports' };
  }
  if (rest.length > 0) return defaultRoute;
  switch (section) {
    case 'today':
      return { name: 'today' };
    case 'dashboard':
      return { name: 'dashboard' };
    case 'targets':
      return { name: 'targets' };
    case 'contacts':
      return validId ? { name: 'contact', id: validId } : { name: 'contacts' };
    case 'companies':
      return validId ? { name: 'company', id: validId } : { name: 'companies' };
    case 'deals':
      return validId ? { name: 'deal', id: validId } : { name: 'deals' };
    case 'quotes':
      return validId ? { name: 'quote', id: validId } : { name: 'deals' };
    case 'catalogue':
      return { name: 'catalogue' };
    case 'settings':
      return { name: 'settings' };
    case 'review':
      return { name: 'review' };
    case 'admin':
      return { name: 'admin' };
    default:
      return defaultRoute;
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'today':
      return '#/today';
    case 'dashboard':
      return '#/dashboard';
    case 'targets':
      return '#/targets';
    case 'contacts':
      return '#/contacts';
    case 'contact':
      return `#/contacts/${route.id}`;
    case 'companies':
      return '#/companies';
    case 'company':
      return `#/companies/${route.id}`;
    case 'deals':
      return '#/deals';
    case 'deal':
      return `#/deals/${route.id}`;
    case 'quote':
      return `#/quotes/${route.id}`;
    case 'newQuote':
      return `#/deals/${route.dealId}/new-quote`;
    case 'catalogue':
      return '#/catalogue';
    case 'settings':
      return '#/settings';
    case 'review':
      return '#/review';
    case 'admin':
      return '#/admin';
    case 'import':
      return `#/import/${importListOf[route.entity]}`;
    case 'duplicates':
      return `#/duplicates/${route.entity === 'company' ? 'companies' : 'contacts'}`;
    case 'agenda':
      return agendaHash(route);
    case 'reports':
      return '#/reports';
    case 'report':
      return `#/reports/${route.report}`;
  }
}

/** The list each import starts from and goes back to. */
export const importListOf = { contact: 'contacts', company: 'companies', deal: 'deals' } as const satisfies Record<ImportEntity, string>;

/** The page of a record. */
export const recordHash = (entity: 'contact' | 'company' | 'deal', id: string): string => routeHash({ name: entity, id });

/** The sidebar entry a route belongs to. */
export function routeSection(route: Route): 'today' | 'dashboard' | 'contacts' | 'companies' | 'deals' | 'catalogue' | 'settings' | 'review' | 'admin' | 'agenda' | 'duplicates' | 'reports' {
  if (route.name === 'contact' || route.name === 'contacts') return 'contacts';
  if (route.name === 'company' || route.name === 'companies') return 'companies';
  if (route.name === 'deal' || route.name === 'deals' || route.name === 'quote' || route.name === 'newQuote') return 'deals';
  if (route.name === 'import') return importListOf[route.entity];
  if (route.name === 'targets') return 'dashboard';
  if (route.name === 'report') return 'reports';
  return route.name;
}
