/**
 * Saved segments: a filter over contacts, companies or deals built without SQL. The definition
 * is plain data — groups of conditions on the catalogue's fields (catalogue.ts) and existential
 * groups on related records ("has a deal where…", "has no activity where…") — validated
 * (check.ts) and compiled by the core to parameterised SQL.
 */

/** The lists a segment filters. */
export const segmentEntities = ['contact', 'company', 'deal'] as const;
export type SegmentEntity = (typeof segmentEntities)[number];

/** Records a condition can reach: a segment's entities, plus activities as related records. */
export const recordKinds = ['contact', 'company', 'deal', 'activity'] as const;
export type RecordKind = (typeof recordKinds)[number];

/**
 * What a field holds, which decides its operators and the value picker:
 * `enum` has fixed options (catalogue), `user` / `tag` / `stage` / `pipeline` are picked among
 * the office's users, tags, pipeline stages and pipelines (values are their ids).
 */
export const fieldTypes = ['text', 'number', 'money', 'date', 'enum', 'user', 'tag', 'stage', 'pipeline', 'boolean'] as const;
export type FieldType = (typeof fieldTypes)[number];

export const segmentOperators = [
  // text
  'contains',
  'notContains',
  'startsWith',
  'equals',
  'notEquals',
  // number, money
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  // date (absolute days, in the user's time zone)
  'on',
  'before',
  'after',
  'dateBetween',
  // date (relative to now)
  'inLast',
  'moreThanAgo',
  'inNext',
  // lists: enum, user, tag, stage, pipeline
  'in',
  'notIn',
  // user
  'isMe',
  // boolean
  'isTrue',
  'isFalse',
  // any type but boolean
  'isEmpty',
  'isNotEmpty',
] as const;
export type SegmentOperator = (typeof segmentOperators)[number];

/** Units of relative dates: "in the last 30 days", "more than 2 months ago". */
export const relativeDateUnits = ['day', 'week', 'month', 'year'] as const;
export type RelativeDateUnit = (typeof relativeDateUnits)[number];

/** A money amount in integer minor units (cents for EUR) of `currency`. */
export type MoneyValue = { amountMinor: number; currency: string };

/** The value a condition compares with; its shape follows the operator (see operators.ts valueKindOf). */
export type ConditionValue =
  /** text operators; on / before / after: a calendar day "2026-11-22" */
  | string
  /** gt / gte / lt / lte / equals / notEquals on numbers */
  | number
  /** between on numbers (inclusive) */
  | { from: number; to: number }
  /** between on dates (inclusive calendar days) */
  | { fromDay: string; toDay: string }
  /** gt / gte / lt / lte / equals / notEquals on money */
  | MoneyValue
  /** between on money (inclusive) */
  | { fromMinor: number; toMinor: number; currency: string }
  /** inLast / moreThanAgo / inNext */
  | { amount: number; unit: RelativeDateUnit }
  /** in / notIn: option values or ids */
  | string[];

/** One comparison on a field of the record the enclosing group is about. */
export type SegmentCondition = {
  kind: 'condition';
  field: string;
  operator: SegmentOperator;
  /** Absent for isEmpty, isNotEmpty, isMe, isTrue, isFalse. */
  value?: ConditionValue;
};

/** `all`: every child holds (AND); `any`: at least one holds (OR). */
export type GroupMatch = 'all' | 'any';

/** AND / OR over conditions and groups, about the same record. */
export type SegmentGroup = {
  kind: 'group';
  match: GroupMatch;
  children: SegmentNode[];
};

/**
 * Conditions on a related record that must hold for ONE AND THE SAME related record:
 * `some` = "has a deal where status is open AND amount > 10 000 €",
 * `none` = "has no activity where date is in the last 60 days".
 * Its children are about the related record (its fields and its own relations).
 * With no children: "has a deal" / "has no deal".
 */
export type SegmentRelated = {
  kind: 'related';
  relation: string;
  quantifier: 'some' | 'none';
  match: GroupMatch;
  children: SegmentNode[];
};

export type SegmentNode = SegmentCondition | SegmentGroup | SegmentRelated;

/** A segment's filter: its root group (an empty root matches every record of the list). */
export type SegmentDefinition = SegmentGroup;

/** A saved segment as the core returns it. */
export type Segment = {
  id: string;
  name: string;
  entity: SegmentEntity;
  definition: SegmentDefinition;
  /** Seen by the whole office (or a team / territory); false: its owner only. */
  shared: boolean;
  /** The stored scope: null = office, 'private', 'team:<id>', 'territory:<id>'. */
  scope: string | null;
  owner: { id: string; displayName: string } | null;
  /** The current user may edit and delete it (its owner, or a manager / administrator). */
  canEdit: boolean;
  /** The stored definition could not be read (written by a newer version): it matches nothing until saved again. */
  unreadable: boolean;
  createdAt: string;
  updatedAt: string;
};

/** A live count while building, and the first records matched. */
export type SegmentPreview = {
  count: number;
  records: { id: string; name: string }[];
};
