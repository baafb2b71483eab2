import { Package, Plus, SearchX } from 'lucide-react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { ColumnMenu } from '../../components/data-table/ColumnMenu';
import { DataTable } from '../../components/data-table/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SearchBox } from '../../components/list/SearchBox';
import { deleteProducts } from '../../stores/catalogue-actions';
import { productColumnIds, productsPageSize, useCatalogueStore, useProductsListStore } from '../../stores/catalogue-store';
import { notify } from '../../stores/toast-store';
import { productActivities, productFiltersActive, productSortFields, type ProductFilters } from './product-filters';
import { useProductColumns } from './product-columns';

const defaultColumns = { order: [...productColumnIds], hidden: [] };

/** The products and services: search, on sale or not, category; a row opens its form. */
export function ProductsTab({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const columns = useProductColumns();
  const categories = useCatalogueStore((state) => state.categories);
  const { filters, total, columnState } = useProductsListStore(useShallow((state) => ({ filters: state.filters, total: state.total, columnState: state.columns })));
  const store = useProductsListStore.getState();

  useEffect(() => useProductsListStore.getState().attach(), []);
  const setFilters = useCallback((patch: Partial<ProductFilters>) => useProductsListStore.getState().setFilters(patch), []);
  const onSearch = useCallback((q: string) => setFilters({ q }), [setFilters]);
  const remove = (ids: string[]) => {
    if (!editable) {
      notify(t('catalogue.readOnly'), 'info');
      return;
    }
    void deleteProducts(ids).then((done) => done && store.clearSelection());
  };
  const create = () => useCatalogueStore.getState().open({ kind: 'product' });
  // A category chosen before it lost its last product stays offered, so the filter can be seen and changed.
  const categoryNames = [...new Set([...categories.map((category) => category.name), ...(filters.category ? [filters.category] : [])])];

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('catalogue.products.title')}>
        <SearchBox value={filters.q} onSearch={onSearch} placeholder={t('catalogue.products.search')} label={t('catalogue.products.search')} testId="products-search" />
        <div className="segmented" role="radiogroup" aria-label={t('catalogue.fields.active')}>
          {productActivities.map((activity) => (
            <label key={activity} className={`segment ${filters.activity === activity ? 'segment-on' : ''}`} data-testid={`products-${activity}`}>
              <input type="radio" name="product-activity" value={activity} checked={filters.activity === activity} onChange={() => setFilters({ activity })} />
              <span>{t(`catalogue.activity.${activity}`)}</span>
            </label>
          ))}
        </div>
        {categoryNames.length > 0 && (
          <select
            className="input select input-sm catalogue-category-filter"
            value={filters.category ?? ''}
            onChange={(event) => setFilters({ category: event.target.value || null })}
            aria-label={t('catalogue.fields.categories')}
            data-testid="products-category"
          >
            <option value="">{t('catalogue.products.allCategories')}</option>
            {categoryNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
        <span className="screen-count" data-testid="products-count" aria-live="polite">
          {total === null ? '…' : t('catalogue.products.count', { count: total })}
        </span>
        <span className="toolbar-spacer" />
        <ColumnMenu
          columns={columns.map((column) => ({ id: column.id, label: column.meta?.label ?? column.id, locked: column.meta?.locked ?? false }))}
          state={columnState}
          defaultState={defaultColumns}
          onChange={(next) => store.setColumns(next)}
        />
      </div>
      <div className="list-content">
        {total === 0 && !productFiltersActive(filters) ? (
          <EmptyState
            testId="products-empty"
            icon={<Package size={36} />}
            title={t('catalogue.products.emptyTitle')}
            body={t('catalogue.products.empty')}
            actions={
              editable ? (
                <Button variant="primary" icon={<Plus size={15} />} onClick={create}>
                  {t('catalogue.products.new')}
                </Button>
              ) : undefined
            }
          />
        ) : total === 0 ? (
          <EmptyState
            testId="products-no-match"
            icon={<SearchX size={36} />}
            title={t('catalogue.products.noMatch')}
            actions={<Button onClick={() => store.clearFilters()}>{t('filters.clearAll')}</Button>}
          />
        ) : (
          <DataTable
            store={useProductsListStore}
            columns={columns}
            pageSize={productsPageSize}
            label={t('catalogue.products.title')}
            testId="products-table"
            rowTestId="product-row"
            rowLabel={(row) => `${row.reference} · ${row.name}`}
            makeSort={(field, dir) => {
              const known = productSortFields.find((candidate) => candidate === field);
              return known ? { field: known, dir } : null;
            }}
            onOpen={(row) => useCatalogueStore.getState().open({ kind: 'product', id: row.id })}
            onDelete={remove}
          />
        )}
      </div>
      {total !== 0 && <div className="list-footer faint">{editable ? t('table.keyboardHint') : t('catalogue.products.readOnlyHint')}</div>}
    </>
  );
}
