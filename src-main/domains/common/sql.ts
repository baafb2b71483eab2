import type { SqlValue } from '../../db/synced-tables';
import { foldText } from '../../../src-shared/domain/text';

/** A WHERE clause built from parts, with its parameters in order. */
export class Conditions {
  readonly parts: string[] = [];
  readonly params: SqlValue[] = [];

  add(sqlText: string, ...params: SqlValue[]): this {
    this.parts.push(sqlText);
    this.params.push(...params);
    return this;
  }

  in(column: string, values: readonly string[]): this {
    return this.add(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  toSql(): string {
    return this.parts.length > 0 ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** A LIKE pattern matching values that start with the folded text, with LIKE wildcards escaped. */
export function foldedPrefixPattern(text: string): string {
  return `${foldText(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The exclusive upper bound of a range end: a bare date includes that whole day. */
/**
 * Values starting with the folded text, as an index-friendly range on a folded column
 * (LIKE cannot use these indexes: it is case-insensitive, the column is not NOCASE).
 */
export function addFoldedPrefix(where: Conditions, column: string, text: string): void {
  const low = foldText(text);
  if (low === '') return;
  where.add(`${column} >= ? AND ${column} < ?`, low, `${low}\u{10FFFF}`);
}

export function rangeEnd(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const next = new Date(`${value}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString();
  }
  return value;
}

export function rangeStart(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}

export function addDateRange(where: Conditions, column: string, range: { from?: string; to?: string } | undefined): void {
  if (range?.from) where.add(`${column} >= ?`, rangeStart(range.from));
  if (range?.to) where.add(`${column} < ?`, rangeEnd(range.to));
}
