import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../src-shared/contract/errors';
import { closeCore, openCore, type Core } from '../../../../src-main/core/core';
import { checkIntegrityAside } from '../../../../src-main/core/integrity';
import { forkNodeProcess, useParseProcessSpawner } from '../../../../src-main/jobs/parse/process-spawn';
import { startBrowserMode } from '../../../../src-main/web/launch';
import { call, openTestCore, tempDir } from '../../../helpers/core';

/*
 * The app and browser mode check the database's integrity beside the first screen instead of
 * before it (~2 s on a large base): a sound base opens at once and is then declared sound; a
 * damaged one opens, is found damaged within moments, is never backed up over good copies, and
 * the host stops saying how to restore. A base with migrations to apply is still checked first.
 */

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) closeCore(core);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  useParseProcessSpawner(forkNodeProcess);
});

/** A data folder holding a base with 200 contacts (closed, checkpointed). */
async function folderWithData(): Promise<string> {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const core = openTestCore({ dataDir });
  for (let i = 0; i < 200; i++) await call(core, 'contacts.create', { lastName: `Abîmé ${i}`, notes: 'z'.repeat(500) });
  // Statistics up to date: opening has nothing to analyse, so reads no index of the contacts.
  core.db.exec('ANALYZE');
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.dispose();
  return dataDir;
}

/**
 * Scribbles over the pages of one index of the contacts, as a failing disk would: opening does
 * not read them, the integrity check does.
 */
function damage(dataDir: string): void {
  const file = join(dataDir, 'crm.sqlite');
  const raw = new Database(file, { readonly: true });
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const pages = raw.prepare("SELECT pageno FROM dbstat WHERE name = 'contacts_by_owner'").pluck().all() as number[];
  raw.close();
  expect(pages.length).toBeGreaterThan(0);
  const bytes = readFileSync(file);
  for (const page of pages) for (let i = (page - 1) * pageSize + 8; i < page * pageSize; i++) bytes[i] = (i * 7) % 256;
  writeFileSync(file, bytes);
}

const backupsOf = (dataDir: string): string[] => {
  try {
    return readdirSync(join(dataDir, 'backups'));
  } catch {
    return [];
  }
};

function openAfter(dataDir: string): Core {
  const core = openCore({ dataDir, integrityCheck: 'after-open' });
  cores.push(core);
  return core;
}

describe('the integrity check beside the first screen', () => {
  it('opens a sound base at once, declares it sound, then makes the day’s backup', async () => {
    const dataDir = await folderWithData();
    const core = openAfter(dataDir);
    expect(backupsOf(dataDir)).toEqual([]);
    await expect(core.integrity).resolves.toBeUndefined();
    await vi.waitFor(() => expect(backupsOf(dataDir).length).toBe(1));
    expect((await call(core, 'contacts.list', { limit: 5 })).total).toBe(200);
  });

  it('finds a damaged base after opening it, says how to restore, and never backs it up', async () => {
    const dataDir = await folderWithData();
    damage(dataDir);
    // At open, the same base is refused (the default, for the CLI).
    expect(() => openCore({ dataDir, dailyBackup: false })).toThrow(/integrity check/);
    const core = openAfter(dataDir);
    const error = await core.integrity.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body.code).toBe('db_corrupt');
    expect((error as ApiError).body.message).toMatch(/restore/i);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backupsOf(dataDir)).toEqual([]);
  });

  it('still checks a base before migrating it', async () => {
    const dataDir = await folderWithData();
    // One migration behind: opening it backs it up and migrates it, so it is checked first.
    const file = join(dataDir, 'crm.sqlite');
    const raw = new Database(file);
    const version = raw.pragma('user_version', { simple: true }) as number;
    raw.pragma(`user_version = ${version - 1}`);
    raw.close();
    damage(dataDir);
    expect(() => openCore({ dataDir, integrityCheck: 'after-open' })).toThrow(/integrity check/);
  });

  it('is run by the worker process, on a read-only connection of its own', async () => {
    const dataDir = await folderWithData();
    damage(dataDir);
    const checkHere = vi.fn(() => 'ok');
    await expect(checkIntegrityAside(join(dataDir, 'crm.sqlite'), checkHere)).rejects.toMatchObject({ body: { code: 'db_corrupt' } });
    expect(checkHere).not.toHaveBeenCalled();
  });

  it('checks in the core when the worker cannot run, and says nothing wrong of a sound base', async () => {
    const dataDir = await folderWithData();
    useParseProcessSpawner(() => {
      throw new Error('no process for you');
    });
    const checkHere = vi.fn(() => 'ok');
    await expect(checkIntegrityAside(join(dataDir, 'crm.sqlite'), checkHere)).resolves.toBeUndefined();
    expect(checkHere).toHaveBeenCalledTimes(1);
  });

  it('stops browser mode on a damaged base, with the message to show', async () => {
    const dataDir = await folderWithData();
    damage(dataDir);
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CRM</title>');
    let fatal: string | null = null;
    const mode = await startBrowserMode({ dataDir, rendererDir, onFatal: (message) => (fatal = message) });
    await vi.waitFor(() => expect(fatal).toMatch(/integrity check.*restore/is), { timeout: 15_000 });
    expect(mode.core.db.open).toBe(false);
    await expect(fetch(mode.url)).rejects.toThrow();
  });
});
