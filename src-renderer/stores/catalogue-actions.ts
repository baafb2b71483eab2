import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { PriceList, Product } from '../../src-shared/domain/catalogue';
import { formatMoney } from '../../src-shared/domain/money-format';
import { defaultLanguage, isLanguage } from '../../src-shared/i18n';
import { invoke } from '../api/client';
import type { PickerOption } from '../components/RecordPicker';
import { scheduleCatalogueRefresh } from './catalogue-store';
import { attempt, notifyWithUndo } from './record-actions';
import { notify } from './toast-store';

/** Creates a product. Throws the client error, so the form can show field issues. */
export async function createProduct(input: ApiInput<'products.create'>): Promise<Product> {
  const product = await invoke('products.create', input);
  scheduleCatalogueRefresh('product');
  notify(i18next.t('catalogue.products.created', { name: product.name }));
  return product;
}

export async function updateProduct(input: ApiInput<'products.update'>): Promise<Product> {
  const product = await invoke('products.update', input);
  scheduleCatalogueRefresh('product');
  notify(i18next.t('catalogue.products.updated', { name: product.name }));
  return product;
}

async function restoreProducts(ids: string[]): Promise<void> {
  if (!(await attempt(() => invoke('products.restore', { ids })))) return;
  scheduleCatalogueRefresh('product');
  notify(i18next.t('catalogue.products.restored', { count: ids.length }), 'info');
}

/** Deletes products at once, with an Undo in the toast (quotes keep the lines they copied). */
export async function deleteProducts(ids: string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  if (!(await attempt(() => invoke('products.delete', { ids })))) return false;
  scheduleCatalogueRefresh('product');
  notifyWithUndo(i18next.t('catalogue.products.deleted', { count: ids.length }), 'info', () => restoreProducts(ids));
  return true;
}

/** Saves a price list with its prices. Throws the client error, so the editor can show field issues. */
export async function savePriceList(input: ApiInput<'priceLists.save'>): Promise<PriceList> {
  const list = await invoke('priceLists.save', input);
  scheduleCatalogueRefresh('priceList');
  return list;
}

/** Assigns a price list to a company or takes it away. Throws the client error (an overlap is said beside the companies). */
export async function assignPriceList(input: ApiInput<'priceLists.assign'>): Promise<PriceList> {
  const list = await invoke('priceLists.assign', input);
  scheduleCatalogueRefresh('priceList');
  return list;
}

/** Deletes a price list (asked first: the core has no restore for it). */
export async function deletePriceList(list: { id: string; name: string }): Promise<boolean> {
  const done = await attempt(() => invoke('priceLists.delete', { id: list.id }));
  if (!done) return false;
  scheduleCatalogueRefresh('priceList');
  notify(i18next.t('catalogue.priceLists.deleted', { name: list.name }), 'info');
  return true;
}

/** Products whose reference or name starts with what was typed, for pickers (products.list with `q`, no count). */
export async function searchProducts(query: string): Promise<PickerOption[]> {
  const page = await invoke('products.list', { q: query, limit: 8, withTotal: false, sort: { field: 'name', dir: 'asc' } });
  const lang = isLanguage(i18next.language) ? i18next.language : defaultLanguage;
  return page.rows.map((product) => ({
    id: product.id,
    name: `${product.reference} · ${product.name}`,
    detail: [
      product.defaultPriceMinor === null ? null : formatMoney(lang, product.defaultPriceMinor, product.currency),
      product.active ? null : i18next.t('catalogue.activity.inactive'),
    ]
      .filter(Boolean)
      .join(' · ') || null,
  }));
}
