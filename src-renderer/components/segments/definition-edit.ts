import { findField, findRelation } from '../../../src-shared/domain/segments/catalogue';
import { defaultValue, operatorAllowed, operatorsFor, valueKindOf } from '../../../src-shared/domain/segments/operators';
import { newCondition } from '../../../src-shared/domain/segments/definition';
import type { SegmentIssue } from '../../../src-shared/domain/segments/check';
import type {
  RecordKind,
  SegmentCondition,
  SegmentDefinition,
  SegmentEntity,
  SegmentGroup,
  SegmentNode,
  SegmentOperator,
  SegmentRelated,
} from '../../../src-shared/domain/segments/types';

/**
 * Editing a segment definition as a tree: a node is found by its path, the indexes of the
 * children leading to it from the root ([] is the root, [1, 0] the first child of the root's
 * second child). Every edit returns a new definition; the one given is left unchanged.
 */
export type NodePath = readonly number[];

type Container = SegmentGroup | SegmentRelated;

export function nodeAt(root: SegmentDefinition, path: NodePath): SegmentNode | undefined {
  let node: SegmentNode | undefined = root;
  for (const index of path) {
    if (!node || node.kind === 'condition') return undefined;
    node = node.children[index];
  }
  return node;
}

/** The definition with the node at `path` replaced by what `change` makes of it. */
export function updateAt(root: SegmentDefinition, path: NodePath, change: (node: SegmentNode) => SegmentNode): SegmentDefinition {
  const walk = (node: SegmentNode, depth: number): SegmentNode => {
    if (depth === path.length) return change(node);
    if (node.kind === 'condition') return node;
    const index = path[depth];
    return { ...node, children: node.children.map((child, position) => (position === index ? walk(child, depth + 1) : child)) };
  };
  const next = walk(root, 0);
  return next.kind === 'group' ? next : root;
}

/** The definition without the node at `path` (the root itself is never removed). */
export function removeAt(root: SegmentDefinition, path: NodePath): SegmentDefinition {
  if (path.length === 0) return root;
  const parent = path.slice(0, -1);
  const index = path[path.length - 1];
  return updateAt(root, parent, (node) => (node.kind === 'condition' ? node : { ...node, children: node.children.filter((_, position) => position !== index) }));
}

/** The definition with `child` added last in the group (or related group) at `path`. */
export function appendAt(root: SegmentDefinition, path: NodePath, child: SegmentNode): SegmentDefinition {
  return updateAt(root, path, (node) => (node.kind === 'condition' ? node : { ...node, children: [...node.children, child] }));
}

/** What the conditions of the group at `path` are about: the list's entity, or the related record of the nearest "has a … where" above. */
export function kindAt(entity: SegmentEntity, root: SegmentDefinition, path: NodePath): RecordKind {
  let kind: RecordKind = entity;
  let node: SegmentNode | undefined = root;
  for (let depth = 0; depth <= path.length; depth++) {
    if (!node || node.kind === 'condition') break;
    if (node.kind === 'related') kind = findRelation(kind, node.relation)?.target ?? kind;
    if (depth === path.length) break;
    node = (node as Container).children[path[depth] ?? -1];
  }
  return kind;
}

/** The condition on another field: its operator kept when the new field's type allows it, its value kept when it still fits. */
export function withField(condition: SegmentCondition, kind: RecordKind, fieldKey: string, currency: string): SegmentCondition {
  const before = findField(kind, condition.field);
  const after = findField(kind, fieldKey);
  if (!after) return condition;
  if (!operatorAllowed(after.type, condition.operator)) return newCondition(kind, fieldKey, currency);
  const keepsValue = before !== undefined && before.type === after.type && before.options === after.options;
  return keepsValue ? { ...condition, field: fieldKey } : withValueFor({ kind: 'condition', field: fieldKey, operator: condition.operator }, after.type, currency);
}

/** The condition with another operator: its value kept when the operator takes the same kind of value. */
export function withOperator(condition: SegmentCondition, kind: RecordKind, operator: SegmentOperator, currency: string): SegmentCondition {
  const field = findField(kind, condition.field);
  if (!field || !operatorAllowed(field.type, operator)) return condition;
  const same = valueKindOf(field.type, condition.operator) === valueKindOf(field.type, operator);
  if (same) return { ...condition, operator };
  return withValueFor({ kind: 'condition', field: condition.field, operator }, field.type, currency);
}

function withValueFor(condition: SegmentCondition, type: Parameters<typeof valueKindOf>[0], currency: string): SegmentCondition {
  const value = defaultValue(valueKindOf(type, condition.operator), currency);
  const bare: SegmentCondition = { kind: 'condition', field: condition.field, operator: condition.operator };
  return value === undefined ? bare : { ...bare, value };
}

/** The operators a field offers (none for a field the catalogue does not know). */
export function operatorsOf(kind: RecordKind, fieldKey: string): readonly SegmentOperator[] {
  const field = findField(kind, fieldKey);
  return field ? operatorsFor(field.type) : [];
}

/** The path as the definition check names places: "children.0.children.2". */
export function issuePathOf(path: NodePath): string {
  return path.map((index) => `children.${index}`).join('.');
}

/**
 * The problems found on the node at `path` itself (its field, operator, value, relation…),
 * not those of nodes inside it.
 */
export function issuesAt(issues: readonly SegmentIssue[], path: NodePath): SegmentIssue[] {
  const own = issuePathOf(path);
  return issues.filter((issue) => {
    if (issue.path === own) return true;
    const prefix = own === '' ? '' : `${own}.`;
    if (!issue.path.startsWith(prefix)) return false;
    const rest = issue.path.slice(prefix.length);
    return rest === 'children' || (rest !== '' && !rest.startsWith('children.'));
  });
}
