import type { CompanyListInput, CompanySortField } from '../../contract/inputs/companies';
import { listQuery, type BaseFilters, type SortState } from './list-filters';

export type CompanyFilters = BaseFilters & { industry: string };
export type CompanySort = SortState<CompanySortField>;

export const defaultCompanySort: CompanySort = { field: 'name', dir: 'asc' };

const query = listQuery({
  empty: () => ({ industry: '' }),
  input: (filters: { industry: string }) => {
    const industry = filters.industry.trim();
    return industry ? { industry } : {};
  },
  activeCount: (filters) => (filters.industry.trim() ? 1 : 0),
  read: (value) => ({ industry: typeof value.industry === 'string' ? value.industry : '' }),
});

export const emptyCompanyFilters: () => CompanyFilters = query.emptyFilters;
export const companyActiveFilterCount: (filters: CompanyFilters) => number = query.activeCount;
export const readCompanyFilters: (value: Record<string, unknown>) => CompanyFilters = query.readFilters;

/** One page of the companies list as the contract's `companies.list` input. */
export function companyListInput(filters: CompanyFilters, sort: CompanySort, page: { offset: number; limit: number; withTotal: boolean }): CompanyListInput {
  return query.listInput(filters, sort, page);
}
