import { describe, expect, it } from 'vitest';
import { checkDefinition, type SegmentIssue } from '../../../../src-shared/domain/segments/check';
import { emptyDefinition, emptyGroup, newCondition, newRelated } from '../../../../src-shared/domain/segments/definition';
import type { SegmentCondition, SegmentDefinition } from '../../../../src-shared/domain/segments/types';
import { appendAt, issuePathOf, issuesAt, kindAt, nodeAt, removeAt, updateAt, withField, withOperator } from '../../../../src-renderer/components/segments/definition-edit';

/** Contacts in Lyon or Paris, with an open deal over 10 000 €: the builder's usual shape. */
function lyonOrParisWithBigDeal(): SegmentDefinition {
  const city = (name: string): SegmentCondition => ({ kind: 'condition', field: 'city', operator: 'equals', value: name });
  return {
    kind: 'group',
    match: 'all',
    children: [
      { kind: 'group', match: 'any', children: [city('Lyon'), city('Paris')] },
      {
        kind: 'related',
        relation: 'deals',
        quantifier: 'some',
        match: 'all',
        children: [
          { kind: 'condition', field: 'amount', operator: 'gt', value: { amountMinor: 1_000_000, currency: 'EUR' } },
          { kind: 'condition', field: 'status', operator: 'in', value: ['open'] },
        ],
      },
    ],
  };
}

describe('editing a segment definition as a tree', () => {
  it('finds, replaces, appends and removes nodes by path, leaving the definition it was given unchanged', () => {
    const root = lyonOrParisWithBigDeal();
    const before = JSON.stringify(root);
    expect(nodeAt(root, [0, 1])).toMatchObject({ field: 'city', value: 'Paris' });
    expect(nodeAt(root, [5])).toBeUndefined();
    expect(nodeAt(root, [0, 1, 0])).toBeUndefined();

    const marseille = updateAt(root, [0, 1], (node) => ({ ...(node as SegmentCondition), value: 'Marseille' }));
    expect(nodeAt(marseille, [0, 1])).toMatchObject({ value: 'Marseille' });
    expect(nodeAt(marseille, [0, 0])).toBe(nodeAt(root, [0, 0]));

    const three = appendAt(root, [0], newCondition('contact', 'postcode'));
    expect((nodeAt(three, [0]) as { children: unknown[] }).children).toHaveLength(3);

    const withoutParis = removeAt(root, [0, 1]);
    expect((nodeAt(withoutParis, [0]) as { children: unknown[] }).children).toEqual([nodeAt(root, [0, 0])]);
    expect(removeAt(root, [])).toBe(root);
    expect(JSON.stringify(root)).toBe(before);
  });

  it('knows which record a group is about: the list’s, or the related record of the nearest “has a … where”', () => {
    const root = lyonOrParisWithBigDeal();
    expect(kindAt('contact', root, [])).toBe('contact');
    expect(kindAt('contact', root, [0])).toBe('contact');
    expect(kindAt('contact', root, [1])).toBe('deal');
    const deeper = appendAt(root, [1], { ...newRelated('deal', 'company'), children: [] });
    expect(kindAt('contact', deeper, [1, 2])).toBe('company');
    const nested = appendAt(deeper, [1, 2], emptyGroup('any'));
    expect(kindAt('contact', nested, [1, 2, 0])).toBe('company');
  });

  it('keeps an operator and a value across fields of the same type, and starts again when they no longer fit', () => {
    const city: SegmentCondition = { kind: 'condition', field: 'city', operator: 'startsWith', value: 'Ly' };
    expect(withField(city, 'contact', 'postcode', 'EUR')).toEqual({ kind: 'condition', field: 'postcode', operator: 'startsWith', value: 'Ly' });
    // A text operator does not apply to a date: the date field's first operator, "in the last 30 days".
    expect(withField(city, 'contact', 'createdAt', 'EUR')).toEqual({ kind: 'condition', field: 'createdAt', operator: 'inLast', value: { amount: 30, unit: 'day' } });
    // Both enums take "in", but not the same options: the ticked ones are dropped.
    const consent: SegmentCondition = { kind: 'condition', field: 'consentEmail', operator: 'in', value: ['granted'] };
    expect(withField(consent, 'contact', 'consentPhone', 'EUR')).toEqual({ ...consent, field: 'consentPhone' });
    expect(withField(consent, 'contact', 'language', 'EUR')).toEqual({ kind: 'condition', field: 'language', operator: 'in', value: [] });
    expect(withField(city, 'contact', 'no_such_field', 'EUR')).toBe(city);
  });

  it('keeps the value when the new operator takes the same kind, and gives none to “is empty”', () => {
    const amount: SegmentCondition = { kind: 'condition', field: 'amount', operator: 'gt', value: { amountMinor: 1_000_000, currency: 'EUR' } };
    expect(withOperator(amount, 'deal', 'gte', 'EUR')).toEqual({ ...amount, operator: 'gte' });
    expect(withOperator(amount, 'deal', 'between', 'CHF')).toEqual({ kind: 'condition', field: 'amount', operator: 'between', value: { fromMinor: 0, toMinor: 0, currency: 'CHF' } });
    const city: SegmentCondition = { kind: 'condition', field: 'city', operator: 'contains', value: 'Lyon' };
    expect(withOperator(city, 'contact', 'isEmpty', 'EUR')).toEqual({ kind: 'condition', field: 'city', operator: 'isEmpty' });
    // An operator the field does not offer is refused.
    expect(withOperator(city, 'contact', 'gt', 'EUR')).toBe(city);
  });

  it('places each problem the definition check finds on its own condition or group, not on the groups around it', () => {
    let root = lyonOrParisWithBigDeal();
    root = updateAt(root, [0, 1], (node) => ({ ...(node as SegmentCondition), value: '' }));
    root = updateAt(root, [1, 0], (node) => ({ ...(node as SegmentCondition), value: { amountMinor: Number.NaN, currency: 'EUR' } }));
    const check = checkDefinition('contact', root);
    expect(check.ok).toBe(false);
    const issues: SegmentIssue[] = check.ok ? [] : check.issues;
    expect(issuesAt(issues, [0, 1]).map((issue) => issue.code)).toEqual(['invalid_value']);
    expect(issuesAt(issues, [1, 0]).map((issue) => issue.path)).toEqual(['children.1.children.0.value']);
    expect(issuesAt(issues, [])).toEqual([]);
    expect(issuesAt(issues, [0])).toEqual([]);
    expect(issuesAt(issues, [0, 0])).toEqual([]);
    expect(issuePathOf([1, 0])).toBe('children.1.children.0');
  });

  it('an empty definition is valid and matches everything; a definition built from the catalogue passes the check', () => {
    expect(checkDefinition('contact', emptyDefinition()).ok).toBe(true);
    expect(checkDefinition('contact', lyonOrParisWithBigDeal()).ok).toBe(true);
  });
});
