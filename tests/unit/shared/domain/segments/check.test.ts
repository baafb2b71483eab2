import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api } from '../../../../../src-shared/contract/api';
import { checkDefinition } from '../../../../../src-shared/domain/segments/check';
import { segmentFields, segmentRelations } from '../../../../../src-shared/domain/segments/catalogue';
import { conditionCount, definitionDepth, emptyDefinition, newCondition, newRelated } from '../../../../../src-shared/domain/segments/definition';
import { segmentLimits } from '../../../../../src-shared/domain/segments/limits';
import { operatorsFor, valueKindOf } from '../../../../../src-shared/domain/segments/operators';
import { fieldTypes, recordKinds } from '../../../../../src-shared/domain/segments/types';
import { fieldLabelKey } from '../../../../../src-shared/domain/segments/catalogue';
import { fr } from '../../../../../src-shared/i18n/fr';
import { en } from '../../../../../src-shared/i18n/en';

const condition = (field: string, operator: string, value?: unknown) => ({ kind: 'condition', field, operator, ...(value === undefined ? {} : { value }) });
const root = (...children: unknown[]) => ({ kind: 'group', match: 'all', children });

function nested(depth: number): unknown {
  let node: unknown = condition('city', 'contains', 'Lyon');
  for (let level = 0; level < depth; level += 1) node = { kind: 'group', match: 'any', children: [node] };
  return node;
}

describe('reading a segment definition from untrusted data', () => {
  it('accepts a definition built with the helpers the builder uses', () => {
    const definition = root(newCondition('contact', 'city'), { ...newRelated('contact', 'deals'), children: [newCondition('deal', 'status')] });
    // The builder's starting values (an empty text, an empty list) are not yet valid: the user fills them in.
    expect(checkDefinition('contact', definition).ok).toBe(false);
    const filled = root(condition('city', 'contains', 'Lyon'), { ...newRelated('contact', 'deals'), children: [condition('status', 'in', ['open'])] });
    const check = checkDefinition('contact', filled);
    expect(check.ok).toBe(true);
    expect(conditionCount(filled as never)).toBe(3);
    expect(checkDefinition('deal', emptyDefinition()).ok).toBe(true);
  });

  it('refuses unknown fields, relations and operators, and operators that do not fit the field, saying where', () => {
    const check = checkDefinition(
      'contact',
      root(
        condition('city; DROP TABLE contacts', 'contains', 'x'),
        condition('city', 'LIKE', 'x'),
        condition('city', 'gt', 3),
        { kind: 'related', relation: 'sqlite_master', quantifier: 'some', match: 'all', children: [] },
        { kind: 'related', relation: 'deals', quantifier: 'some', match: 'all', children: [condition('firstName', 'contains', 'x')] },
      ),
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['children.0.field', 'unknown_field'],
      ['children.1.operator', 'unknown_operator'],
      ['children.2.operator', 'operator_not_allowed'],
      ['children.3.relation', 'unknown_relation'],
      ['children.4.children.0.field', 'unknown_field'],
    ]);
  });

  it('refuses values that do not fit the operator', () => {
    const bad = [
      condition('city', 'contains', ''),
      condition('city', 'contains', 'x'.repeat(segmentLimits.maxTextLength + 1)),
      condition('city', 'isEmpty', 'x'),
      condition('createdAt', 'on', '2026-02-30'),
      condition('createdAt', 'inLast', { amount: 0, unit: 'day' }),
      condition('createdAt', 'inLast', { amount: 3, unit: 'fortnight' }),
      condition('createdAt', 'dateBetween', { fromDay: '2026-03-01', toDay: '2026-02-01' }),
      condition('consentEmail', 'in', ['granted', 'maybe']),
      condition('owner', 'in', ["' OR 1=1 --"]),
      condition('tags', 'in', Array.from({ length: segmentLimits.maxListItems + 1 }, () => '0190aaaa-0000-7000-8000-000000000001')),
      condition('tags', 'in', []),
    ];
    for (const item of bad) {
      const check = checkDefinition('contact', root(item));
      expect(check.ok, JSON.stringify(item).slice(0, 120)).toBe(false);
    }
    const money = checkDefinition('deal', root(condition('amount', 'gt', { amountMinor: 1.5, currency: 'EUR' }), condition('amount', 'between', { fromMinor: 9, toMinor: 1, currency: 'EUR' }), condition('amount', 'gt', { amountMinor: 1, currency: 'euro' })));
    expect(money.ok).toBe(false);
    if (!money.ok) expect(money.issues).toHaveLength(3);
  });

  it('refuses deep nesting without following it, and too many conditions', () => {
    const deep = checkDefinition('contact', root(nested(100_000)));
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.issues[0]!.code).toBe('too_deep');
    expect(checkDefinition('contact', root(nested(segmentLimits.maxDepth - 1))).ok).toBe(true);
    expect(definitionDepth(root(nested(3)) as never)).toBe(3);
    expect(checkDefinition('contact', root(nested(segmentLimits.maxDepth))).ok).toBe(true);
    expect(checkDefinition('contact', root(nested(segmentLimits.maxDepth + 1))).ok).toBe(false);
    const many = root(...Array.from({ length: 3 }, () => ({ kind: 'group', match: 'any', children: Array.from({ length: 25 }, () => condition('city', 'contains', 'a')) })));
    const check = checkDefinition('contact', many);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map((issue) => issue.code)).toContain('too_many_conditions');
  });

  it('never throws on arbitrary data, and only accepts what it can return as a definition', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.constantFrom(...(['contact', 'company', 'deal'] as const)), (raw, entity) => {
        const check = checkDefinition(entity, raw);
        if (check.ok) expect(check.definition.kind).toBe('group');
        else expect(check.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the contract refuses a bad definition with issues that name their place under "definition"', () => {
    const parsed = api['segments.save'].input.safeParse({ name: 'Lyon', entity: 'contact', definition: root(condition('nope', 'contains', 'x')), shared: true });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.path).toEqual(['definition', 'children', 0, 'field']);
    const deep = api['segments.preview'].input.safeParse({ entity: 'contact', definition: root(nested(50_000)) });
    expect(deep.success).toBe(false);
  });

  it('offers operators for every field type, and labels every field, relation and operator in French and English', () => {
    for (const type of fieldTypes) {
      expect(operatorsFor(type).length).toBeGreaterThan(0);
      for (const operator of operatorsFor(type)) expect(() => valueKindOf(type, operator)).not.toThrow();
    }
    const lookup = (catalogue: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
    for (const kind of recordKinds) {
      for (const field of segmentFields[kind]) {
        expect(typeof lookup(fr, fieldLabelKey(kind, field.key))).toBe('string');
        expect(typeof lookup(en, fieldLabelKey(kind, field.key))).toBe('string');
        for (const operator of operatorsFor(field.type)) expect(typeof lookup(fr, `segments.operators.${operator}`)).toBe('string');
      }
      for (const relation of segmentRelations[kind]) expect(typeof lookup(fr, `segments.relations.${kind}.${relation.key}`)).toBe('string');
    }
  });
});
