import { describe, expect, it } from 'vitest';
import { api } from '../../../../src-shared/contract/api';
import { companyActiveFilterCount, companyListInput, emptyCompanyFilters } from '../../../../src-shared/domain/list-query/company-query';
import { contactActiveFilterCount, contactListInput, emptyContactFilters, readContactFilters } from '../../../../src-shared/domain/list-query/contact-query';
import { queryKey, rangeInput } from '../../../../src-shared/domain/list-query/list-filters';

const companyId = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';
const page = { offset: 200, limit: 100, withTotal: false };

describe('contacts list queries', () => {
  it('leave empty filters out, so the core sees the whole list', () => {
    const input = contactListInput(emptyContactFilters(), { field: 'name', dir: 'asc' }, page);
    expect(input).toEqual({ ...page, sort: { field: 'name', dir: 'asc' }, filters: { deleted: false } });
    expect(api['contacts.list'].input.safeParse(input).success).toBe(true);
  });

  it('send every filter the contract knows, valid for its schema', () => {
    const filters = {
      ...emptyContactFilters(),
      q: '  helene lef ',
      tagId: companyId,
      ownerId: companyId,
      city: ' Lyon ',
      company: { id: companyId, name: 'Acme' },
      created: { from: '2026-01-01', to: '2026-01-31' },
    };
    const input = contactListInput(filters, { field: 'updatedAt', dir: 'desc' }, { ...page, withTotal: true });
    expect(input.filters).toMatchObject({ q: 'helene lef', tagIds: [companyId], ownerIds: [companyId], city: 'Lyon', companyId });
    expect(api['contacts.list'].input.safeParse(input).success).toBe(true);
    expect(contactActiveFilterCount(filters)).toBe(5);
  });

  it('include the whole last day of a date range', () => {
    const range = rangeInput({ from: '2026-03-01', to: '2026-03-31' });
    expect(range?.from).toBeDefined();
    const end = new Date(range?.to ?? '');
    expect(end.getTime() - new Date(range?.from ?? '').getTime()).toBeGreaterThan(30 * 24 * 3600 * 1000);
    expect(rangeInput({ from: '', to: '' })).toBeUndefined();
  });

  it('read filters back from a saved view, ignoring what is malformed', () => {
    const filters = readContactFilters({ q: 'dupont', city: 42, created: { from: '2026-13-99x', to: '2026-02-01' }, company: { id: 1 } });
    expect(filters).toMatchObject({ q: 'dupont', city: '', created: { from: '', to: '2026-02-01' }, company: null });
  });

  it('change key when filters or sort change', () => {
    const filters = emptyContactFilters();
    expect(queryKey(filters, { field: 'name', dir: 'asc' })).not.toBe(queryKey(filters, { field: 'name', dir: 'desc' }));
  });
});

describe('companies list queries', () => {
  it('filter by industry', () => {
    const filters = { ...emptyCompanyFilters(), industry: 'Informatique' };
    const input = companyListInput(filters, { field: 'industry', dir: 'asc' }, page);
    expect(input.filters).toEqual({ industry: 'Informatique', deleted: false });
    expect(api['companies.list'].input.safeParse(input).success).toBe(true);
    expect(companyActiveFilterCount(filters)).toBe(1);
  });
});
