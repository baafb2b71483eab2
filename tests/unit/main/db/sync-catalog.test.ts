import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../../src-main/db/schema';
import { syncedTables } from '../../../../src-main/db/synced-tables';
import { fieldProblem, syncCatalog, type TableCatalogEntry } from '../../../../src-shared/sync/catalog';

const tables = new Map(
  (Object.values(schema) as unknown[])
    .filter((value): value is SQLiteTable => typeof value === 'object' && value !== null && Symbol.for('drizzle:Name') in value)
    .map((table) => [getTableConfig(table).name, table]),
);

describe('the sync catalog', () => {
  it('lists exactly the synced tables of the desktop database', () => {
    expect(Object.keys(syncCatalog).sort()).toEqual(Object.keys(syncedTables).sort());
  });

  it.each(Object.keys(syncCatalog))('matches the data fields, types and required fields of %s', (name) => {
    const entry: TableCatalogEntry = syncCatalog[name as keyof typeof syncCatalog];
    const spec = syncedTables[name as keyof typeof syncedTables];
    const config = getTableConfig(tables.get(name) as SQLiteTable);
    const dataColumns = config.columns.filter((column) => spec.fields.has(column.name));
    expect(Object.keys(entry.fields).sort()).toEqual(dataColumns.map((column) => column.name).sort());
    for (const column of dataColumns) expect(entry.fields[column.name]).toBe(column.getSQLType());
    const required = dataColumns.filter((column) => column.notNull && !column.hasDefault).map((column) => column.name);
    expect([...entry.required].sort()).toEqual(required.sort());
  });

  it('checks values against the field types', () => {
    const contacts: TableCatalogEntry = syncCatalog.contacts;
    expect(fieldProblem(contacts, 'city', 'Lyon')).toBeNull();
    expect(fieldProblem(contacts, 'city', 3)).toBe('city must be text');
    expect(fieldProblem(contacts, 'deleted', 1.5)).toBe('deleted must be an integer');
    expect(fieldProblem(contacts, 'owner_id', null)).toBe('owner_id cannot be empty');
    expect(fieldProblem(contacts, 'password', 'x')).toBe('unknown field password');
    expect(fieldProblem(contacts, 'notes', 'x'.repeat(200_001))).toBe('notes is too long');
  });
});
