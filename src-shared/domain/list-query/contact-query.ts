import type { ContactListInput, ContactSortField } from '../../contract/inputs/contacts';
import { listQuery, type BaseFilters, type SortState } from './list-filters';

type PickedCompany = { id: string; name: string };
export type ContactFilters = BaseFilters & { company: PickedCompany | null };
export type ContactSort = SortState<ContactSortField>;

export const defaultContactSort: ContactSort = { field: 'name', dir: 'asc' };

function readCompany(value: unknown): PickedCompany | null {
  const company = value as { id?: unknown; name?: unknown } | null | undefined;
  return company && typeof company.id === 'string' && typeof company.name === 'string' ? { id: company.id, name: company.name } : null;
}

const query = listQuery({
  empty: () => ({ company: null as PickedCompany | null }),
  input: (filters: { company: PickedCompany | null }) => (filters.company ? { companyId: filters.company.id } : {}),
  activeCount: (filters) => (filters.company ? 1 : 0),
  read: (value) => ({ company: readCompany(value.company) }),
});

export const emptyContactFilters: () => ContactFilters = query.emptyFilters;
export const contactActiveFilterCount: (filters: ContactFilters) => number = query.activeCount;
export const readContactFilters: (value: Record<string, unknown>) => ContactFilters = query.readFilters;

/** One page of the contacts list as the contract's `contacts.list` input. */
export function contactListInput(filters: ContactFilters, sort: ContactSort, page: { offset: number; limit: number; withTotal: boolean }): ContactListInput {
  return query.listInput(filters, sort, page);
}
