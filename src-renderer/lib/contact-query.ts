import type { ContactListInput, ContactSortField } from '../../src-shared/contract/inputs/contacts';
import {
  baseActiveCount,
  baseFiltersInput,
  emptyBaseFilters,
  readBaseFilters,
  type BaseFilters,
  type SortState,
} from './list-filters';

export type ContactFilters = BaseFilters & { company: { id: string; name: string } | null };
export type ContactSort = SortState<ContactSortField>;

export const defaultContactSort: ContactSort = { field: 'name', dir: 'asc' };

export function emptyContactFilters(): ContactFilters {
  return { ...emptyBaseFilters(), company: null };
}

/** One page of the contacts list as the contract's `contacts.list` input. */
export function contactListInput(
  filters: ContactFilters,
  sort: ContactSort,
  page: { offset: number; limit: number; withTotal: boolean },
): ContactListInput {
  return {
    ...page,
    sort,
    filters: { ...baseFiltersInput(filters), ...(filters.company ? { companyId: filters.company.id } : {}), deleted: false },
  };
}

export function contactActiveFilterCount(filters: ContactFilters): number {
  return baseActiveCount(filters) + (filters.company ? 1 : 0);
}

export function readContactFilters(value: Record<string, unknown>): ContactFilters {
  const company = value.company as { id?: unknown; name?: unknown } | null | undefined;
  const validCompany =
    company && typeof company.id === 'string' && typeof company.name === 'string' ? { id: company.id, name: company.name } : null;
  return { ...readBaseFilters(value), company: validCompany };
}
