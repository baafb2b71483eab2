import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
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
