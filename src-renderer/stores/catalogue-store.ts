import { create } from 'zustand';
import type { EntityName } from '../../src-shared/contract/events';
import type { PriceListSummary, Product } from '../../src-shared/domain/catalogue';
import { invoke } from '../api/client';
import { readSort } from '../../src-shared/domain/list-query/list-filters';
import { emptyProductFilters, productListFilters, productSortFields, type ProductFilters, type ProductSort } from '../screens/Catalogue/product-filters';
import { createListStore } from './list-store';
import { notifyError } from './notify-error';

export const productColumnIds = ['reference', 'name', 'kind', 'unit', 'vatRate', 'defaultPrice', 'active', 'categories'] as const;
export type ProductColumnId = (typeof productColumnIds)[number];
export const productsPageSize = 100;

const defaultSort: ProductSort = { field: 'name', dir: 'asc' };

/** The catalogue's products, paged from the core like the other lists. */
export const useProductsListStore = createListStore<Product, ProductFilters, ProductSort>({
  entity: null,
  pageSize: productsPageSize,
  emptyFilters: emptyProductFilters,
  defaultSort,
  fetchPage: (filters, sort, page) => invoke('products.list', { ...page, sort, ...productListFilters(filters) }),
  allColumns: productColumnIds,
  defaultHidden: [],
  readFilters: () => emptyProductFilters(),
  readSort: (value) => readSort(value, productSortFields, defaultSort),
  storageKey: 'crm.columns.products',
});

export type CatalogueTab = 'products' | 'priceLists';

/** Which side panel is open: a product's form or a price list's editor (no id: a new one). */
export type CatalogueEditor = { kind: 'product'; id?: string } | { kind: 'priceList'; id?: string };

type CatalogueState = {
  tab: CatalogueTab;
  categories: { name: string; count: number }[];
  priceLists: PriceListSummary[] | null;
  priceListsError: unknown;
  editor: CatalogueEditor | null;
  setTab: (tab: CatalogueTab) => void;
  loadCategories: () => Promise<void>;
  loadPriceLists: () => Promise<void>;
  open: (editor: CatalogueEditor) => void;
  close: () => void;
};

/** The catalogue screen: its tab, the categories in use, the price lists, the open editor. */
export const useCatalogueStore = create<CatalogueState>()((set) => ({
  tab: 'products',
  categories: [],
  priceLists: null,
  priceListsError: null,
  editor: null,
  setTab: (tab) => set({ tab }),
  loadCategories: async () => {
    try {
      set({ categories: await invoke('products.categories', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  loadPriceLists: async () => {
    try {
      set({ priceLists: await invoke('priceLists.list', {}), priceListsError: null });
    } catch (error) {
      set({ priceListsError: error });
    }
  },
  open: (editor) => set({ editor }),
  close: () => set({ editor: null }),
}));

const pending = new Set<EntityName>();
let timer: number | null = null;

/**
 * Shows fresh catalogue data after a change here or arriving by sync. Changes arriving together
 * (the action and the core's event it causes) are applied once. Price lists show product names
 * and company counts: they follow products and companies too.
 */
export function scheduleCatalogueRefresh(...entities: EntityName[]): void {
  for (const entity of entities) pending.add(entity);
  if (timer !== null) return;
  timer = window.setTimeout(() => {
    timer = null;
    const batch = new Set(pending);
    pending.clear();
    if (batch.has('product')) {
      useProductsListStore.getState().refresh();
      void useCatalogueStore.getState().loadCategories();
    }
    if (batch.has('product') || batch.has('priceList') || batch.has('company')) void useCatalogueStore.getState().loadPriceLists();
  }, 60);
}
