/**
 * Reads a segment definition from untrusted data (a request, a synced row): every node's shape,
 * every field and relation against the catalogue, every operator against its field's type,
 * every value against its operator, and the bounds (limits.ts). Never recurses deeper than the
 * depth limit, so hostile nesting is refused, not followed.
 */
import { uuidPattern } from '../ids';
import { findField, findRelation, optionSets, type FieldSpec } from './catalogue';
import { segmentLimits } from './limits';
import { operatorAllowed, valueKindOf, type ValueKind } from './operators';
import {
  relativeDateUnits,
  segmentOperators,
  type ConditionValue,
  type GroupMatch,
  type RecordKind,
  type SegmentDefinition,
  type SegmentGroup,
  type SegmentNode,
  type SegmentOperator,
} from './types';

export type SegmentIssueCode =
  | 'invalid_shape'
  | 'unknown_field'
  | 'unknown_relation'
  | 'unknown_operator'
  | 'operator_not_allowed'
  | 'invalid_value'
  | 'too_deep'
  | 'too_many_conditions'
  | 'too_many_children';

/** What is wrong and where: `path` as "children.0.value", `code` for the i18n key `segments.errors.<code>`. */
export type SegmentIssue = { path: string; code: SegmentIssueCode; message: string };

export type DefinitionCheck = { ok: true; definition: SegmentDefinition } | { ok: false; issues: SegmentIssue[] };

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const currencyPattern = /^[A-Z]{3}$/;

/** A real calendar day "2026-02-28" (not "2026-02-30"). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isBoundedNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= segmentLimits.maxNumber;
const isMinor = (value: unknown): value is number => isBoundedNumber(value) && Number.isInteger(value);
const isCurrency = (value: unknown): value is string => typeof value === 'string' && currencyPattern.test(value);

function hasOnlyKeys(value: Obj, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

class Reader {
  readonly issues: SegmentIssue[] = [];
  conditions = 0;

  add(path: string, code: SegmentIssueCode, message: string): void {
    if (this.issues.length < 50) this.issues.push({ path, code, message });
  }

  /** A group's or related group's children; null when unreadable. */
  children(kind: RecordKind, raw: unknown, path: string, depth: number): SegmentNode[] | null {
    if (!Array.isArray(raw)) {
      this.add(path, 'invalid_shape', 'must be a list of conditions and groups');
      return null;
    }
    if (raw.length > segmentLimits.maxChildren) {
      this.add(path, 'too_many_children', `a group holds at most ${segmentLimits.maxChildren} conditions and groups`);
      return null;
    }
    const nodes: SegmentNode[] = [];
    raw.forEach((child, index) => {
      const node = this.node(kind, child, `${path}.${index}`, depth);
      if (node) nodes.push(node);
    });
    return nodes;
  }

  match(raw: unknown, path: string): GroupMatch | null {
    if (raw === 'all' || raw === 'any') return raw;
    this.add(`${path}.match`, 'invalid_shape', 'must be "all" or "any"');
    return null;
  }

  node(kind: RecordKind, raw: unknown, path: string, depth: number): SegmentNode | null {
    if (!isObject(raw)) {
      this.add(path, 'invalid_shape', 'must be a condition or a group');
      return null;
    }
    if (raw.kind === 'condition') return this.condition(kind, raw, path);
    if (raw.kind !== 'group' && raw.kind !== 'related') {
      this.add(`${path}.kind`, 'invalid_shape', 'must be "condition", "group" or "related"');
      return null;
    }
    if (depth >= segmentLimits.maxDepth) {
      this.add(path, 'too_deep', `groups nest at most ${segmentLimits.maxDepth} levels deep`);
      return null;
    }
    if (raw.kind === 'group') return this.group(kind, raw, path, depth + 1);
    return this.related(kind, raw, path, depth + 1);
  }

  group(kind: RecordKind, raw: Obj, path: string, depth: number): SegmentGroup | null {
    if (!hasOnlyKeys(raw, ['kind', 'match', 'children'])) this.add(path, 'invalid_shape', 'a group has only kind, match and children');
    const match = this.match(raw.match, path);
    const children = this.children(kind, raw.children, `${path}${path ? '.' : ''}children`, depth);
    return match && children ? { kind: 'group', match, children } : null;
  }

  related(kind: RecordKind, raw: Obj, path: string, depth: number): SegmentNode | null {
    this.conditions += 1;
    if (!hasOnlyKeys(raw, ['kind', 'relation', 'quantifier', 'match', 'children'])) this.add(path, 'invalid_shape', 'a related group has only kind, relation, quantifier, match and children');
    const relation = typeof raw.relation === 'string' ? findRelation(kind, raw.relation) : undefined;
    if (!relation) {
      this.add(`${path}.relation`, 'unknown_relation', `unknown related record "${String(raw.relation).slice(0, 40)}" for a ${kind}`);
      return null;
    }
    const quantifier = raw.quantifier === 'some' || raw.quantifier === 'none' ? raw.quantifier : null;
    if (!quantifier) this.add(`${path}.quantifier`, 'invalid_shape', 'must be "some" or "none"');
    const match = this.match(raw.match, path);
    const children = this.children(relation.target, raw.children, `${path}.children`, depth);
    return quantifier && match && children ? { kind: 'related', relation: relation.key, quantifier, match, children } : null;
  }

  condition(kind: RecordKind, raw: Obj, path: string): SegmentNode | null {
    this.conditions += 1;
    if (!hasOnlyKeys(raw, ['kind', 'field', 'operator', 'value'])) this.add(path, 'invalid_shape', 'a condition has only kind, field, operator and value');
    const field = typeof raw.field === 'string' ? findField(kind, raw.field) : undefined;
    if (!field) {
      this.add(`${path}.field`, 'unknown_field', `unknown field "${String(raw.field).slice(0, 40)}" for a ${kind}`);
      return null;
    }
    const operator = segmentOperators.find((candidate) => candidate === raw.operator);
    if (!operator) {
      this.add(`${path}.operator`, 'unknown_operator', `unknown operator "${String(raw.operator).slice(0, 40)}"`);
      return null;
    }
    if (!operatorAllowed(field.type, operator)) {
      this.add(`${path}.operator`, 'operator_not_allowed', `"${operator}" does not apply to the ${field.type} field "${field.key}"`);
      return null;
    }
    const value = this.value(field, operator, raw.value, `${path}.value`);
    if (value === null) return null;
    return value === undefined ? { kind: 'condition', field: field.key, operator } : { kind: 'condition', field: field.key, operator, value };
  }

  /** The value checked against its operator: undefined for none, null when refused. */
  value(field: FieldSpec, operator: SegmentOperator, raw: unknown, path: string): ConditionValue | undefined | null {
    const kind = valueKindOf(field.type, operator);
    const value = readValue(kind, field, raw);
    if (value === null) this.add(path, 'invalid_value', valueMessage(kind));
    return value;
  }
}

