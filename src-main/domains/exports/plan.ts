import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ViewEntity } from '../../../src-shared/contract/inputs/misc';
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import { defaultExportColumns, exportColumnsOfView, type ExportColumnId, type ExportEntity } from '../../../src-shared/domain/exports';
import type { CompanyRow, ContactRow, Page, SavedView } from '../../../src-shared/domain/records';
import type { DealListRow } from '../../../src-shared/domain/sales';
import type { Core } from '../../core/core';
import type { ReadDb } from '../../db/handles';
import { listActivities } from '../activities/queries';
import { listCompanies } from '../companies/queries';
import { listContacts } from '../contacts/queries';
import { listDeals } from '../deals/list';
import { viewListInput, type ViewListInputs } from '../views/list-input';
import { listViews } from '../views/service';
import { activityColumnSet } from './columns/activities';
import { companyColumnSet } from './columns/companies';
import { contactColumnSet } from './columns/contacts';
import { dealColumnSet } from './columns/deals';
import type { ColumnSet } from './columns/types';
import type { PageRequest } from './pages';

export type ExportRequest = ApiParsedInput<'exports.list'>;
type RequestOf<E extends ExportEntity> = Extract<ExportRequest, { entity: E }>;

/** What an export reads and writes: the list's own query, the selection if any, the columns. */
export type ExportPlan<E extends ExportEntity, Row> = {
  entity: E;
  /** A page of the list through its own query, on the connection given (the export's snapshot). */
  read: (db: ReadDb, page: PageRequest) => Page<Row>;
  /** Only these records (in the list's order); null: the whole list. */
  selection: string[] | null;
  columnIds: readonly ExportColumnId<E>[];
  columnSet: ColumnSet<E, Row>;
  /** The saved view exported, for the file's name. */
  view: SavedView | null;
};

type Query = { sort: unknown; filters: unknown };

/** The user's own saved view of this list, or not found (another user's views are never read). */
function ownView(core: Core, entity: ViewEntity, viewId: string): SavedView {
  const view = listViews(core.read, core.userId, entity).find((candidate) => candidate.id === viewId);
  if (!view) throw ApiError.notFound('View', viewId);
  return view;
}

type Resolved<Q> = { query: Q; selection: string[] | null; view: SavedView | null };

/** A list or selection source as the list's query; a view through its saved filters and sort, as its screen reads them. */
function resolve<E extends ViewEntity>(core: Core, entity: E, source: RequestOf<E>['source']): Resolved<Pick<ViewListInputs[E], 'sort' | 'filters'>> {
  if (source.kind === 'view') {
    const view = ownView(core, entity, source.viewId);
    const { sort, filters } = viewListInput(entity, view.state, { offset: 0, limit: 1, withTotal: false });
    return { query: { sort, filters } as Pick<ViewListInputs[E], 'sort' | 'filters'>, selection: null, view };
  }
  const query = { sort: source.sort, filters: source.filters } as Query as Pick<ViewListInputs[E], 'sort' | 'filters'>;
  return { query, selection: source.kind === 'selection' ? source.ids : null, view: null };
}

function columnsOf<E extends ExportEntity>(entity: E, asked: readonly ExportColumnId<E>[] | undefined, view: SavedView | null): readonly ExportColumnId<E>[] {
  if (asked) return asked;
  return view ? exportColumnsOfView(entity, view.state.columns) : defaultExportColumns[entity];
}

export function contactPlan(core: Core, request: RequestOf<'contact'>): ExportPlan<'contact', ContactRow> {
  const { query, selection, view } = resolve(core, 'contact', request.source);
  return {
    entity: 'contact',
    read: (db, page) => listContacts(db, { ...query, ...page }),
    selection,
    columnIds: columnsOf('contact', request.columns, view),
    columnSet: contactColumnSet,
    view,
  };
}

export function companyPlan(core: Core, request: RequestOf<'company'>): ExportPlan<'company', CompanyRow> {
  const { query, selection, view } = resolve(core, 'company', request.source);
  return {
    entity: 'company',
    read: (db, page) => listCompanies(db, { ...query, ...page }),
    selection,
    columnIds: columnsOf('company', request.columns, view),
    columnSet: companyColumnSet,
    view,
  };
}

export function dealPlan(core: Core, request: RequestOf<'deal'>): ExportPlan<'deal', DealListRow> {
  const { query, selection, view } = resolve(core, 'deal', request.source);
  return {
    entity: 'deal',
    read: (db, page) => listDeals(db, { ...query, ...page }),
    selection,
    columnIds: columnsOf('deal', request.columns, view),
    columnSet: dealColumnSet,
    view,
  };
}

/** Activities have no saved views: the list's filters and sort, or a selection. */
export function activityPlan(core: Core, request: RequestOf<'activity'>): ExportPlan<'activity', ActivityListRow> {
  const { source } = request;
  const query = { sort: source.sort, filters: source.filters };
  return {
    entity: 'activity',
    read: (db, page) => listActivities(db, core.userId, { ...query, ...page }),
    selection: source.kind === 'selection' ? source.ids : null,
    columnIds: columnsOf('activity', request.columns, null),
    columnSet: activityColumnSet,
    view: null,
  };
}
