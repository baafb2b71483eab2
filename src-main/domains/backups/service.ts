import { asReadDb, asWriteDb } from '../../db/handles';
import { rebuildSearchIndex, searchIndexMatchesRowids } from '../../db/search-index';
import { createBackup, listBackups, resolveBackupFile } from '../../db/backups';
import { openDatabase } from '../../db/open';
import { restoreBackup } from '../../db/restore';
import { entityNames } from '../../../src-shared/contract/events';
import type { BackupInfo } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { getMeta, setMeta } from '../../core/meta';
import { encodeHlc } from '../../../src-shared/sync/hlc';

export function backupNow(core: Core): BackupInfo {
  const backup = createBackup(core.db, core.paths.backupsDir, 'manual');
  core.events.emit('backup.created', { file: backup.file });
  return backup;
}

export function backupsOf(core: Core): BackupInfo[] {
  return listBackups(core.paths.backupsDir);
}

/**
 * Restores a listed backup in place and reopens the core on it. The clock keeps its latest
 * value (it must never go backwards), and every screen is told to reload.
 */
export function restoreFromBackup(core: Core, file: string, allowPaths = false): { restoredFrom: string; safetyCopy: string } {
  const backupFile = resolveBackupFile(core.paths.backupsDir, file, allowPaths);
  const { safetyCopy } = restoreBackup({
    db: core.db,
    databaseFile: core.paths.databaseFile,
    backupsDir: core.paths.backupsDir,
    migrationsDir: core.paths.migrationsDir,
    backupFile,
  });
  const reopened = openDatabase({ file: core.paths.databaseFile, migrationsDir: core.paths.migrationsDir, backupsDir: core.paths.backupsDir });
  core.db = reopened.db;
  core.read = asReadDb(reopened.db);
  core.schemaVersion = reopened.schemaVersion;
  core.notices.push(...reopened.notices, `restored from ${file}`);
  core.userId = getMeta(core.db, 'user_id') ?? core.userId;
  setMeta(core.db, 'hlc', encodeHlc(core.hlc, core.hlcNode));
  if (!searchIndexMatchesRowids(core.read)) {
    core.db.transaction(() => rebuildSearchIndex(asWriteDb(core.db)))();
    core.notices.push('search index rebuilt after restore');
  }
  for (const entity of entityNames) core.events.emit('data.changed', { entity, ids: [] });
  return { restoredFrom: file, safetyCopy: safetyCopy.file };
}
