import { describe, expect, it } from 'vitest';
import { api } from '../../../../src-shared/contract/api';
import { defaultExportColumns, exportColumns, exportColumnsOfView } from '../../../../src-shared/domain/exports';

const parse = (input: unknown) => api['exports.list'].input.safeParse(input);

describe('the exports.list contract', () => {
  it('takes a list with its own filters and sort, a selection or a view, with defaults filled in', () => {
    const list = parse({ entity: 'contact', format: 'xlsx', source: { kind: 'list' } });
    expect(list.success && list.data).toMatchObject({ vcardVersion: '4.0', source: { kind: 'list', sort: { field: 'name', dir: 'asc' }, filters: { deleted: false } } });
    expect(parse({ entity: 'deal', format: 'csv', source: { kind: 'list', filters: { status: 'open' }, sort: { field: 'amount', dir: 'desc' } } }).success).toBe(true);
    expect(parse({ entity: 'activity', format: 'xlsx', source: { kind: 'list', filters: { kinds: ['meeting'] } } }).success).toBe(true);
    expect(parse({ entity: 'company', format: 'xlsx', source: { kind: 'selection', ids: ['01a00000-0000-7000-8000-000000000001'] } }).success).toBe(true);
  });

  it('refuses what a list cannot have: another list’s filters, vCard beyond contacts, views of activities, unknown or repeated columns', () => {
    expect(parse({ entity: 'contact', format: 'xlsx', source: { kind: 'list', filters: { status: 'open' } } }).success).toBe(false);
    expect(parse({ entity: 'deal', format: 'vcard', source: { kind: 'list' } }).success).toBe(false);
    expect(parse({ entity: 'activity', format: 'xlsx', source: { kind: 'view', viewId: '01a00000-0000-7000-8000-000000000001' } }).success).toBe(false);
    expect(parse({ entity: 'contact', format: 'xlsx', source: { kind: 'list' }, columns: ['title'] }).success).toBe(false);
    expect(parse({ entity: 'contact', format: 'xlsx', source: { kind: 'list' }, columns: ['name', 'name'] }).success).toBe(false);
    expect(parse({ entity: 'contact', format: 'xlsx', source: { kind: 'selection', ids: [] } }).success).toBe(false);
    expect(parse({ entity: 'contact', format: 'xlsx', source: { kind: 'list' }, extra: true }).success).toBe(false);
  });

  it('keeps a view’s known columns in its order, else the list’s defaults', () => {
    expect(exportColumnsOfView('contact', ['city', 'gone', 'name', 'city'])).toEqual(['city', 'name']);
    expect(exportColumnsOfView('deal', ['gone'])).toEqual(defaultExportColumns.deal);
    for (const entity of ['contact', 'company', 'deal', 'activity'] as const) {
      for (const id of defaultExportColumns[entity]) expect(exportColumns[entity]).toContain(id);
    }
  });
});
