import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord, updateRecord } from '../../../../../src-main/db/write-path';
import type { Row } from '../../../../../src-main/db/synced-tables';
import { insertNewRecords, newIds } from '../../../../../src-main/domains/imports/bulk-insert';
import { openTestCore, type TestCore } from '../../../../helpers/core';

/**
 * The import's bulk insert must have exactly the effects of the write path's insertRecord:
 * same stored row (derived columns included), same change-log entry, same field versions, same
 * search entry and duplicate keys. Both ways write the same values; everything but ids and
 * stamps is compared.
 */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const values: Row[] = [
  { first_name: 'Hélène', last_name: 'Dupont', emails: '[{"label":"work","address":"helene@acme.fr"}]', phones: '[{"label":"mobile","raw":"06 12 34 56 78","e164":"+33612345678"}]', city: 'Lyon', owner_id: '' },
  { first_name: null, last_name: 'Martin', job_title: 'Gérant', city: null, owner_id: '', consent_email: 'granted' },
];

type Effects = { row: Row; log: Row; version: Row; search: Row | undefined; keys: Row[] };

function effectsOf(core: TestCore, id: string): Effects {
  const row = core.db.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as Row;
  const log = core.db.prepare('SELECT tbl, changes, prev_hlcs, pushed FROM change_log WHERE row_id = ?').get(id) as Row;
  const version = core.db.prepare('SELECT tbl, field_hlcs FROM row_versions WHERE row_id = ?').get(id) as Row;
  const search = core.db
    .prepare("SELECT f.title, f.body FROM search_docs d JOIN search_fts f ON f.rowid = d.doc_id WHERE d.entity = 'contact' AND d.record_id = ?")
    .get(id) as Row | undefined;
  const keys = core.db.prepare('SELECT kind, key FROM duplicate_keys WHERE record_id = ? ORDER BY kind, key').all(id) as Row[];
  const { id: _id, created_at: _created, updated_at: _updated, ...data } = row;
  const changes = JSON.parse(String(log.changes)) as Row;
  delete changes.created_at;
  return { row: data, log: { ...log, changes: JSON.stringify(changes) }, version, search, keys };
}

describe('insertNewRecords', () => {
  it('has the effects of insertRecord, row for row', () => {
    for (const row of values) row.owner_id = core.userId;
    const oneByOne = write(core, (tx) =>
      values.map((row) => {
        const [id] = newIds(1);
        insertRecord(tx, 'contacts', id as string, row);
        return id as string;
      }),
    );
    const inBulk = write(core, (tx) => insertNewRecords(tx, 'contacts', { count: values.length, at: (index) => values[index] as Row }, () => undefined));
    expect(inBulk).toHaveLength(2);
    for (let index = 0; index < values.length; index++) {
      expect(effectsOf(core, inBulk[index] as string)).toEqual(effectsOf(core, oneByOne[index] as string));
    }
    expect(effectsOf(core, inBulk[0] as string).search?.title).toBe('Hélène Dupont');
    expect(effectsOf(core, inBulk[0] as string).keys.length).toBeGreaterThan(0);
  });

  it('gives companies the same duplicate keys and search entry as insertRecord', () => {
    const company: Row = { name: 'Acme Industrie SAS', legal_id: '552 100 554 00013', website: 'https://www.acme.fr', phones: '[{"label":"work","raw":"01 23 45 67 89","e164":"+33123456789"}]', owner_id: core.userId };
    const keysOf = (id: string) => core.db.prepare('SELECT entity, kind, key FROM duplicate_keys WHERE record_id = ? ORDER BY kind, key').all(id);
    const searchOf = (id: string) => core.db.prepare("SELECT f.title, f.body FROM search_docs d JOIN search_fts f ON f.rowid = d.doc_id WHERE d.entity = 'company' AND d.record_id = ?").get(id);
    const [oneByOne] = newIds(1) as [string];
    write(core, (tx) => insertRecord(tx, 'companies', oneByOne, company));
    const [inBulk] = write(core, (tx) => insertNewRecords(tx, 'companies', { count: 1, at: () => company }, () => undefined)) as [string];
    expect(keysOf(inBulk).length).toBeGreaterThanOrEqual(4);
    expect(keysOf(inBulk)).toEqual(keysOf(oneByOne));
    expect(searchOf(inBulk)).toEqual(searchOf(oneByOne));
  });

  it('writes the keys of many rows, in chunks, as the write path would', () => {
    const many = Array.from({ length: 12_000 }, (_, index): Row => ({ last_name: `Nom ${index}`, emails: JSON.stringify([{ label: 'work', address: `p${index}@exemple.fr` }]), owner_id: core.userId }));
    const ids = write(core, (tx) => insertNewRecords(tx, 'contacts', { count: many.length, at: (index) => many[index] as Row }, () => undefined));
    const emailKeys = core.db.prepare("SELECT count(*) FROM duplicate_keys WHERE entity = 'contact' AND kind = 'email' AND record_id IN (SELECT value FROM json_each(?))").pluck().get(JSON.stringify(ids));
    expect(emailKeys).toBe(12_000);
    expect(core.db.prepare("SELECT record_id FROM duplicate_keys WHERE kind = 'email' AND key = 'p11999@exemple.fr'").pluck().get()).toBe(ids[11_999]);
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'contact' AND record_id IN (SELECT value FROM json_each(?))").pluck().get(JSON.stringify(ids))).toBe(12_000);
  });

  it('re-points a new link to a merged company at its survivor before commit, as the write path does', () => {
    const [contact, merged, survivor] = newIds(3) as [string, string, string];
    const events: { entity: string; ids: string[] }[] = [];
    write(core, (tx) => {
      insertRecord(tx, 'contacts', contact, { last_name: 'Martin', owner_id: core.userId });
      insertRecord(tx, 'companies', merged, { name: 'Acme', owner_id: core.userId });
      insertRecord(tx, 'companies', survivor, { name: 'ACME SA', owner_id: core.userId });
    });
    write(core, (tx) => updateRecord(tx, 'companies', merged, { merged_into: survivor, deleted: 1 }));
    core.events.subscribe((name, payload) => {
      if (name === 'data.changed') events.push(payload as { entity: string; ids: string[] });
    });
    const [link] = write(core, (tx) =>
      insertNewRecords(tx, 'contact_companies', { count: 1, at: () => ({ contact_id: contact, company_id: merged, is_primary: 1 }) }, () => undefined),
    ) as [string];
    expect(core.db.prepare('SELECT company_id FROM contact_companies WHERE id = ?').pluck().get(link)).toBe(survivor);
    expect(events).toContainEqual({ entity: 'contact', ids: [contact] });
  });

  it('refuses a column that is not a data field, like the write path', () => {
    expect(() => write(core, (tx) => insertNewRecords(tx, 'contacts', { count: 1, at: () => ({ last_name: 'X', sort_key: 'x', owner_id: core.userId }) }, () => undefined))).toThrow(/not a data field/);
  });

  it('draws distinct, time-ordered UUIDv7 ids', () => {
    const ids = newIds(1_000);
    expect(new Set(ids).size).toBe(1_000);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
