import type { ColumnDef } from '@tanstack/react-table';
import { Combine, Database, FileUp, Plus, SearchX } from 'lucide-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useLanguage } from '../../i18n/use-language';
import type { ColumnState } from '../../lib/column-state';
import { shortcutLabel } from '../../lib/keyboard';
import type { BaseFilters, SortState } from '../../../src-shared/domain/list-query/list-filters';
import { openEditor } from '../../stores/editor-store';
import type { ListStore } from '../../stores/list-store';
import { sameViewState } from '../../stores/list-views';
import { useReferenceStore } from '../../stores/reference-store';
import { navigate } from '../../stores/router-store';
import { assignTag, loadDemoData, unassignTag } from '../../stores/tag-actions';
import { Button } from '../Button';
import { ColumnMenu } from '../data-table/ColumnMenu';
import { DataTable } from '../data-table/DataTable';
import { EmptyState } from '../EmptyState';
import { RecordListExport } from '../export/RecordListExport';
import { SegmentMenu } from '../segments/SegmentMenu';
import { baseFilterChips } from './base-filter-chips';
import { BulkBar } from './BulkBar';
import { FilterChips, type FilterChip } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { ListLayout } from './ListLayout';
import { SearchBox } from './SearchBox';
import { ViewsMenu } from './ViewsMenu';

/** What a list screen needs to know about the kind of record it lists (contacts, companies). */
export type RecordList<Row extends { id: string }, F extends BaseFilters, Field extends string> = {
  kind: 'contact' | 'company';
  store: ListStore<Row, F, SortState<Field>>;
  pageSize: number;
  defaultColumns: ColumnState;
  sortFields: readonly Field[];
  emptyIcon: ReactNode;
  rowLabel: (row: Row) => string;
  activeFilterCount: (filters: F) => number;
  deleteRecords: (ids: string[]) => Promise<boolean>;
};

type RecordListScreenProps<Row extends { id: string }, F extends BaseFilters, Field extends string> = {
  list: RecordList<Row, F, Field>;
  columns: (ColumnDef<Row> & { id: string })[];
  /** Chips for the kind's own filters, after the ones every list has. */
  extraChips: (filters: F, setFilters: (patch: Partial<F>) => void) => FilterChip[];
  /** The kind's own filters in the Filters panel. */
  extraFilters: (draft: F, change: (patch: Partial<F>) => void) => ReactNode;
  /** The kind's own actions: in the toolbar, and on the selected rows in the bulk bar (mail merge on contacts). */
  toolbarExtra?: ReactNode;
  bulkExtra?: (selectedIds: string[]) => ReactNode;
};

const namespaces = { contact: 'contacts', company: 'companies' } as const;
const allViews = { contact: 'views.allContacts', company: 'views.allCompanies' } as const;

