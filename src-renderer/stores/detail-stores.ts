import type { CompanyDetail, ContactDetail } from '../../src-shared/domain/records';
import type { DealDetail } from '../../src-shared/domain/sales';
import { invoke } from '../api/client';
import { createRecordStore } from './record-store';

export const useContactDetailStore = createRecordStore<ContactDetail>(
  (id) => invoke('contacts.get', { id }),
  (id) => invoke('history.list', { entity: 'contact', id, limit: 500 }),
);

export const useCompanyDetailStore = createRecordStore<CompanyDetail>(
  (id) => invoke('companies.get', { id }),
  (id) => invoke('history.list', { entity: 'company', id, limit: 500 }),
);

export const useDealDetailStore = createRecordStore<DealDetail>(
  (id) => invoke('deals.get', { id }),
  (id) => invoke('history.list', { entity: 'deal', id, limit: 500 }),
);
