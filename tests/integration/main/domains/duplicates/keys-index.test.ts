import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { duplicateKeysCurrent, rebuildDuplicateKeys } from '../../../../../src-main/db/duplicate-index';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { call, openTestCore, tempDir } from '../../../../helpers/core';

const keysOf = (core: ReturnType<typeof openTestCore>) =>
  core.db.prepare('SELECT entity, record_id, kind, key FROM duplicate_keys ORDER BY entity, kind, key, record_id').all();

describe('the duplicate keys index', () => {
  it('is kept by every write: created, edited, deleted, restored', async () => {
    const core = openTestCore();
    try {
      const contact = await call(core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupont', emails: [{ label: 'work', address: 'jd@acme.fr' }] });
      const kinds = () => core.db.prepare('SELECT kind, key FROM duplicate_keys WHERE record_id = ? ORDER BY kind, key').all(contact.id) as { kind: string; key: string }[];
      expect(kinds().filter((key) => key.kind === 'email')).toEqual([{ kind: 'email', key: 'jd@acme.fr' }]);
      await call(core, 'contacts.update', { id: contact.id, patch: { phones: [{ label: 'mobile', number: '06 12 34 56 78' }] } });
      expect(kinds()).toContainEqual({ kind: 'phone', key: '+33612345678' });
      await call(core, 'contacts.delete', { ids: [contact.id] });
      expect(kinds()).toEqual([]);
      await call(core, 'contacts.restore', { ids: [contact.id] });
      expect(kinds().length).toBeGreaterThan(2);
    } finally {
      core.dispose();
    }
  });

  it('is made again at open when missing (a database from before it) and equals what the writes made', async () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    await call(core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupont', emails: [{ label: 'work', address: 'jd@acme.fr' }] });
    await call(core, 'companies.create', { name: 'Acme SARL', legalId: '732 829 320 00074', website: 'acme.fr' });
    const made = keysOf(core);
    expect(made.length).toBeGreaterThan(5);
    core.db.exec("DELETE FROM duplicate_keys; DELETE FROM meta WHERE key = 'duplicates.keys_version'");
    core.dispose();
    const reopened = openTestCore({ dataDir });
    try {
      expect(reopened.notices.some((notice) => notice.startsWith('duplicate keys made'))).toBe(true);
      expect(keysOf(reopened)).toEqual(made);
      // A rebuild from the tables gives the same keys again.
      write(reopened, (tx) => rebuildDuplicateKeys(tx.db));
      expect(keysOf(reopened)).toEqual(made);
    } finally {
      reopened.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a bulk load (the seed) makes them once at its end: the same keys as row by row', () => {
    const core = openTestCore();
    try {
      seedDataset(core, { size: 'demo', seed: 3 });
      expect(duplicateKeysCurrent(core.read)).toBe(true);
      const seeded = keysOf(core);
      expect(seeded.length).toBeGreaterThan(1000);
      write(core, (tx) => rebuildDuplicateKeys(tx.db));
      expect(keysOf(core)).toEqual(seeded);
    } finally {
      core.dispose();
    }
  });
});
