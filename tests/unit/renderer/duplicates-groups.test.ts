import { describe, expect, it } from 'vitest';
import { groupKey, pairKey, type DuplicateGroup, type DuplicatePair, type DuplicateReason, type DuplicateRecordSummary } from '../../../src-shared/domain/duplicates';
import { restoreGroups, withoutPair, withoutRecord } from '../../../src-renderer/stores/duplicates-groups';

function summary(id: string): DuplicateRecordSummary {
  return {
    id,
    entity: 'contact',
    displayName: id,
    companyName: null,
    city: null,
    email: null,
    phone: null,
    legalId: null,
    owner: null,
    lastActivityAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

function pair(a: string, b: string, score: number, reasons: DuplicateReason[]): DuplicatePair {
  return { key: pairKey(a, b), ids: a < b ? [a, b] : [b, a], score, reasons, evidence: reasons.map((reason) => ({ reason, value: `${a}-${b}` })) };
}

function group(ids: string[], pairs: DuplicatePair[]): DuplicateGroup {
  return {
    key: groupKey(ids),
    entity: 'contact',
    score: Math.max(...pairs.map((candidate) => candidate.score)),
    reasons: [...new Set(pairs.flatMap((candidate) => candidate.reasons))],
    records: ids.map(summary),
    pairs,
    differences: ['city'],
  };
}

const trio = group(['a', 'b', 'c'], [pair('a', 'b', 0.95, ['same_email']), pair('a', 'c', 0.7, ['similar_name', 'same_city']), pair('b', 'c', 0.6, ['same_phone'])]);
const couple = group(['d', 'e'], [pair('d', 'e', 0.8, ['same_phone'])]);
const list = [trio, couple];

describe('the review list after the user acts on it', () => {
  it('a pair set aside leaves the list, and its group with it when it was the only pair', () => {
    const { groups } = withoutPair(list, couple.pairs[0]?.key ?? '');
    expect(groups).toEqual([trio]);
  });

  it('a group of three keeps the records its remaining pairs still join, scored by its best pair', () => {
    const once = withoutPair(list, pairKey('a', 'b')).groups;
    expect(once[1]?.records.map((record) => record.id)).toEqual(['a', 'b', 'c']);
    expect(once.map((candidate) => candidate.score)).toEqual([0.8, 0.7]);
    const twice = withoutPair(once, pairKey('a', 'c')).groups;
    const left = twice.find((candidate) => candidate.records.some((record) => record.id === 'b'));
    expect(left?.records.map((record) => record.id)).toEqual(['b', 'c']);
    expect(left?.key).toBe(groupKey(['b', 'c']));
    expect(left?.reasons).toEqual(['same_phone']);
  });

  it('a record merged away leaves every group with its pairs; the rest stays, best first', () => {
    const { groups } = withoutRecord(list, 'a');
    expect(groups.map((candidate) => candidate.key)).toEqual([couple.key, groupKey(['b', 'c'])]);
    expect(groups[1]?.pairs.map((candidate) => candidate.key)).toEqual([pairKey('b', 'c')]);
    expect(groups[1]?.score).toBe(0.6);
  });

  it('undo puts back exactly the groups that were shown, in their place', () => {
    const merged = withoutRecord(list, 'a');
    expect(restoreGroups(merged.groups, merged.undo)).toEqual(list);
    const dismissed = withoutPair(list, pairKey('d', 'e'));
    expect(restoreGroups(dismissed.groups, dismissed.undo)).toEqual(list);
  });
});
