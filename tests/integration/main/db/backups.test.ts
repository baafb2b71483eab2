import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, dailyBackupDue, listBackups } from '../../../../src-main/db/backups';
import { call, callError, openTestCore, type TestCore } from '../../../helpers/core';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.dispose();
  cores = [];
});

describe('backups', () => {
  it('writes a verified copy and keeps only the latest daily backups', async () => {
    const core = openTestCore();
    cores.push(core);
    await call(core, 'contacts.create', { lastName: 'Sauvegarde' });
    for (let day = 1; day <= 9; day++) createBackup(core.db, core.paths.backupsDir, 'daily', new Date(Date.UTC(2026, 0, day, 3)));
    const daily = listBackups(core.paths.backupsDir).filter((backup) => backup.reason === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily[0]!.createdAt).toBe('2026-01-09T03:00:00.000Z');
    expect(dailyBackupDue(core.paths.backupsDir, new Date(Date.UTC(2026, 0, 9, 20)))).toBe(false);
    expect(dailyBackupDue(core.paths.backupsDir, new Date(Date.UTC(2026, 0, 10, 4)))).toBe(true);
  });

  it('restores a backup in place: later changes are gone, a safety copy of them is kept, and the app keeps working', async () => {
    const core = openTestCore();
    cores.push(core);
    const kept = await call(core, 'contacts.create', { lastName: 'Avant' });
    const backup = await call(core, 'backups.create', {});
    const later = await call(core, 'contacts.create', { lastName: 'Après' });
    const hlcBefore = core.db.prepare('SELECT max(hlc) FROM change_log').pluck().get() as string;

    const restored = await call(core, 'backups.restore', { file: backup.file });
    expect(existsSync(join(core.paths.backupsDir, restored.safetyCopy))).toBe(true);
    expect((await call(core, 'contacts.get', { id: kept.id })).lastName).toBe('Avant');
    expect((await call(core, 'contacts.list', { filters: { q: 'avant' } })).rows.map((row) => row.id)).toEqual([kept.id]);
    expect((await callError(core, 'contacts.get', { id: later.id })).code).toBe('not_found');

    // The clock never goes backwards across a restore.
    const next = await call(core, 'contacts.create', { lastName: 'Ensuite' });
    const hlcAfter = core.db.prepare('SELECT hlc FROM change_log WHERE row_id = ? LIMIT 1').pluck().get(next.id) as string;
    expect(hlcAfter > hlcBefore).toBe(true);

    // Undo the restore with the safety copy.
    await call(core, 'backups.restore', { file: restored.safetyCopy });
    expect((await call(core, 'contacts.get', { id: later.id })).lastName).toBe('Après');
  });

  it('refuses names that are not listed backups (no paths from the UI)', async () => {
    const core = openTestCore();
    cores.push(core);
    for (const file of ['../crm.sqlite', '/etc/passwd', 'crm-2026.sqlite']) {
      const error = await callError(core, 'backups.restore', { file });
      expect(error.code).toBe('not_found');
    }
  });
});
