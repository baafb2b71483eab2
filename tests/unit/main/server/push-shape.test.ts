import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedPush } from '../../../../src-main/server/push-shape';
import { MAX_TEXT_LENGTH } from '../../../../src-shared/sync/catalog';
import { pushRequestSchema } from '../../../../src-shared/sync/protocol';

const hlc = '001795397652853-00000-88078306b42afebb';
const change = { hlc, tbl: 'contacts', rowId: 'c1', changes: { first_name: 'Émile', deleted: 0, city: null }, prev: { first_name: hlc } };
const push = { protocol: 1, schema: 1, txns: [{ txnId: 't1', changes: [change] }, { txnId: 't2', changes: [change], part: { index: 1, count: 3 } }] };

/** The fast check never accepts what the schema refuses, and gives back what the schema would. */
function agrees(value: unknown): void {
  const parsed = pushRequestSchema.safeParse(value);
  if (isWellFormedPush(value)) {
    expect(parsed.success).toBe(true);
    expect(value).toEqual(parsed.data);
  }
}

describe('the fast check of a push request', () => {
  it('accepts a well-formed push as it is', () => {
    expect(isWellFormedPush(push)).toBe(true);
    expect(isWellFormedPush(JSON.parse(JSON.stringify(push)))).toBe(true);
    agrees(push);
  });

  it.each([
    ['an unknown key', { ...push, extra: 1 }],
    ['a fractional protocol', { ...push, protocol: 1.5 }],
    ['a malformed HLC', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, hlc: 'yesterday' }] }] }],
    ['a control character in an id', { ...push, txns: [{ txnId: 't\u0000', changes: [change] }] }],
    ['a prev naming a field not written', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, prev: { color: hlc } }] }] }],
    ['a prev that is not an HLC', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, prev: { first_name: 'hier' } }] }] }],
    ['a part out of range', { ...push, txns: [{ txnId: 't1', changes: [change], part: { index: 2, count: 2 } }] }],
    ['a transaction without changes', { ...push, txns: [{ txnId: 't1', changes: [] }] }],
    ['a value that is neither text, a number nor null', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, changes: { first_name: true } }] }] }],
    ['a text too long', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, prev: undefined, changes: { notes: 'x'.repeat(MAX_TEXT_LENGTH + 1) } }] }] }],
    ['too many changes in all', { ...push, txns: [{ txnId: 't1', changes: Array.from({ length: 3_000 }, () => change) }, { txnId: 't2', changes: Array.from({ length: 2_001 }, () => change) }] }],
    ['an empty field name', { ...push, txns: [{ txnId: 't1', changes: [{ ...change, prev: undefined, changes: { '': 'x' } }] }] }],
  ])('leaves %s to the schema, which refuses it', (_what, value) => {
    const sent = JSON.parse(JSON.stringify(value)) as unknown;
    expect(isWellFormedPush(sent)).toBe(false);
    expect(pushRequestSchema.safeParse(sent).success).toBe(false);
  });

  it('never accepts what the schema refuses, on generated requests', () => {
    const text = fc.oneof(fc.constantFrom('', 'c1', 'contacts', hlc, '__proto__', 't\u0001', 'x'.repeat(65)), fc.string({ maxLength: 70 }));
    const cell = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null), fc.boolean());
    const record = fc.dictionary(text, fc.oneof(cell, fc.constant(hlc)), { maxKeys: 4 });
    const generated = fc.record(
      {
        hlc: fc.oneof(fc.constant(hlc), text),
        tbl: text,
        rowId: text,
        changes: fc.oneof(record, cell),
        prev: fc.oneof(record, fc.constant(undefined)),
        extra: cell,
      },
      { requiredKeys: [] },
    );
    const txn = fc.record(
      { txnId: text, changes: fc.array(generated, { maxLength: 3 }), part: fc.record({ index: fc.integer({ min: -1, max: 4 }), count: fc.integer({ min: 0, max: 600 }) }), extra: cell },
      { requiredKeys: [] },
    );
    const request = fc.record({ protocol: fc.oneof(fc.integer(), fc.double()), schema: fc.integer(), txns: fc.array(txn, { maxLength: 3 }), extra: cell }, { requiredKeys: ['txns'] });
    fc.assert(
      fc.property(request, (value) => {
        const sent = JSON.parse(JSON.stringify(value)) as unknown;
        agrees(sent);
      }),
      { numRuns: 2_000 },
    );
  });
});
