import { findField, findRelation } from './catalogue';
import { defaultValue, operatorsFor, valueKindOf } from './operators';
import type { RecordKind, SegmentCondition, SegmentDefinition, SegmentGroup, SegmentNode, SegmentRelated } from './types';

/** A definition matching every record: an empty "all of" root. */
export function emptyDefinition(): SegmentDefinition {
  return { kind: 'group', match: 'all', children: [] };
}

export function emptyGroup(match: 'all' | 'any' = 'any'): SegmentGroup {
  return { kind: 'group', match, children: [] };
}

/** A new condition on a field of that kind, with the field's first operator and a starting value. */
export function newCondition(kind: RecordKind, fieldKey: string, currency = 'EUR'): SegmentCondition {
  const field = findField(kind, fieldKey);
  if (!field) throw new Error(`Unknown field ${kind}.${fieldKey}`);
  const operator = operatorsFor(field.type)[0]!;
  const value = defaultValue(valueKindOf(field.type, operator), currency);
  return value === undefined ? { kind: 'condition', field: fieldKey, operator } : { kind: 'condition', field: fieldKey, operator, value };
}

/** A new "has a … where" group on a relation of that kind. */
export function newRelated(kind: RecordKind, relationKey: string, quantifier: 'some' | 'none' = 'some'): SegmentRelated {
  if (!findRelation(kind, relationKey)) throw new Error(`Unknown relation ${kind}.${relationKey}`);
  return { kind: 'related', relation: relationKey, quantifier, match: 'all', children: [] };
}

/** Conditions and related groups in a definition (what the limit counts). */
export function conditionCount(node: SegmentNode): number {
  if (node.kind === 'condition') return 1;
  const inner = node.children.reduce((sum, child) => sum + conditionCount(child), 0);
  return node.kind === 'related' ? inner + 1 : inner;
}

/** How deep groups nest below the root (the root alone: 0). */
export function definitionDepth(node: SegmentNode): number {
  if (node.kind === 'condition') return 0;
  return node.children.reduce((deepest, child) => Math.max(deepest, child.kind === 'condition' ? 0 : 1 + definitionDepth(child)), 0);
}