/** Every record of a kind in a virtual table: search, filters, saved views, columns, bulk actions. */
export function RecordListScreen<Row extends { id: string }, F extends BaseFilters, Field extends string>(
  props: RecordListScreenProps<Row, F, Field>,
) {
  const { list, columns, extraChips, extraFilters, toolbarExtra, bulkExtra } = props;
  const { kind, store } = list;
  const ns = namespaces[kind];
  const { t } = useTranslation();
  const lang = useLanguage();
  const state = store(
    useShallow((s) => ({
      filters: s.filters,
      sort: s.sort,
      total: s.total,
      selected: s.selected,
      views: s.views,
      activeViewId: s.activeViewId,
      columns: s.columns,
    })),
  );
  const tags = useReferenceStore((s) => s.tags);
  const users = useReferenceStore((s) => s.users);
  const [loadingDemo, setLoadingDemo] = useState(false);

  useEffect(() => {
    void store.getState().loadViews();
    return store.getState().attach();
  }, [store]);

  const setFilters = useCallback((patch: Partial<F>) => store.getState().setFilters(patch), [store]);
  const onSearch = useCallback((q: string) => setFilters({ q } as Partial<F>), [setFilters]);
  const activeCount = list.activeFilterCount(state.filters);
  const filtered = activeCount > 0 || state.filters.q.trim() !== '';
  const activeView = state.views.find((view) => view.id === state.activeViewId);
  const modified = activeView ? !sameViewState(activeView.state, store.getState().currentViewState()) : false;
  const selectedIds = [...state.selected];
  const chips = [...baseFilterChips(state.filters, { t, lang, tags, users }, setFilters), ...extraChips(state.filters, setFilters)];

  const loadDemo = async () => {
    setLoadingDemo(true);
    await loadDemoData();
    setLoadingDemo(false);
  };
  const remove = (ids: string[]) => void list.deleteRecords(ids).then((done) => done && store.getState().clearSelection());
  const create = () => openEditor({ kind });
  const clearFilters = () => store.getState().clearFilters();

  const empty = state.total === 0;
  return (
    <ListLayout
      title={t(`${ns}.title`)}
      countTestId={`${ns}-count`}
      countLabel={state.total === null ? null : t(`${ns}.count`, { count: state.total })}
      actions={
        <Button variant="primary" icon={<Plus size={15} />} onClick={create} title={shortcutLabel('N')} data-testid={`new-${kind}`}>
          {t(`${ns}.new`)}
        </Button>
      }
      toolbar={
        <>
          <ViewsMenu
            views={state.views}
            activeViewId={state.activeViewId}
            modified={modified}
            allLabel={t(allViews[kind])}
            onApply={(id) => store.getState().applyView(id)}
            onSaveAs={(name) => void store.getState().saveViewAs(name)}
            onUpdate={() => void store.getState().updateActiveView()}
            onDelete={(id) => void store.getState().deleteView(id)}
          />
          <SearchBox value={state.filters.q} onSearch={onSearch} placeholder={t('filters.search')} label={t('filters.search')} testId={`${ns}-search`} />
          <FilterPanel<F>
            filters={state.filters}
            activeCount={activeCount}
            onApply={(filters) => store.getState().setFilters(filters)}
            onClear={clearFilters}
            extra={extraFilters}
          />
          <SegmentMenu entity={kind} active={state.filters.segment} onApply={(segment) => setFilters({ segment } as Partial<F>)} />
          <span className="toolbar-spacer" />
          <Button icon={<FileUp size={15} />} onClick={() => navigate({ name: 'import', entity: kind })} title={t('importWizard.toolbar.hint')} data-testid={`import-${ns}`}>
            {t('importWizard.toolbar.label')}
          </Button>
          <Button icon={<Combine size={15} />} onClick={() => navigate({ name: 'duplicates', entity: kind })} title={t('duplicates.ui.listButtonTitle')} data-testid={`duplicates-${ns}`}>
            {t('duplicates.ui.listButton')}
          </Button>
          <RecordListExport kind={kind} />
          {toolbarExtra}
          <ColumnMenu
            columns={columns.map((column) => ({ id: column.id, label: column.meta?.label ?? column.id, locked: column.meta?.locked ?? false }))}
            state={state.columns}
            defaultState={list.defaultColumns}
            onChange={(next) => store.getState().setColumns(next)}
          />
        </>
      }
      footer={empty ? null : t('table.keyboardHint')}
      below={
        <>
          <FilterChips chips={chips} onClearAll={clearFilters} />
          <BulkBar
            count={state.selected.size}
            onDelete={() => remove(selectedIds)}
            onTag={(tag) => void assignTag(kind, selectedIds, tag)}
            onUntag={(tag) => void unassignTag(kind, selectedIds, tag)}
            onClear={() => store.getState().clearSelection()}
            extra={bulkExtra?.(selectedIds)}
          />
        </>
      }
    >
      {empty && !filtered ? (
        <EmptyState
          testId={`${ns}-empty`}
          icon={list.emptyIcon}
          title={t(`${ns}.emptyTitle`)}
          body={t(`${ns}.emptyBody`)}
          actions={
            <>
              <Button variant="primary" icon={<Plus size={15} />} onClick={create}>
                {t(`${ns}.create`)}
              </Button>
              <Button icon={<Database size={15} />} onClick={() => void loadDemo()} busy={loadingDemo}>
                {loadingDemo ? t('demo.loading') : t('demo.load')}
              </Button>
              <Button icon={<FileUp size={15} />} onClick={() => navigate({ name: 'import', entity: kind })}>
                {t(`importWizard.title.${kind}`)}
              </Button>
            </>
          }
        />
      ) : empty ? (
        <EmptyState
          testId={`${ns}-no-match`}
          icon={<SearchX size={36} />}
          title={t(`${ns}.noMatchTitle`)}
          body={t(`${ns}.noMatchBody`)}
          actions={<Button onClick={clearFilters}>{t('filters.clearAll')}</Button>}
        />
      ) : (
        <DataTable
          store={store}
          columns={columns}
          pageSize={list.pageSize}
          label={t(`${ns}.title`)}
          testId={`${ns}-table`}
          rowTestId={`${kind}-row`}
          rowLabel={list.rowLabel}
          makeSort={(field, dir) => {
            const known = list.sortFields.find((candidate) => candidate === field);
            return known ? { field: known, dir } : null;
          }}
          onOpen={(row) => navigate({ name: kind, id: row.id })}
          onDelete={remove}
        />
      )}
    </ListLayout>
  );
}
