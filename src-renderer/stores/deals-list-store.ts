import { dealSortFields, type DealSortField } from '../../src-shared/contract/inputs/sales';
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

/** The table shares the board's filters, plus the pipeline and the base currency amounts are read in. */
export type DealTableFilters = DealFilters & { q: string; pipelineId: string | null; currency: string };
export type DealSort = SortState<DealSortField>;

const defaultSort: DealSort = { field: 'expectedClose', dir: 'asc' };

export const useDealsListStore = createListStore<DealListRow, DealTableFilters, DealSort>({
  entity: 'deal',
  pageSize: dealsPageSize,
  emptyFilters: () => ({ ...emptyDealFilters(), q: '', pipelineId: null, currency: 'EUR' }),
  defaultSort,
  fetchPage: (filters, sort, page) =>
    invoke('deals.list', {
      ...page,
      sort,
      filters: {
        ...dealFiltersInput(filters, filters.currency),
        ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
        ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
      },
    }),
  allColumns: dealColumnIds,
  defaultHidden: dealDefaultColumns.hidden,
  readFilters: () => ({ ...emptyDealFilters(), q: '', pipelineId: null, currency: 'EUR' }),
  readSort: (value) => readSort(value, dealSortFields, defaultSort),
  storageKey: 'crm.columns.deals',
});
