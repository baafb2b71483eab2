import type { Row, SqlValue } from '../../db/synced-tables';

/**
 * Turns a validated patch (contract field names) into column values: arrays and objects become
 * JSON, booleans 0/1; fields absent from the patch are left out (unchanged).
 */
export function toColumns(patch: Record<string, unknown>, columns: Record<string, string>): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(patch)) {
    const column = columns[field];
    if (column === undefined || value === undefined) continue;
    row[column] = toSqlValue(value);
  }
  return row;
}

export function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

/** The inverse map, for reading the change log in the user's words ("first_name" → "firstName"). */
export function fieldNamesByColumn(columns: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(columns).map(([field, column]) => [column, field]));
}
