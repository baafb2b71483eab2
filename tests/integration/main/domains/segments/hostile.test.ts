import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDefinition } from '../../../../../src-main/domains/segments/compile';
import { checkDefinition } from '../../../../../src-shared/domain/segments/check';
import { segmentFields, type FieldSpec } from '../../../../../src-shared/domain/segments/catalogue';
import { operatorsFor, valueKindOf } from '../../../../../src-shared/domain/segments/operators';
import type { SegmentEntity } from '../../../../../src-shared/domain/segments/types';
import { openTestCore, type TestCore } from '../../../../helpers/core';

let core: TestCore;
beforeAll(() => {
  core = openTestCore();
});
afterAll(() => core?.dispose());

const tables: Record<SegmentEntity, string> = { contact: 'contacts', company: 'companies', deal: 'deals' };
const MARK = 'qzx';
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("'; DROP TABLE contacts; --", '" OR 1=1 --', ') OR (1=1', '%', '_', '\\', "\\'", '*/ SELECT', '\u0000', 'é\u0301', '🙂', 'NULL'),
);

/** Text fields and text operators of an entity: where a typed value meets the SQL. */
function textConditions(entity: SegmentEntity) {
  const fields = (segmentFields[entity] as readonly FieldSpec[]).filter((field) => field.type === 'text');
  return fc.constantFrom(...fields).chain((field) =>
    fc
      .constantFrom(...operatorsFor(field.type).filter((operator) => valueKindOf(field.type, operator) === 'text'))
      .chain((operator) => fc.tuple(hostile, hostile).map(([before, after]) => ({ kind: 'condition' as const, field: field.key, operator, value: `${before}${MARK}${after}` }))),
  );
}

describe('hostile definitions', () => {
  for (const entity of ['contact', 'company', 'deal'] as const) {
    it(`on ${entity} records: user text only ever reaches SQL as a parameter, and the SQL runs`, () => {
      fc.assert(
        fc.property(fc.array(textConditions(entity), { minLength: 1, maxLength: 5 }), fc.constantFrom('all' as const, 'any' as const), (conditions, match) => {
          const check = checkDefinition(entity, { kind: 'group', match, children: conditions });
          if (!check.ok) {
            // Only values that trim to nothing or run over the limit are refused.
            expect(check.issues.every((issue) => issue.code === 'invalid_value')).toBe(true);
            return;
          }
          const compiled = compileDefinition(entity, check.definition, 'r', { db: core.read, userId: core.userId, nowMs: Date.now(), timeZone: 'Europe/Paris' });
          expect(compiled.sql.toLowerCase()).not.toContain(MARK);
          expect(compiled.params.some((param) => typeof param === 'string' && param.includes(MARK))).toBe(true);
          expect(() => core.db.prepare(`SELECT count(*) FROM ${tables[entity]} r WHERE ${compiled.sql}`).pluck().get(...compiled.params)).not.toThrow();
        }),
        { numRuns: 300 },
      );
    });
  }

  it('refuses SQL in field names, relations, operators, match words and keys', () => {
    fc.assert(
      fc.property(hostile.filter((text) => text.length > 0), fc.constantFrom('field', 'operator', 'relation', 'match', 'extra'), (text, where) => {
        const condition: Record<string, unknown> = { kind: 'condition', field: 'city', operator: 'contains', value: 'Lyon' };
        let node: Record<string, unknown> = condition;
        if (where === 'field') condition.field = `city${text}`;
        if (where === 'operator') condition.operator = `contains${text}`;
        if (where === 'extra') condition[`sql${text}`] = 'x';
        if (where === 'relation') node = { kind: 'related', relation: `deals${text}`, quantifier: 'some', match: 'all', children: [] };
        const root = { kind: 'group', match: where === 'match' ? `all${text}` : 'all', children: [node] };
        expect(checkDefinition('contact', root).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
