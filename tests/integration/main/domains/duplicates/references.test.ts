import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../../../../src-main/db/schema';
import { recordReferences } from '../../../../../src-main/db/record-references';
import { syncedTables } from '../../../../../src-main/db/synced-tables';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

/*
 * The merge and the sync re-pointing read one table of the columns that reference contacts and
 * companies. A new column of that kind that the table misses would leave links behind on a
 * merged record: this test fails until it is added (or said not to be a reference).
 */

/** Columns whose name says they hold a contact's or a company's id. */
const referenceName = /(^|_)(contact|company)_id$/;
/** Columns that hold a record's id of any kind, with the entity beside it. */
const polymorphic = new Set(['record_tags.record_id']);
/** JSON columns known to hold contact or company ids. */
const jsonReferences = new Set(['activities.attendees', 'saved_views.state']);

function schemaReferences(): string[] {
  const found: string[] = [];
  for (const table of Object.values(schema)) {
    if (typeof table !== 'object' || table === null || !(Symbol.for('drizzle:IsDrizzleTable') in table)) continue;
    const config = getTableConfig(table as Parameters<typeof getTableConfig>[0]);
    if (!(config.name in syncedTables)) continue;
    for (const column of config.columns) {
      const name = `${config.name}.${column.name}`;
      if (referenceName.test(column.name) || polymorphic.has(name) || jsonReferences.has(name)) found.push(name);
    }
  }
  return [...new Set(found)].sort();
}

describe('the table of references to contacts and companies', () => {
  it('covers every synced column that references a contact or a company', () => {
    const covered = [...new Set(recordReferences.map((reference) => `${reference.table}.${reference.column}`))].sort();
    expect(schemaReferences()).toEqual(covered);
    // Contacts and companies both: a polymorphic column for each entity it holds.
    expect(recordReferences.filter((reference) => reference.table === 'record_tags').map((reference) => reference.target).sort()).toEqual(['companies', 'contacts']);
  });

  describe('derives the same join-row ids as the services that make them', () => {
    let core: TestCore;
    beforeEach(() => {
      core = openTestCore();
    });
    afterEach(() => core.dispose());

    it('tags, deal contacts and price list assignments', async () => {
      const contact = await call(core, 'contacts.create', { lastName: 'Martin' });
      const company = await call(core, 'companies.create', { name: 'Acme' });
      const tag = await call(core, 'tags.create', { name: 'VIP', color: 'red' });
      await call(core, 'tags.assign', { entity: 'contact', recordIds: [contact.id], tagId: tag.id });
      await call(core, 'tags.assign', { entity: 'company', recordIds: [company.id], tagId: tag.id });
      const deal = await call(core, 'deals.create', { title: 'Contrat', contacts: [{ contactId: contact.id, role: null }] });
      const list = await call(core, 'priceLists.save', { name: 'Grands comptes', currency: 'EUR' });
      await call(core, 'priceLists.assign', { priceListId: list.id, companyId: company.id });

      for (const reference of recordReferences) {
        if (reference.kind !== 'join') continue;
        const to = reference.target === 'contacts' ? contact.id : company.id;
        const rows = core.db.prepare(`SELECT * FROM ${reference.table} WHERE ${reference.column} = ?`).all(to) as Record<string, string | number | null>[];
        const ours = rows.filter((row) => !reference.where || row[reference.where.column] === reference.where.value);
        expect({ table: reference.table, count: ours.length }).toEqual({ table: reference.table, count: 1 });
        for (const row of ours) expect(reference.idFor(row, to)).toBe(row.id);
      }
      expect(deal.contacts).toHaveLength(1);
    });
  });
});
