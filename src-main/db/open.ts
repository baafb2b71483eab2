import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backups';
import { rebuildSetAsideIndexes } from './bulk-load';
import { upgradeAttendeeIndex } from './attendee-index';
import { upgradeDuplicateKeys } from './duplicate-index';
import { DatabaseOpenError } from './errors';
import { applyMigrations, assertNotNewer, loadMigrations, pendingMigrations, schemaVersion } from './migrate';
import { upgradeSearchIndex } from './search-index';

export type OpenOptions = {
  file: string;
  migrationsDir: string;
  backupsDir: string;
  /**
   * The integrity check (`quick_check`, ~2 s on a 1.4 GB base) left to the caller, which runs it
   * beside the first screen (core/integrity.ts). Only when nothing is to migrate: a database is
   * always checked before it is backed up and migrated.
   */
  checkLater?: boolean;
};

export type OpenedDatabase = {
  db: Database.Database;
  schemaVersion: number;
  /** What happened while opening, for the UI and logs ("migrated from 1 to 2, backup …"). */
  notices: string[];
  /** Whether the integrity check is still to run (`checkLater` was given and it was not needed now). */
  checkPending: boolean;
};

const SQLITE_HEADER = 'SQLite format 3\u0000';

function assertLooksLikeSqlite(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new DatabaseOpenError(
      'db_corrupt',
      `${file} is not a CRM database (damaged or another kind of file). It was left untouched; restore a backup with \`npm run crm -- restore <file>\`.`,
    );
  }
}

/** Pragmas set explicitly on every open: SQLite's defaults differ between first and later opens. */
function applyPragmas(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new DatabaseOpenError('db_corrupt', `Could not switch the database to WAL mode (got ${String(mode)}).`);
  // NORMAL in WAL mode: a crashed or killed app never loses a committed transaction; only a power
  // cut may roll back the very last ones, never corrupting the file.
  db.pragma('synchronous = NORMAL');
  // Synced tables have no foreign keys by design (they cannot hold offline); local tables do not need them.
  db.pragma('foreign_keys = OFF');
  db.pragma('busy_timeout = 5000');
  // Deleted content is overwritten when that costs no extra I/O; GDPR erasure switches to ON for
  // its own transaction so that erased personal data is never left in free pages.
  db.pragma('secure_delete = FAST');
  db.pragma('temp_store = MEMORY');
  // Checkpoints normally run in idle time (jobs/db-maintenance.ts); this is the safety net.
  db.pragma('wal_autocheckpoint = 4000');
  // The WAL file starts again from empty after each full checkpoint instead of being written
  // over: a large load left it at a gigabyte for good, and writing over old frames costs more
  // than appending (20 devices each pulling 38,000 edits: ~15 % of the merge time).
  db.pragma('journal_size_limit = 0');
  // Reads dominate: map the file and keep a generous page cache (lists and search touch the
  // contacts, companies and index pages of a 100k-contact base: a few hundred MB at most).
  db.pragma('cache_size = -131072');
  db.pragma('mmap_size = 536870912');
}

/** What a failed integrity check tells the user: what, and how to get the data back. */
export function damagedDatabase(file: string, result: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'db_corrupt',
    `The database ${file} failed its integrity check (${result}). Restore the latest backup with \`npm run crm -- restore <file>\` or from Settings → Backups.`,
  );
}

function quickCheck(db: Database.Database, file: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw damagedDatabase(file, String(result));
}

/**
 * Keeps the query planner's statistics fresh (sampled, only where they are missing or stale).
 * Read outside the file's mapping and through a small page cache: on the first open after a
 * large load (a seed, an initial sync) it reads ~500 MB, which stayed resident in the process
 * as mapped pages and a full page cache for as long as the app ran (+620 MB of RSS).
 */
function refreshPlannerStatistics(db: Database.Database): void {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const mmapSize = db.pragma('mmap_size', { simple: true }) as number;
  db.pragma('mmap_size = 0');
  db.pragma('cache_size = -2000');
  try {
    db.pragma('analysis_limit = 400');
    db.pragma('optimize = 0x10002');
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`mmap_size = ${mmapSize}`);
  }
}

/**
 * The open sequence: refuse what is not ours, from a newer app version, or damaged (quick_check),
 * then set the pragmas, back up before migrating, and migrate (each migration in its own
 * transaction).
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  mkdirSync(dirname(options.file), { recursive: true });
  assertLooksLikeSqlite(options.file);
  const isNew = !existsSync(options.file) || statSync(options.file).size === 0;
  let db: Database.Database;
  try {
    db = new Database(options.file);
  } catch (error) {
    throw new DatabaseOpenError('db_corrupt', `Could not open ${options.file}: ${(error as Error).message}`);
  }
  const notices: string[] = [];
  try {
    // Nothing is written before we know the file is ours and not from a newer version
    // (switching to WAL rewrites the header).
    db.pragma('busy_timeout = 5000');
    const migrations = loadMigrations(options.migrationsDir);
    assertNotNewer(db, migrations);
    const checkPending = options.checkLater === true && !isNew && pendingMigrations(db, migrations).length === 0;
    if (!checkPending) quickCheck(db, options.file);
    applyPragmas(db);
    // A bulk load stopped half-way (the app was closed or killed) leaves indexes to build again.
    const rebuilt = rebuildSetAsideIndexes(db);
    if (rebuilt > 0) notices.push(`${rebuilt} indexes set aside by an interrupted bulk load were built again`);
    const pending = pendingMigrations(db, migrations);
    if (pending.length > 0) {
      const from = schemaVersion(db);
      if (!isNew && from > 0) {
        const backup = createBackup(db, options.backupsDir, 'pre-migration');
        notices.push(`backup before migration: ${backup.file}`);
      }
      applyMigrations(db, pending);
      notices.push(`schema migrated from ${from} to ${schemaVersion(db)}`);
    }
    // A search index built by an older version gets the kinds of records it did not hold.
    const indexed = upgradeSearchIndex(db);
    if (indexed !== null) notices.push(`search index upgraded: ${indexed} deals and activities added`);
    // The keys duplicates are found by, made once for a database that has none (or older ones).
    const keyed = upgradeDuplicateKeys(db);
    if (keyed !== null && keyed > 0) notices.push(`duplicate keys made: ${keyed}`);
    // Who attends which activity, indexed once for a database that has no such index yet.
    const attendees = upgradeAttendeeIndex(db);
    if (attendees !== null && attendees > 0) notices.push(`activity attendees indexed: ${attendees}`);
    refreshPlannerStatistics(db);
    return { db, schemaVersion: schemaVersion(db), notices, checkPending };
  } catch (error) {
    db.close();
    // A damaged page met on the way (the check left for later, or a damage it could not see).
    if (isDamage(error)) throw damagedDatabase(options.file, (error as Error).message);
    throw error;
  }
}

/** SQLite's word for a file it cannot read as a database. */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}
