import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src-shared/contract/errors';
import { listBackups } from '../../../../src-main/db/backups';
import { openDatabase } from '../../../../src-main/db/open';
import { sourceRoot } from '../../../../src-main/core/paths';
import { call, openTestCore, tempDir, type TestCore } from '../../../helpers/core';

const migrationsDir = join(sourceRoot, 'migrations');
let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.dispose();
  cores = [];
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openError(file: string, dir = migrationsDir): ApiError {
  try {
    openDatabase({ file, migrationsDir: dir, backupsDir: join(file, '..', 'backups') }).db.close();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the database opened');
}

describe('the database open sequence', () => {
  it('sets WAL, synchronous, busy_timeout and foreign_keys explicitly and passes quick_check', () => {
    const core = openTestCore();
    cores.push(core);
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(core.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(0);
    expect(core.db.pragma('secure_delete', { simple: true })).toBe(2); // FAST
    expect(core.schemaVersion).toBeGreaterThanOrEqual(2);
  });

  it('starts the WAL file again from empty after a full checkpoint, instead of keeping it at its largest', () => {
    const core = openTestCore();
    cores.push(core);
    const wal = `${core.db.name}-wal`;
    // A large write leaves a large WAL (checkpoints held off, as a bulk load does).
    core.db.pragma('wal_autocheckpoint = 0');
    core.db.exec('CREATE TABLE scratch (payload TEXT)');
    const insert = core.db.prepare('INSERT INTO scratch (payload) VALUES (?)');
    core.db.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(4_000));
    })();
    expect(statSync(wal).size).toBeGreaterThan(8 * 1024 * 1024);
    expect(core.db.pragma('wal_checkpoint(PASSIVE)', { simple: true })).toBe(0);
    // The next write restarts the log from its beginning and truncates the file.
    core.db.exec('DELETE FROM scratch');
    expect(statSync(wal).size).toBeLessThan(8 * 1024 * 1024);
  });


  it('makes the planner statistics a large load lacks without leaving the pages it read resident in the process', () => {
    const dir = tempDir();
    const file = join(dir, 'crm.sqlite');
    const first = openDatabase({ file, migrationsDir, backupsDir: join(dir, 'backups') }).db;
    // 16 MB of change-log entries never analyzed, as a seed or an initial sync leaves them (its
    // partial index makes ANALYZE read the whole table: 338 MB on the large dataset).
    const insert = first.prepare("INSERT INTO change_log (hlc, tbl, row_id, changes, txn) VALUES (?, 'contacts', ?, ?, 1)");
    first.transaction(() => {
      for (let i = 0; i < 40_000; i++) insert.run(String(i).padStart(12, '0'), `row-${(i * 7919) % 40_000}`, JSON.stringify({ notes: 'x'.repeat(300) }));
    })();
    first.exec("DELETE FROM sqlite_stat1 WHERE tbl = 'change_log'");
    first.pragma('wal_checkpoint(TRUNCATE)');
    first.close();

    const { db } = openDatabase({ file, migrationsDir, backupsDir: join(dir, 'backups') });
    try {
      expect(db.prepare("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'change_log'").pluck().get()).toBeGreaterThan(0);
      // The file's pages this process holds mapped (Linux: /proc/self/smaps): the open read them through a small cache instead.
      const smaps = readFileSync('/proc/self/smaps', 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
      const mappedKb = smaps.filter((mapping) => mapping.split('\n')[0]?.endsWith(file)).reduce((sum, mapping) => sum + Number(/\nRss:\s+(\d+) kB/.exec(mapping)?.[1] ?? 0), 0);
      expect(mappedKb).toBeLessThan(1024);
      // The connection's own cache and mapping are back for the app.
      expect([db.pragma('cache_size', { simple: true }), db.pragma('mmap_size', { simple: true })]).toEqual([-131072, 536870912]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a database written by a newer version, with a clear message, and leaves the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'crm.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = sha(file);
    const error = openError(file);
    expect(error.body.code).toBe('db_newer');
    expect(error.body.message).toMatch(/newer version of the CRM/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database, and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'crm.sqlite');
    writeFileSync(file, 'Nom;Prénom\nDupont;Jean\n'.repeat(500));
    const before = sha(file);
    const error = openError(file);
    expect(error.body.code).toBe('db_corrupt');
    expect(error.body.message).toMatch(/restore/i);
    expect(sha(file)).toBe(before);
  });

  it('refuses a damaged database (pages overwritten) and says how to restore', async () => {
    const core = openTestCore();
    cores.push(core);
    for (let i = 0; i < 200; i++) await call(core, 'contacts.create', { lastName: `Abîmé ${i}`, notes: 'z'.repeat(500) });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = core.paths.databaseFile;
    core.db.close();
    const bytes = readFileSync(file);
    // Scribble over the middle of the file, past the header.
    for (let i = 8192; i < Math.min(bytes.length, 8192 + 16384); i++) bytes[i] = (i * 7) % 256;
    writeFileSync(file, bytes);
    const error = openError(file);
    expect(error.body.code).toBe('db_corrupt');
    expect(error.body.message).toMatch(/restore/i);
  });

  it('backs up before migrating an older database, then migrates it without losing data', async () => {
    const dir = tempDir();
    const oldMigrations = join(dir, 'old-migrations');
    mkdirSync(join(oldMigrations, 'meta'), { recursive: true });
    // The "previous version" of the app knew only the first migration.
    const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const first = journal.entries[0]!;
    writeFileSync(join(oldMigrations, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
    copyFileSync(join(migrationsDir, `${first.tag}.sql`), join(oldMigrations, `${first.tag}.sql`));
    const dataDir = join(dir, 'data');
    const old = openDatabase({ file: join(dataDir, 'crm.sqlite'), migrationsDir: oldMigrations, backupsDir: join(dataDir, 'backups') });
    old.db
      .prepare("INSERT INTO contacts (id, created_at, updated_at, owner_id, last_name) VALUES ('c1', '2025-01-01', '2025-01-01', 'u1', 'Ancien')")
      .run();
    old.db.close();

    const core = openTestCore({ dataDir });
    cores.push(core);
    expect(core.notices.some((notice) => notice.includes('backup before migration'))).toBe(true);
    const backups = listBackups(core.paths.backupsDir).filter((backup) => backup.reason === 'pre-migration');
    expect(backups).toHaveLength(1);
    const backup = new Database(join(core.paths.backupsDir, backups[0]!.file), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT last_name FROM contacts').pluck().get()).toBe('Ancien');
    backup.close();
    expect(core.db.prepare("SELECT last_name FROM contacts WHERE id = 'c1'").pluck().get()).toBe('Ancien');
    expect(core.schemaVersion).toBe(journal.entries.length);
  });

  it('reopens an existing database without migrating or backing up again', () => {
    const dataDir = tempDir();
    const first = openTestCore({ dataDir });
    first.db.close();
    cpSync(dataDir, `${dataDir}-copy`, { recursive: true });
    const second = openTestCore({ dataDir });
    cores.push(second);
    expect(second.notices).toEqual([]);
    expect(listBackups(second.paths.backupsDir)).toEqual([]);
  });
});
