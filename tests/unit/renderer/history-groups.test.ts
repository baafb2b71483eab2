import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src-shared/domain/records';
import { fieldName, groupHistory } from '../../../src-renderer/lib/history-groups';

const user = { id: 'u1', displayName: 'Claire Martin' };
const entry = (txnId: string, at: string, field: string, before: unknown, after: unknown): HistoryEntry => ({
  hlc: at,
  at,
  txnId,
  user,
  deviceId: 'd1',
  field,
  before,
  after,
});

describe('a record’s history', () => {
  it('groups changes made together, newest first, in form order', () => {
    const groups = groupHistory([
      entry('t2', '2026-03-02T10:00:00Z', 'city', 'Lyon', 'Paris'),
      entry('t2', '2026-03-02T10:00:00Z', 'firstName', 'Helene', 'Hélène'),
      entry('t1', '2026-03-01T09:00:00Z', 'createdAt', null, '2026-03-01T09:00:00Z'),
      entry('t1', '2026-03-01T09:00:00Z', 'lastName', null, 'Lefèvre'),
      entry('t1', '2026-03-01T09:00:00Z', 'notes', null, null),
    ]);
    expect(groups.map((group) => [group.txnId, group.kind])).toEqual([
      ['t2', 'updated'],
      ['t1', 'created'],
    ]);
    expect(groups[0]?.changes.map((change) => change.field)).toEqual(['firstName', 'city']);
    expect(groups[1]?.changes).toEqual([{ field: 'lastName', before: null, after: 'Lefèvre' }]);
    expect(groups[0]?.user).toEqual(user);
  });

  it('tells a deletion from a restoration', () => {
    const groups = groupHistory([
      entry('t4', '2026-03-04T00:00:00Z', 'deleted', 1, 0),
      entry('t3', '2026-03-03T00:00:00Z', 'deleted', 0, 1),
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['restored', 'deleted']);
  });

  it('decodes JSON columns and keeps every linked-row change', () => {
    const groups = groupHistory([
      entry('t5', '2026-03-05T00:00:00Z', 'emails', '[]', '[{"label":"work","address":"a@b.fr"}]'),
      entry('t5', '2026-03-05T00:00:00Z', 'companies', null, '+ Acme'),
      entry('t5', '2026-03-05T00:00:00Z', 'companies', null, '+ Globex'),
    ]);
    expect(groups[0]?.changes).toEqual([
      { field: 'emails', before: [], after: [{ label: 'work', address: 'a@b.fr' }] },
      { field: 'companies', before: null, after: '+ Acme' },
      { field: 'companies', before: null, after: '+ Globex' },
    ]);
  });

  it('names columns the way the forms do', () => {
    expect(fieldName('first_name')).toBe('firstName');
    expect(fieldName('consentEmail')).toBe('consentEmail');
  });
});
