import { Database, Plus, SearchX, UserRound } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { ColumnMenu } from '../../components/data-table/ColumnMenu';
import { DataTable } from '../../components/data-table/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import { baseFilterChips } from '../../components/list/base-filter-chips';
import { BulkBar } from '../../components/list/BulkBar';
import { FilterChips } from '../../components/list/FilterChips';
import { FilterPanel } from '../../components/list/FilterPanel';
import { ListLayout } from '../../components/list/ListLayout';
import { SearchBox } from '../../components/list/SearchBox';
import { ViewsMenu } from '../../components/list/ViewsMenu';
import { useLanguage } from '../../i18n/use-language';
import { shortcutLabel } from '../../lib/keyboard';
import { contactActiveFilterCount, type ContactFilters } from '../../lib/contact-query';
import { contactSortFields } from '../../../src-shared/contract/inputs/contacts';
import { deleteContacts } from '../../stores/contact-actions';
import { contactColumnIds, contactsPageSize, useContactsListStore } from '../../stores/contacts-list-store';
import { openEditor } from '../../stores/editor-store';
import { sameViewState } from '../../stores/list-views';
import { useReferenceStore } from '../../stores/reference-store';
import { navigate } from '../../stores/router-store';
import { assignTag, loadDemoData, unassignTag } from '../../stores/tag-actions';
import { useContactColumns } from './contact-columns';

const store = useContactsListStore;
const defaultColumns = { order: [...contactColumnIds], hidden: ['firstName', 'postcode', 'country', 'createdAt'] };

/** Every contact in a virtual table: search, filters, saved views, columns, bulk actions. */
export function ContactsScreen() {
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
  const columns = useContactColumns();
  const [loadingDemo, setLoadingDemo] = useState(false);

  useEffect(() => {
    void store.getState().loadViews();
    return store.getState().attach();
  }, []);

  const setFilters = useCallback((patch: Partial<ContactFilters>) => store.getState().setFilters(patch), []);
  const onSearch = useCallback((q: string) => setFilters({ q }), [setFilters]);
  const activeCount = contactActiveFilterCount(state.filters);
  const filtered = activeCount > 0 || state.filters.q.trim() !== '';
  const activeView = state.views.find((view) => view.id === state.activeViewId);
  const modified = activeView ? !sameViewState(activeView.state, store.getState().currentViewState()) : false;
  const selectedIds = [...state.selected];

  const chips = baseFilterChips(state.filters, { t, lang, tags, users }, setFilters);
  if (state.filters.company) {
    chips.push({
      key: 'company',
      label: t('filters.chip', { label: t('filters.company'), value: state.filters.company.name }),
      onRemove: () => setFilters({ company: null }),
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
      title={t('contacts.title')}
      countTestId="contacts-count"
      countLabel={state.total === null ? null : t('contacts.count', { count: state.total })}
      actions={
        <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'contact' })} title={shortcutLabel('N')} data-testid="new-contact">
          {t('contacts.new')}
        </Button>
      }
      toolbar={
        <>
          <ViewsMenu
            views={state.views}
            activeViewId={state.activeViewId}
            modified={modified}
            allLabel={t('views.allContacts')}
            onApply={(id) => store.getState().applyView(id)}
            onSaveAs={(name) => void store.getState().saveViewAs(name)}
            onUpdate={() => void store.getState().updateActiveView()}
            onDelete={(id) => void store.getState().deleteView(id)}
          />
          <SearchBox value={state.filters.q} onSearch={onSearch} placeholder={t('filters.search')} label={t('filters.search')} testId="contacts-search" />
          <FilterPanel<ContactFilters>
            filters={state.filters}
            activeCount={activeCount}
            onApply={(filters) => store.getState().setFilters(filters)}
            onClear={() => store.getState().clearFilters()}
            extra={(draft, change) => (
              <RecordPicker
                label={t('filters.company')}
                placeholder={t('form.chooseCompany')}
                value={draft.company}
                onChange={(company) => change({ company })}
                search={searchCompanies}
              />
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
            onDelete={() => void deleteContacts(selectedIds).then((done) => done && store.getState().clearSelection())}
            onTag={(tag) => void assignTag('contact', selectedIds, tag)}
            onUntag={(tag) => void unassignTag('contact', selectedIds, tag)}
            onClear={() => store.getState().clearSelection()}
          />
        </>
      }
    >
      {empty && !filtered ? (
        <EmptyState
          testId="contacts-empty"
          icon={<UserRound size={36} />}
          title={t('contacts.emptyTitle')}
          body={t('contacts.emptyBody')}
          actions={
            <>
              <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'contact' })}>
                {t('contacts.create')}
              </Button>
              <Button icon={<Database size={15} />} onClick={() => void loadDemo()} busy={loadingDemo}>
                {loadingDemo ? t('demo.loading') : t('demo.load')}
              </Button>
            </>
          }
        />
      ) : empty ? (
        <EmptyState
          testId="contacts-no-match"
          icon={<SearchX size={36} />}
          title={t('contacts.noMatchTitle')}
          body={t('contacts.noMatchBody')}
          actions={<Button onClick={() => store.getState().clearFilters()}>{t('filters.clearAll')}</Button>}
        />
      ) : (
        <DataTable
          store={store}
          columns={columns}
          pageSize={contactsPageSize}
          label={t('contacts.title')}
          testId="contacts-table"
          rowTestId="contact-row"
          rowLabel={(row) => row.displayName}
          makeSort={(field, dir) => {
            const known = contactSortFields.find((candidate) => candidate === field);
            return known ? { field: known, dir } : null;
          }}
          onOpen={(row) => navigate({ name: 'contact', id: row.id })}
          onDelete={(ids) => void deleteContacts(ids).then((done) => done && store.getState().clearSelection())}
        />
      )}
    </ListLayout>
  );
}
