import type { ApiInput } from '../../../src-shared/contract/api';
import type { SortState } from '../../../src-shared/domain/list-query/list-filters';

export const productActivities = ['all', 'active', 'inactive'] as const;
export type ProductActivity = (typeof productActivities)[number];

/** The catalogue table's filters: text, on sale or not, a category. */
export type ProductFilters = { q: string; activity: ProductActivity; category: string | null };

export const productSortFields = ['name', 'reference'] as const;
export type ProductSort = SortState<(typeof productSortFields)[number]>;

export const emptyProductFilters = (): ProductFilters => ({ q: '', activity: 'all', category: null });

/** The filters as products.list's input (empty values left out). */
export function productListFilters(filters: ProductFilters): Pick<ApiInput<'products.list'>, 'q' | 'active' | 'category'> {
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.activity === 'all' ? {} : { active: filters.activity === 'active' }),
    ...(filters.category ? { category: filters.category } : {}),
  };
}

export const productFiltersActive = (filters: ProductFilters): boolean => Object.keys(productListFilters(filters)).length > 0;
