import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../src-shared/domain/records';
import { ApiError } from '../../src-shared/contract/errors';
import { DatabaseOpenError } from './errors';

export type BackupReason = 'daily' | 'pre-migration' | 'manual' | 'pre-restore';

/** How many of each kind are kept; older ones are removed after a new one is verified. */
const KEEP: Record<BackupReason, number> = { daily: 7, 'pre-migration': 5, manual: 10, 'pre-restore': 5 };

const NAME = /^crm-(\d{8}T\d{6}\d{3}Z)-(daily|pre-migration|manual|pre-restore)\.sqlite$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(value);
  if (!m) return value;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Opens a backup read-only and checks it is a sound CRM database; returns its schema version. */
export function verifyBackup(file: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    db.prepare('SELECT count(*) FROM contacts').get();
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new DatabaseOpenError('db_corrupt', `The backup ${basename(file)} is not usable: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Writes a consistent copy with VACUUM INTO (a temp name, renamed once verified), then
 * rotates older backups of the same kind.
 */
export function createBackup(db: Database.Database, dir: string, reason: BackupReason, now = new Date()): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const name = `crm-${stamp(now)}-${reason}.sqlite`;
  const target = join(dir, name);
  const temp = `${target}.partial`;
  rmSync(temp, { force: true });
  db.prepare('VACUUM INTO ?').run(temp);
  try {
    verifyBackup(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  renameSync(temp, target);
  rotateBackups(dir, reason);
  return { file: name, createdAt: now.toISOString(), sizeBytes: statSync(target).size, reason };
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, match: NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      file,
      createdAt: parseStamp(match[1] ?? ''),
      sizeBytes: statSync(join(dir, file)).size,
      reason: match[2] ?? 'manual',
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function rotateBackups(dir: string, reason: BackupReason): void {
  const sameKind = listBackups(dir).filter((backup) => backup.reason === reason);
  for (const old of sameKind.slice(KEEP[reason])) rmSync(join(dir, old.file), { force: true });
}

/** True when no daily backup was made in the last 24 hours. */
export function dailyBackupDue(dir: string, now = new Date()): boolean {
  const latest = listBackups(dir).find((backup) => backup.reason === 'daily');
  return !latest || now.getTime() - Date.parse(latest.createdAt) >= 24 * 3600 * 1000;
}

/**
 * Resolves a backup given by the user: a bare name from the list, or a path to a file. Names
 * with path separators are only accepted as explicit paths from the CLI.
 */
export function resolveBackupFile(dir: string, file: string, allowPaths: boolean): string {
  if (NAME.test(file)) return join(dir, file);
  if (allowPaths && existsSync(file)) return file;
  throw new ApiError({ code: 'not_found', message: `No backup named ${basename(file)} in ${dir}.` });
}
