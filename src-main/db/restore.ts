import { copyFileSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../src-shared/domain/records';
import { createBackup, verifyBackup } from './backups';
import { DatabaseOpenError } from './errors';
import { loadMigrations } from './migrate';

/** Flushes a file to disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export type RestorePlan = {
  db: Database.Database;
  databaseFile: string;
  backupsDir: string;
  migrationsDir: string;
  backupFile: string;
};

/**
 * Replaces the database with a backup. The backup is verified first, the current database is
 * kept as a "pre-restore" backup (so the restore itself can be undone), and the swap is a copy
 * to a temp file then a rename: an interruption leaves either the old or the new database.
 * The caller's connection is closed; the caller reopens (which migrates an older backup).
 */
export function restoreBackup(plan: RestorePlan): { safetyCopy: BackupInfo } {
  const version = verifyBackup(plan.backupFile);
  const known = loadMigrations(plan.migrationsDir).length;
  if (version > known) {
    throw new DatabaseOpenError('db_newer', 'This backup was made by a newer version of the CRM; install the latest version to restore it.');
  }
  const safetyCopy = createBackup(plan.db, plan.backupsDir, 'pre-restore');
  const temp = `${plan.databaseFile}.restoring`;
  copyFileSync(plan.backupFile, temp);
  fsyncFile(temp);
  plan.db.close();
  rmSync(`${plan.databaseFile}-wal`, { force: true });
  rmSync(`${plan.databaseFile}-shm`, { force: true });
  renameSync(temp, plan.databaseFile);
  return { safetyCopy };
}
