import { dealSortFields, type DealSortField, type dealStatuses } from '../../src-shared/contract/inputs/sales';
import type { DealListRow } from '../../src-shared/domain/sales';
import { invoke } from '../api/client';
import type { ColumnState } from '../lib/column-state';
import { dealFiltersInput, emptyDealFilters, type DealFilters } from '../../src-shared/domain/list-query/deal-filters';
import { readSort, type SortState } from '../../src-shared/domain/list-query/list-filters';
import { createListStore } from './list-store';

export const dealColumnIds = ['title', 'company', 'stage', 'amount', 'probability', 'expectedClose', 'owner', 'tags', 'nextStep', 'createdAt', 'updatedAt'] as const;
export type DealColumnId = (typeof dealColumnIds)[number];

export const dealDefaultColumns: ColumnState = { order: [...dealColumnIds], hidden: ['createdAt', 'nextStep'] };
export const dealsPageSize = 100;

/**
 * What a list opened from elsewhere (a dashboard tile, a report row) narrows the table to,
 * beyond the board's filters: a status (won and lost deals then by the day they closed),
 * stages, several salespeople, a company. Empty: none.
 */
export type DealLinkedFilters = { status: DealStatus | null; stageIds: string[]; ownerIds: string[]; companyId: string | null };
export const emptyDealLinkedFilters = (): DealLinkedFilters => ({ status: null, stageIds: [], ownerIds: [], companyId: null });

/** The table shares the board's filters, plus the pipeline and the base currency amounts are read in. */
export type DealTableFilters = DealFilters & DealLinkedFilters & { q: string; pipelineId: string | null; currency: string };
export type DealSort = SortState<DealSortField>;

const defaultSort: DealSort = { field: 'expectedClose', dir: 'asc' };
type DealStatus = (typeof dealStatuses)[number];

/** The table's filters as `deals.list` takes them: the table's pages and its exports read them the same way. */
export function dealTableFiltersInput(filters: DealTableFilters) {
  return {
    ...dealFiltersInput(filters, filters.currency),
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.stageIds.length > 0 ? { stageIds: filters.stageIds } : {}),
    ...(filters.ownerIds.length > 0 ? { ownerIds: filters.ownerIds } : {}),
    ...(filters.companyId ? { companyId: filters.companyId } : {}),
  };
}

export const useDealsListStore = createListStore<DealListRow, DealTableFilters, DealSort>({
  entity: 'deal',
  pageSize: dealsPageSize,
  emptyFilters: () => ({ ...emptyDealFilters(), ...emptyDealLinkedFilters(), q: '', pipelineId: null, currency: 'EUR' }),
  defaultSort,
  fetchPage: (filters, sort, page) =>
    invoke('deals.list', {
      ...page,
      sort,
      filters: dealTableFiltersInput(filters),
    }),
  allColumns: dealColumnIds,
  defaultHidden: dealDefaultColumns.hidden,
  readFilters: () => ({ ...emptyDealFilters(), ...emptyDealLinkedFilters(), q: '', pipelineId: null, currency: 'EUR' }),
  readSort: (value) => readSort(value, dealSortFields, defaultSort),
  storageKey: 'crm.columns.deals',
});
