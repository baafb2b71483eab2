import type { TFunction } from 'i18next';
import type { Product } from '../../../src-shared/domain/catalogue';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { Language } from '../../../src-shared/i18n';
import { column, textCell, useTableColumns, type RecordColumn } from '../../components/data-table/record-columns';
import { useCatalogueStore, type ProductColumnId } from '../../stores/catalogue-store';
import { formatPercentBp } from '../../lib/number-input';

type ProductColumn = RecordColumn<Product, ProductColumnId>;

function productColumns(t: TFunction, lang: Language): ProductColumn[] {
  return [
    // The reference opens the product's form with one click, as a contact's name opens its page.
    column('reference', 140, { label: t('catalogue.fields.reference'), sortField: 'reference', locked: true }, (row) => (
      <button type="button" className="link-button cell-link product-reference truncate" tabIndex={-1} onClick={() => useCatalogueStore.getState().open({ kind: 'product', id: row.id })}>
        {row.reference}
      </button>
    )),
    column('name', 260, { label: t('catalogue.fields.name'), sortField: 'name' }, (row) => textCell(row.name)),
    column('kind', 100, { label: t('catalogue.fields.kind') }, (row) => t(`catalogue.kinds.${row.kind}`)),
    column('unit', 90, { label: t('catalogue.fields.unit') }, (row) => textCell(row.unit)),
    column('vatRate', 80, { label: t('catalogue.fields.vatRate'), align: 'end' }, (row) => formatPercentBp(lang, row.vatRateBp)),
    column('defaultPrice', 170, { label: t('catalogue.fields.defaultPrice'), align: 'end' }, (row) =>
      row.defaultPriceMinor === null ? <span className="faint">{t('catalogue.products.listPriced')}</span> : formatMoney(lang, row.defaultPriceMinor, row.currency),
    ),
    column('active', 110, { label: t('catalogue.fields.active') }, (row) => (
      <span className={`product-status ${row.active ? 'product-status-active' : 'product-status-inactive'}`}>{t(row.active ? 'catalogue.activity.active' : 'catalogue.activity.inactive')}</span>
    )),
    column('categories', 220, { label: t('catalogue.fields.categories') }, (row) =>
      row.categories.length === 0 ? null : (
        <span className="product-categories truncate" title={row.categories.join(', ')}>
          {row.categories.map((category) => (
            <span key={category} className="product-category">
              {category}
            </span>
          ))}
        </span>
      ),
    ),
  ];
}

/** The catalogue table's columns, in the user's language. */
export function useProductColumns(): ProductColumn[] {
  return useTableColumns(productColumns);
}