function readText(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  return text.length >= 1 && text.length <= segmentLimits.maxTextLength ? text : null;
}

function readList(raw: unknown, accept: (item: string) => boolean): string[] | null {
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > segmentLimits.maxListItems) return null;
  if (!raw.every((item): item is string => typeof item === 'string' && accept(item))) return null;
  return [...new Set(raw)];
}

function readValue(kind: ValueKind, field: FieldSpec, raw: unknown): ConditionValue | undefined | null {
  switch (kind) {
    case 'none':
      return raw === undefined || raw === null ? undefined : null;
    case 'text':
      return readText(raw);
    case 'number':
      return isBoundedNumber(raw) ? raw : null;
    case 'numberRange':
      return isObject(raw) && hasOnlyKeys(raw, ['from', 'to']) && isBoundedNumber(raw.from) && isBoundedNumber(raw.to) && raw.from <= raw.to
        ? { from: raw.from, to: raw.to }
        : null;
    case 'money':
      return isObject(raw) && hasOnlyKeys(raw, ['amountMinor', 'currency']) && isMinor(raw.amountMinor) && isCurrency(raw.currency)
        ? { amountMinor: raw.amountMinor, currency: raw.currency }
        : null;
    case 'moneyRange':
      return isObject(raw) && hasOnlyKeys(raw, ['fromMinor', 'toMinor', 'currency']) && isMinor(raw.fromMinor) && isMinor(raw.toMinor) && raw.fromMinor <= raw.toMinor && isCurrency(raw.currency)
        ? { fromMinor: raw.fromMinor, toMinor: raw.toMinor, currency: raw.currency }
        : null;
    case 'day':
      return isCalendarDay(raw) ? raw : null;
    case 'dayRange':
      return isObject(raw) && hasOnlyKeys(raw, ['fromDay', 'toDay']) && isCalendarDay(raw.fromDay) && isCalendarDay(raw.toDay) && raw.fromDay <= raw.toDay
        ? { fromDay: raw.fromDay, toDay: raw.toDay }
        : null;
    case 'relative': {
      if (!isObject(raw) || !hasOnlyKeys(raw, ['amount', 'unit'])) return null;
      const unit = relativeDateUnits.find((candidate) => candidate === raw.unit);
      const amount = raw.amount;
      return unit && typeof amount === 'number' && Number.isInteger(amount) && amount >= 1 && amount <= segmentLimits.maxRelativeAmount ? { amount, unit } : null;
    }
    case 'options': {
      const options: readonly string[] = field.options ? optionSets[field.options] : [];
      return readList(raw, (item) => options.includes(item));
    }
    case 'ids':
      return readList(raw, (item) => uuidPattern.test(item));
  }
}

function valueMessage(kind: ValueKind): string {
  switch (kind) {
    case 'none':
      return 'this operator takes no value';
    case 'text':
      return `enter a text of 1 to ${segmentLimits.maxTextLength} characters`;
    case 'number':
      return 'enter a number';
    case 'numberRange':
      return 'enter two numbers, the first not above the second';
    case 'money':
      return 'enter an amount in minor units with its currency';
    case 'moneyRange':
      return 'enter two amounts in minor units, the first not above the second, with their currency';
    case 'day':
      return 'enter a date such as 2026-11-22';
    case 'dayRange':
      return 'enter two dates, the first not after the second';
    case 'relative':
      return `enter a whole number from 1 to ${segmentLimits.maxRelativeAmount} and a unit (day, week, month, year)`;
    case 'options':
      return `choose 1 to ${segmentLimits.maxListItems} of the listed values`;
    case 'ids':
      return `choose 1 to ${segmentLimits.maxListItems} records`;
  }
}

/** The definition of a segment over `entity`, or what is wrong with it. */
export function checkDefinition(entity: RecordKind, raw: unknown): DefinitionCheck {
  const reader = new Reader();
  let definition: SegmentGroup | null = null;
  if (!isObject(raw) || raw.kind !== 'group') reader.add('', 'invalid_shape', 'a definition is a group: { kind: "group", match, children }');
  else definition = reader.group(entity, raw, '', 0);
  if (reader.conditions > segmentLimits.maxConditions) {
    reader.add('', 'too_many_conditions', `a segment holds at most ${segmentLimits.maxConditions} conditions`);
  }
  if (reader.issues.length > 0 || !definition) return { ok: false, issues: reader.issues };
  return { ok: true, definition };
}
