import type { ConditionValue, FieldType, SegmentOperator } from './types';

/** The operators each field type offers, in the order the builder lists them (the first is the default). */
export const operatorsByType = {
  text: ['contains', 'notContains', 'startsWith', 'equals', 'notEquals', 'isEmpty', 'isNotEmpty'],
  number: ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  money: ['gt', 'gte', 'lt', 'lte', 'between', 'equals', 'notEquals'],
  date: ['inLast', 'moreThanAgo', 'inNext', 'on', 'before', 'after', 'dateBetween', 'isEmpty', 'isNotEmpty'],
  enum: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
  user: ['in', 'notIn', 'isMe'],
  tag: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
  stage: ['in', 'notIn'],
  pipeline: ['in', 'notIn'],
  boolean: ['isTrue', 'isFalse'],
} as const satisfies Record<FieldType, readonly SegmentOperator[]>;

export function operatorsFor(type: FieldType): readonly SegmentOperator[] {
  return operatorsByType[type];
}

export function operatorAllowed(type: FieldType, operator: SegmentOperator): boolean {
  return (operatorsByType[type] as readonly SegmentOperator[]).includes(operator);
}

/**
 * The shape of the value an operator takes on a field type:
 * none (no value), text, number, numberRange { from, to }, money { amountMinor, currency },
 * moneyRange { fromMinor, toMinor, currency }, day "YYYY-MM-DD", dayRange { fromDay, toDay },
 * relative { amount, unit }, options (enum values), ids (user / tag / stage / pipeline ids).
 */
export type ValueKind = 'none' | 'text' | 'number' | 'numberRange' | 'money' | 'moneyRange' | 'day' | 'dayRange' | 'relative' | 'options' | 'ids';

export function valueKindOf(type: FieldType, operator: SegmentOperator): ValueKind {
  switch (operator) {
    case 'isEmpty':
    case 'isNotEmpty':
    case 'isMe':
    case 'isTrue':
    case 'isFalse':
      return 'none';
    case 'contains':
    case 'notContains':
    case 'startsWith':
      return 'text';
    case 'equals':
    case 'notEquals':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return type === 'money' ? 'money' : type === 'number' ? 'number' : 'text';
    case 'between':
      return type === 'money' ? 'moneyRange' : 'numberRange';
    case 'on':
    case 'before':
    case 'after':
      return 'day';
    case 'dateBetween':
      return 'dayRange';
    case 'inLast':
    case 'moreThanAgo':
    case 'inNext':
      return 'relative';
    case 'in':
    case 'notIn':
      return type === 'enum' ? 'options' : 'ids';
  }
}

/** A value to start from when the user picks an operator (money in `currency`, the office's base one). */
export function defaultValue(kind: ValueKind, currency = 'EUR'): ConditionValue | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'text':
    case 'day':
      return '';
    case 'number':
      return 0;
    case 'numberRange':
      return { from: 0, to: 0 };
    case 'money':
      return { amountMinor: 0, currency };
    case 'moneyRange':
      return { fromMinor: 0, toMinor: 0, currency };
    case 'dayRange':
      return { fromDay: '', toDay: '' };
    case 'relative':
      return { amount: 30, unit: 'day' };
    case 'options':
    case 'ids':
      return [];
  }
}
