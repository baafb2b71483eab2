import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DatabaseOpenError } from './errors';

export type Migration = { index: number; tag: string; statements: string[] };

type Journal = { entries: { idx: number; tag: string }[] };

/** Reads the drizzle-kit migrations (journal + SQL files split at statement breakpoints). */
export function loadMigrations(dir: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => ({
      index: entry.idx,
      tag: entry.tag,
      statements: readFileSync(join(dir, `${entry.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((statement) => statement.trim())
        .filter((statement) => statement !== ''),
    }));
}

/** The schema version is the number of migrations applied, kept in `PRAGMA user_version`. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(db: Database.Database, migrations: Migration[]): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new DatabaseOpenError(
      'db_newer',
      `This database was written by a newer version of the CRM (schema ${version}, this version knows ${migrations.length}). ` +
        'Install the latest version of the app to open it; the file was left untouched.',
    );
  }
}

export function pendingMigrations(db: Database.Database, migrations: Migration[]): Migration[] {
  return migrations.slice(schemaVersion(db));
}

/** Applies each pending migration in its own transaction, bumping the version inside it. */
export function applyMigrations(db: Database.Database, pending: Migration[]): void {
  for (const migration of pending) {
    db.transaction(() => {
      for (const statement of migration.statements) db.exec(statement);
      db.pragma(`user_version = ${migration.index + 1}`);
    }).immediate();
  }
}
