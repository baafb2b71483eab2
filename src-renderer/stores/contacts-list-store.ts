import { contactSortFields } from '../../src-shared/contract/inputs/contacts';
import type { ContactRow } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import type { ColumnState } from '../lib/column-state';
import {
  contactListInput,
  defaultContactSort,
  emptyContactFilters,
  readContactFilters,
  type ContactFilters,
  type ContactSort,
} from '../../src-shared/domain/list-query/contact-query';
import { readSort } from '../../src-shared/domain/list-query/list-filters';
import { createListStore } from './list-store';

export const contactColumnIds = [
  'name',
  'firstName',
  'company',
  'jobTitle',
  'email',
  'phone',
  'city',
  'postcode',
  'country',
  'owner',
  'tags',
  'createdAt',
  'updatedAt',
] as const;
export type ContactColumnId = (typeof contactColumnIds)[number];

/** The columns shown until the user changes them. */
export const contactDefaultColumns: ColumnState = { order: [...contactColumnIds], hidden: ['firstName', 'postcode', 'country', 'createdAt'] };

export const contactsPageSize = 100;

export const useContactsListStore = createListStore<ContactRow, ContactFilters, ContactSort>({
  entity: 'contact',
  pageSize: contactsPageSize,
  emptyFilters: emptyContactFilters,
  defaultSort: defaultContactSort,
  fetchPage: (filters, sort, page) => invoke('contacts.list', contactListInput(filters, sort, page)),
  allColumns: contactColumnIds,
  defaultHidden: contactDefaultColumns.hidden,
  readFilters: readContactFilters,
  readSort: (value) => readSort(value, contactSortFields, defaultContactSort),
  storageKey: 'crm.columns.contacts',
});
