import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { resolveBackupFile, verifyBackup } from '../db/backups';
import { DatabaseOpenError } from '../db/errors';
import { loadMigrations } from '../db/migrate';
import { fsyncFile } from '../db/restore';
import type { DataPaths } from '../core/paths';

/** The clock's last value, read best-effort from a database that may be damaged. */
export function readHlcMark(databaseFile: string): string | undefined {
  if (!existsSync(databaseFile)) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    return (db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get() as string | undefined) ?? undefined;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/**
 * Restores a backup when the current database cannot be opened (damaged, or written by a newer
 * version), so no consistent safety backup can be made: the current files are moved aside as
 * they are, then the verified backup is copied to a temp file and renamed into place.
 */
export function restoreOverUnopenable(paths: DataPaths, migrationsDir: string, file: string): { restoredFrom: string; safetyCopy: string } {
  const backupFile = resolveBackupFile(paths.backupsDir, file, true);
  const version = verifyBackup(backupFile);
  if (version > loadMigrations(migrationsDir).length) {
    throw new DatabaseOpenError('db_newer', 'This backup was made by a newer version of the CRM; install the latest version to restore it.');
  }
  mkdirSync(paths.backupsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const asideBase = join(paths.backupsDir, `unopenable-${stamp}.sqlite`);
  const temp = `${paths.databaseFile}.restoring`;
  copyFileSync(backupFile, temp);
  fsyncFile(temp);
  if (existsSync(paths.databaseFile)) renameSync(paths.databaseFile, asideBase);
  if (existsSync(`${paths.databaseFile}-wal`)) renameSync(`${paths.databaseFile}-wal`, `${asideBase}-wal`);
  rmSync(`${paths.databaseFile}-shm`, { force: true });
  renameSync(temp, paths.databaseFile);
  return { restoredFrom: basename(backupFile), safetyCopy: asideBase };
}
