import { describe, expect, it } from 'vitest';
import { contactActiveFilterCount, contactListInput, defaultContactSort, emptyContactFilters, readContactFilters } from '../../../../../src-shared/domain/list-query/contact-query';
import { companyListInput, defaultCompanySort, emptyCompanyFilters, readCompanyFilters } from '../../../../../src-shared/domain/list-query/company-query';
import { dealFilterCount, dealFiltersInput, emptyDealFilters } from '../../../../../src-shared/domain/list-query/deal-filters';
import { viewListInput } from '../../../../../src-main/domains/views/list-input';

const segment = { id: '0190aaaa-0000-7000-8000-000000000001', name: 'Lyonnais' };
const page = { offset: 0, limit: 50, withTotal: true };

describe('a segment as a list filter in the lists’ filter state', () => {
  it('is sent as segmentId, counted as an active filter and read back from a saved view', () => {
    const filters = { ...emptyContactFilters(), segment };
    expect(contactListInput(filters, defaultContactSort, page).filters).toEqual({ segmentId: segment.id, deleted: false });
    expect(contactActiveFilterCount(filters)).toBe(1);
    expect(contactActiveFilterCount(emptyContactFilters())).toBe(0);
    expect(readContactFilters(JSON.parse(JSON.stringify(filters)) as Record<string, unknown>).segment).toEqual(segment);
    expect(readContactFilters({ segment: { id: 42 } }).segment).toBeNull();
    expect(companyListInput({ ...emptyCompanyFilters(), segment }, defaultCompanySort, page).filters).toMatchObject({ segmentId: segment.id });
    expect(readCompanyFilters({ segment }).segment).toEqual(segment);
  });

  it('on deals: in the board’s and the table’s filters', () => {
    const filters = { ...emptyDealFilters(), segment };
    expect(dealFiltersInput(filters, 'EUR')).toEqual({ segmentId: segment.id });
    expect(dealFilterCount(filters)).toBe(1);
  });

  it('a saved view holding a segment gives its list input, deals included', () => {
    const state = { sort: { field: 'name', dir: 'asc' as const }, filters: { segment }, columns: [] };
    expect(viewListInput('contact', state, page).filters.segmentId).toBe(segment.id);
    expect(viewListInput('company', state, page).filters.segmentId).toBe(segment.id);
    expect(viewListInput('deal', { ...state, sort: { field: 'title', dir: 'asc' } }, page).filters.segmentId).toBe(segment.id);
  });
});
