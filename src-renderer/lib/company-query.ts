import type { CompanyListInput, CompanySortField } from '../../src-shared/contract/inputs/companies';
import {
  baseActiveCount,
  baseFiltersInput,
  emptyBaseFilters,
  readBaseFilters,
  type BaseFilters,
  type SortState,
} from './list-filters';

export type CompanyFilters = BaseFilters & { industry: string };
export type CompanySort = SortState<CompanySortField>;

export const defaultCompanySort: CompanySort = { field: 'name', dir: 'asc' };

export function emptyCompanyFilters(): CompanyFilters {
  return { ...emptyBaseFilters(), industry: '' };
}

/** One page of the companies list as the contract's `companies.list` input. */
export function companyListInput(
  filters: CompanyFilters,
  sort: CompanySort,
  page: { offset: number; limit: number; withTotal: boolean },
): CompanyListInput {
  const industry = filters.industry.trim();
  return {
    ...page,
    sort,
    filters: { ...baseFiltersInput(filters), ...(industry ? { industry } : {}), deleted: false },
  };
}

export function companyActiveFilterCount(filters: CompanyFilters): number {
  return baseActiveCount(filters) + (filters.industry.trim() ? 1 : 0);
}

export function readCompanyFilters(value: Record<string, unknown>): CompanyFilters {
  return { ...readBaseFilters(value), industry: typeof value.industry === 'string' ? value.industry : '' };
}
