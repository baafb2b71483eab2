import { companySortFields } from '../../src-shared/contract/inputs/companies';
import type { CompanyRow } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import type { ColumnState } from '../lib/column-state';
import {
  companyListInput,
  defaultCompanySort,
  emptyCompanyFilters,
  readCompanyFilters,
  type CompanyFilters,
  type CompanySort,
} from '../../src-shared/domain/list-query/company-query';
import { readSort } from '../../src-shared/domain/list-query/list-filters';
import { createListStore } from './list-store';

export const companyColumnIds = [
  'name',
  'industry',
  'size',
  'city',
  'phone',
  'website',
  'legalId',
  'contactCount',
  'owner',
  'tags',
  'createdAt',
  'updatedAt',
] as const;
export type CompanyColumnId = (typeof companyColumnIds)[number];

/** The columns shown until the user changes them. */
export const companyDefaultColumns: ColumnState = { order: [...companyColumnIds], hidden: ['legalId', 'createdAt'] };

export const companiesPageSize = 100;

export const useCompaniesListStore = createListStore<CompanyRow, CompanyFilters, CompanySort>({
  entity: 'company',
  pageSize: companiesPageSize,
  emptyFilters: emptyCompanyFilters,
  defaultSort: defaultCompanySort,
  fetchPage: (filters, sort, page) => invoke('companies.list', companyListInput(filters, sort, page)),
  allColumns: companyColumnIds,
  defaultHidden: companyDefaultColumns.hidden,
  readFilters: readCompanyFilters,
  readSort: (value) => readSort(value, companySortFields, defaultCompanySort),
  storageKey: 'crm.columns.companies',
});
