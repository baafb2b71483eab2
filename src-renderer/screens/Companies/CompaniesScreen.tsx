import { Building2, Database, Plus, SearchX } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { ColumnMenu } from '../../components/data-table/ColumnMenu';
import { DataTable } from '../../components/data-table/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TextField } from '../../components/Field';
import { baseFilterChips } from '../../components/list/base-filter-chips';
import { BulkBar } from '../../components/list/BulkBar';
import { FilterChips } from '../../components/list/FilterChips';
import { FilterPanel } from '../../components/list/FilterPanel';
import { ListLayout } from '../../components/list/ListLayout';
import { SearchBox } from '../../components/list/SearchBox';
import { ViewsMenu } from '../../components/list/ViewsMenu';
import { useLanguage } from '../../i18n/use-language';
import { shortcutLabel } from '../../lib/keyboard';
import { companyActiveFilterCount, type CompanyFilters } from '../../lib/company-query';
import { companySortFields } from '../../../src-shared/contract/inputs/companies';
import { deleteCompanies } from '../../stores/company-actions';
import { companyColumnIds, companiesPageSize, useCompaniesListStore } from '../../stores/companies-list-store';
import { openEditor } from '../../stores/editor-store';
import { sameViewState } from '../../stores/list-views';
import { useReferenceStore } from '../../stores/reference-store';
import { navigate } from '../../stores/router-store';
import { assignTag, loadDemoData, unassignTag } from '../../stores/tag-actions';
import { useCompanyColumns } from './company-columns';

const store = useCompaniesListStore;
const defaultColumns = { order: [...companyColumnIds], hidden: ['legalId', 'createdAt'] };

/** Every company in a virtual table: search, filters, saved views, columns, bulk actions. */
export function CompaniesScreen() {
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
  const columns = useCompanyColumns();
  const [loadingDemo, setLoadingDemo] = useState(false);

  useEffect(() => {
    void store.getState().loadViews();
    return store.getState().attach();
  }, []);

  const setFilters = useCallback((patch: Partial<CompanyFilters>) => store.getState().setFilters(patch), []);
  const onSearch = useCallback((q: string) => setFilters({ q }), [setFilters]);
  const activeCount = companyActiveFilterCount(state.filters);
  const filtered = activeCount > 0 || state.filters.q.trim() !== '';
  const activeView = state.views.find((view) => view.id === state.activeViewId);
  const modified = activeView ? !sameViewState(activeView.state, store.getState().currentViewState()) : false;
  const selectedIds = [...state.selected];

  const chips = baseFilterChips(state.filters, { t, lang, tags, users }, setFilters);
  if (state.filters.industry.trim()) {
    chips.push({
      key: 'industry',
      label: t('filters.chip', { label: t('filters.industry'), value: state.filters.industry.trim() }),
      onRemove: () => setFilters({ industry: '' }),
    });
  }

  const loadDemo = async () => {
    setLoadingDemo(true);
    await loadDemoData();
    setLoadingDemo(false);
  };

  const empty = state.total === 0;
  return (
    <ListLayout
      title={t('companies.title')}
      countTestId="companies-count"
      countLabel={state.total === null ? null : t('companies.count', { count: state.total })}
      actions={
        <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'company' })} title={shortcutLabel('N')} data-testid="new-company">
          {t('companies.new')}
        </Button>
      }
      toolbar={
        <>
          <ViewsMenu
            views={state.views}
            activeViewId={state.activeViewId}
            modified={modified}
            allLabel={t('views.allCompanies')}
            onApply={(id) => store.getState().applyView(id)}
            onSaveAs={(name) => void store.getState().saveViewAs(name)}
            onUpdate={() => void store.getState().updateActiveView()}
            onDelete={(id) => void store.getState().deleteView(id)}
          />
          <SearchBox value={state.filters.q} onSearch={onSearch} placeholder={t('filters.search')} label={t('filters.search')} testId="companies-search" />
          <FilterPanel<CompanyFilters>
            filters={state.filters}
            activeCount={activeCount}
            onApply={(filters) => store.getState().setFilters(filters)}
            onClear={() => store.getState().clearFilters()}
            extra={(draft, change) => (
              <TextField label={t('filters.industry')} value={draft.industry} onChange={(industry) => change({ industry })} maxLength={100} />
            )}
          />
          <span className="toolbar-spacer" />
          <ColumnMenu
            columns={columns.map((column) => ({ id: column.id, label: column.meta?.label ?? column.id, locked: column.meta?.locked ?? false }))}
            state={state.columns}
            defaultState={defaultColumns}
            onChange={(next) => store.getState().setColumns(next)}
          />
        </>
      }
      footer={empty ? null : t('table.keyboardHint')}
      below={
        <>
          <FilterChips chips={chips} onClearAll={() => store.getState().clearFilters()} />
          <BulkBar
            count={state.selected.size}
            onDelete={() => void deleteCompanies(selectedIds).then((done) => done && store.getState().clearSelection())}
            onTag={(tag) => void assignTag('company', selectedIds, tag)}
            onUntag={(tag) => void unassignTag('company', selectedIds, tag)}
            onClear={() => store.getState().clearSelection()}
          />
        </>
      }
    >
      {empty && !filtered ? (
        <EmptyState
          testId="companies-empty"
          icon={<Building2 size={36} />}
          title={t('companies.emptyTitle')}
          body={t('companies.emptyBody')}
          actions={
            <>
              <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'company' })}>
                {t('companies.create')}
              </Button>
              <Button icon={<Database size={15} />} onClick={() => void loadDemo()} busy={loadingDemo}>
                {loadingDemo ? t('demo.loading') : t('demo.load')}
              </Button>
            </>
          }
        />
      ) : empty ? (
        <EmptyState
          testId="companies-no-match"
          icon={<SearchX size={36} />}
          title={t('companies.noMatchTitle')}
          body={t('companies.noMatchBody')}
          actions={<Button onClick={() => store.getState().clearFilters()}>{t('filters.clearAll')}</Button>}
        />
      ) : (
        <DataTable
          store={store}
          columns={columns}
          pageSize={companiesPageSize}
          label={t('companies.title')}
          testId="companies-table"
          rowTestId="company-row"
          rowLabel={(row) => row.name}
          makeSort={(field, dir) => {
            const known = companySortFields.find((candidate) => candidate === field);
            return known ? { field: known, dir } : null;
          }}
          onOpen={(row) => navigate({ name: 'company', id: row.id })}
          onDelete={(ids) => void deleteCompanies(ids).then((done) => done && store.getState().clearSelection())}
        />
      )}
    </ListLayout>
  );
}
