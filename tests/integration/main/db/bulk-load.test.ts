import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeCore, openCore } from '../../../../src-main/core/core';
import { indexesSetAside, rebuildSetAsideIndexes, setIndexesAside } from '../../../../src-main/db/bulk-load';
import { asWriteDb } from '../../../../src-main/db/handles';
import { call, openTestCore, tempDir, type TestCore } from '../../../helpers/core';

const opened: TestCore[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.dispose();
});

const indexesOf = (core: TestCore, table: string) =>
  core.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table);

describe('indexes set aside for a bulk load', () => {
  it('drops the secondary indexes of synced tables only, keeps unique ones, and builds them again identical', () => {
    const core = openTestCore();
    opened.push(core);
    const contacts = indexesOf(core, 'contacts');
    const changeLog = indexesOf(core, 'change_log');
    expect(contacts.length).toBeGreaterThan(3);

    core.db.transaction(() => setIndexesAside(asWriteDb(core.db)))();
    expect(indexesSetAside(core.db)).toBe(true);
    expect(indexesOf(core, 'contacts')).toEqual([]);
    // The device's own log and the search index keep theirs: the load reads through them.
    expect(indexesOf(core, 'change_log')).toEqual(changeLog);
    expect(indexesOf(core, 'search_docs').length).toBe(1);

    expect(rebuildSetAsideIndexes(core.db)).toBeGreaterThanOrEqual(contacts.length);
    expect(indexesOf(core, 'contacts')).toEqual(contacts);
    expect(indexesSetAside(core.db)).toBe(false);
    expect(rebuildSetAsideIndexes(core.db)).toBe(0);
  });

  it('are built again when the app opens after being killed during the load, and the data is all there', async () => {
    const dataDir = tempDir();
    const first = openTestCore({ dataDir });
    const created = await call(first, 'contacts.create', { firstName: 'Gwenaëlle', lastName: 'Le Bihan', city: 'Quimper' });
    const before = indexesOf(first, 'contacts');
    first.db.transaction(() => setIndexesAside(asWriteDb(first.db)))();
    // Closed without the load finishing (what a kill leaves on disk: the transaction committed).
    closeCore(first);

    const reopened = openCore({ dataDir, dailyBackup: false });
    try {
      expect(reopened.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL ORDER BY name").all()).toEqual(before);
      expect(indexesSetAside(reopened.db)).toBe(false);
      expect(reopened.db.prepare('SELECT city FROM contacts WHERE id = ?').pluck().get(created.id)).toBe('Quimper');
    } finally {
      closeCore(reopened);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
