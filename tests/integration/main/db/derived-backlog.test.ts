import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../src-main/core/transactions';
import { catchUpDerivedData, CATCH_UP_CHUNK, hasDerivedBacklog } from '../../../../src-main/db/derived-backlog';
import { rebuildDuplicateKeys } from '../../../../src-main/db/duplicate-index';
import { asWriteDb } from '../../../../src-main/db/handles';
import { rebuildSearchIndex } from '../../../../src-main/db/search-index';
import type { Row } from '../../../../src-main/db/synced-tables';
import { updateRecord } from '../../../../src-main/db/write-path';
import { insertNewRecords } from '../../../../src-main/domains/imports/bulk-insert';
import { openTestCore, type TestCore } from '../../../helpers/core';

/**
 * Records written with their derived data set aside (a large import) get, once the backlog is
 * made, exactly the search entries and duplicate keys a rebuild from the tables gives; the
 * backlog commits with the records, moves on chunk by chunk, and a failed chunk leaves it as it
 * was.
 */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const COUNT = CATCH_UP_CHUNK * 2 + 17;

function contactValues(index: number): Row {
  return {
    first_name: `Prénom${index}`,
    last_name: index % 3 === 0 ? 'Dupont' : `Nom${index}`,
    emails: JSON.stringify([{ label: 'work', address: `p${index}@exemple.fr` }]),
    phones: JSON.stringify([{ label: 'mobile', raw: `06 12 34 ${String(index).padStart(4, '0').slice(0, 2)} ${String(index).padStart(4, '0').slice(2)}`, e164: `+336123${String(index).padStart(5, '0')}` }]),
    city: 'Lyon',
    owner_id: core.userId,
  };
}

/** Contacts written as a large import writes them: their search entries and keys left for later. */
function writeSetAside(count = COUNT): string[] {
  return write(core, (tx) =>
    insertNewRecords(tx, 'contacts', { count, at: contactValues }, () => undefined, { kind: 'backlog', table: 'contacts' }),
  );
}

type Derived = { docs: unknown[]; keys: unknown[] };

function derivedState(): Derived {
  return {
    docs: core.db
      .prepare("SELECT d.entity, d.record_id, f.title, f.body FROM search_docs d JOIN search_fts f ON f.rowid = d.doc_id ORDER BY d.entity, d.record_id")
      .all(),
    keys: core.db.prepare('SELECT entity, kind, key, record_id FROM duplicate_keys ORDER BY entity, kind, key, record_id').all(),
  };
}

const docsOf = (id: string) => core.db.prepare('SELECT count(*) FROM search_docs WHERE record_id = ?').pluck().get(id);
const keysOf = (id: string) => core.db.prepare('SELECT count(*) FROM duplicate_keys WHERE record_id = ?').pluck().get(id);

function catchUp(): number {
  let chunks = 0;
  while (core.db.transaction(() => catchUpDerivedData(asWriteDb(core.db))).immediate()) chunks += 1;
  return chunks + 1;
}

describe('the derived-data backlog', () => {
  it('commits with the records, and once made gives what a rebuild from the tables gives', () => {
    const ids = writeSetAside();
    expect(hasDerivedBacklog(core.read)).toBe(true);
    expect(core.db.prepare('SELECT tbl, from_id, to_id FROM derived_backlog').all()).toEqual([{ tbl: 'contacts', from_id: ids[0], to_id: ids.at(-1) }]);
    // Listed, but not found yet.
    expect(docsOf(ids[0] as string)).toBe(0);
    expect(keysOf(ids[0] as string)).toBe(0);

    // A chunk per transaction: three for two chunks and a bit.
    expect(catchUp()).toBe(3);
    expect(hasDerivedBacklog(core.read)).toBe(false);
    const made = derivedState();
    expect(made.docs).toHaveLength(COUNT);
    write(core, (tx) => {
      rebuildSearchIndex(tx.db);
      rebuildDuplicateKeys(tx.db);
    });
    expect(derivedState()).toEqual(made);
  });

  it('moves on a chunk at a time, starting where the last one stopped', () => {
    const ids = writeSetAside();
    expect(core.db.transaction(() => catchUpDerivedData(asWriteDb(core.db))).immediate()).toBe(true);
    expect(core.db.prepare('SELECT from_id FROM derived_backlog').pluck().get()).toBe(ids[CATCH_UP_CHUNK]);
    expect(docsOf(ids[CATCH_UP_CHUNK - 1] as string)).toBe(1);
    expect(docsOf(ids[CATCH_UP_CHUNK] as string)).toBe(0);
  });

  it('makes a record as it is by then: edited, deleted, or already indexed by a later write', () => {
    const ids = writeSetAside(30);
    write(core, (tx) => {
      updateRecord(tx, 'contacts', ids[0] as string, { last_name: 'Renommé', emails: '[]' });
      updateRecord(tx, 'contacts', ids[1] as string, { deleted: 1 });
    });
    catchUp();
    const renamed = core.db
      .prepare("SELECT f.title FROM search_docs d JOIN search_fts f ON f.rowid = d.doc_id WHERE d.record_id = ?")
      .pluck()
      .get(ids[0]) as string;
    expect(renamed).toContain('Renommé');
    expect(core.db.prepare("SELECT count(*) FROM duplicate_keys WHERE record_id = ? AND kind = 'email'").pluck().get(ids[0])).toBe(0);
    expect(docsOf(ids[1] as string)).toBe(0);
    expect(keysOf(ids[1] as string)).toBe(0);
    // Made twice (a backlog written again over records already made): still one entry each.
    core.db.prepare("INSERT INTO derived_backlog (tbl, from_id, to_id) VALUES ('contacts', ?, ?)").run(ids[0], ids.at(-1));
    const before = derivedState();
    catchUp();
    expect(derivedState()).toEqual(before);
  });

  it('rolls a failed chunk back and leaves the backlog where it was', () => {
    const ids = writeSetAside();
    core.db.exec("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON duplicate_keys BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    expect(() => core.db.transaction(() => catchUpDerivedData(asWriteDb(core.db))).immediate()).toThrow(/disk is full/);
    expect(core.db.prepare('SELECT from_id FROM derived_backlog').pluck().get()).toBe(ids[0]);
    expect(docsOf(ids[0] as string)).toBe(0);
    core.db.exec('DROP TRIGGER full_disk');
    catchUp();
    expect(docsOf(ids[0] as string)).toBe(1);
    expect(keysOf(ids[0] as string)).toBeGreaterThan(0);
  });
});
