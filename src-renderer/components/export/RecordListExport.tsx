import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ApiInput } from '../../../src-shared/contract/api';
import { exportFormatsOf, isExportColumn, type ExportColumnId } from '../../../src-shared/domain/exports';
import { companyListInput } from '../../../src-shared/domain/list-query/company-query';
import { contactListInput } from '../../../src-shared/domain/list-query/contact-query';
import { useLanguage } from '../../i18n/use-language';
import { userTimeZone } from '../../lib/agenda-dates';
import { visibleColumns, type ColumnState } from '../../lib/column-state';
import { companyColumnIds, useCompaniesListStore } from '../../stores/companies-list-store';
import { contactColumnIds, useContactsListStore } from '../../stores/contacts-list-store';
import { sameViewState, type ViewActions, type ViewSlice } from '../../stores/list-views';
import { ExportMenu, type ExportChoice } from './ExportMenu';

// Every column a table shows is one the export knows (a new column must be taught to the export first).
const contactColumnsKnown: readonly ExportColumnId<'contact'>[] = contactColumnIds;
const companyColumnsKnown: readonly ExportColumnId<'company'>[] = companyColumnIds;
void contactColumnsKnown;
void companyColumnsKnown;

const firstPage = { offset: 0, limit: 1, withTotal: false };

type ListScreenState = ViewSlice & Pick<ViewActions, 'currentViewState'> & { columns: ColumnState; selected: ReadonlySet<string> };

/**
 * Where the rows come from: the selection, the saved view in use (when the screen still shows
 * it as saved), else the filters and sort on screen.
 */
function sourceOf<S, F>(state: ListScreenState, scope: ExportChoice['scope'], sort: S, filters: F) {
  if (scope === 'selected') return { kind: 'selection' as const, ids: [...state.selected], sort, filters };
  const view = state.views.find((candidate) => candidate.id === state.activeViewId);
  if (view && sameViewState(view.state, state.currentViewState())) return { kind: 'view' as const, viewId: view.id };
  return { kind: 'list' as const, sort, filters };
}

function useListCounts<S extends { total: number | null; selected: ReadonlySet<string> }>(store: (select: (state: S) => { total: number | null; selected: number }) => { total: number | null; selected: number }) {
  return store(useShallow((state: S) => ({ total: state.total, selected: state.selected.size })));
}

function ContactsExport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useListCounts(useContactsListStore);
  const request = (choice: ExportChoice): ApiInput<'exports.list'> => {
    const state = useContactsListStore.getState();
    const query = contactListInput(state.filters, state.sort, firstPage);
    return {
      entity: 'contact',
      format: choice.format,
      vcardVersion: choice.vcardVersion,
      source: sourceOf(state, choice.scope, query.sort, query.filters),
      columns: visibleColumns(state.columns).filter((id) => isExportColumn('contact', id)),
      language,
      timeZone: userTimeZone(),
    };
  };
  return <ExportMenu formats={exportFormatsOf.contact} shownCount={counts.total} selectedCount={counts.selected} request={request} hint={t('exports.menu.columnsHint')} testId="contacts-export" />;
}

function CompaniesExport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useListCounts(useCompaniesListStore);
  const request = (choice: ExportChoice): ApiInput<'exports.list'> => {
    const state = useCompaniesListStore.getState();
    const query = companyListInput(state.filters, state.sort, firstPage);
    return {
      entity: 'company',
      format: choice.format === 'csv' ? 'csv' : 'xlsx',
      source: sourceOf(state, choice.scope, query.sort, query.filters),
      columns: visibleColumns(state.columns).filter((id) => isExportColumn('company', id)),
      language,
      timeZone: userTimeZone(),
    };
  };
  return <ExportMenu formats={exportFormatsOf.company} shownCount={counts.total} selectedCount={counts.selected} request={request} hint={t('exports.menu.columnsHint')} testId="companies-export" />;
}

/** The Export menu of the contacts or companies list: what the screen shows, or its selection. */
export function RecordListExport({ kind }: { kind: 'contact' | 'company' }) {
  return kind === 'contact' ? <ContactsExport /> : <CompaniesExport />;
}
