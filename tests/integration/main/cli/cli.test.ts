import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { crm } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';

const dirs: string[] = [];
function dataDir(): string {
  const dir = tempDir('crm-cli-');
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

type CheckReport = { integrity: string; schemaVersion: number; counts: Record<string, number> };
async function checkJson(dir: string): Promise<CheckReport> {
  const run = await crm(['check', '--json', '--data-dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CheckReport;
}

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

async function seededDemo(): Promise<string> {
  const dir = dataDir();
  const seeded = await crm(['seed', '--size', 'demo', '--data-dir', dir]);
  expect(seeded.code, seeded.stderr).toBe(0);
  return dir;
}

describe('npm run crm: the headless CLI', () => {
  it('seeds the demo dataset, then check reports its integrity, version and counts', async () => {
    const dir = dataDir();
    const seeded = await crm(['seed', '--size', 'demo', '--seed', '3', '--data-dir', dir]);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/^seeded demo \(seed 3\): 200 contacts, 40 companies, 60 deals, \d+ quotes, 60 products in [\d.]+ s\n$/);
    expect(seeded.stderr).toMatch(/seeding demo: 100% \(900\/900\)/);

    const check = await crm(['check', '--data-dir', dir]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^integrity: ok$/m);
    expect(check.stdout).toMatch(/^schema version: \d+$/m);
    expect(check.stdout).toMatch(/^contacts: 200$/m);
    expect(check.stdout).toMatch(/^companies: 40$/m);
    const report = await checkJson(dir);
    expect(report.counts).toMatchObject({ contacts: 200, companies: 40, tags: 12, search_docs: 900 });
  });

  it('takes the data folder from CRM_DATA_DIR when --data-dir is not given', async () => {
    const dir = await seededDemo();
    const check = await crm(['check'], { CRM_DATA_DIR: dir });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^contacts: 200$/m);
  });

  it('backs up, then restores that backup over later changes, keeping a safety copy', async () => {
    const dir = await seededDemo();
    const backup = await crm(['backup', '--data-dir', dir]);
    expect(backup.code, backup.stderr).toBe(0);
    const backupFile = backup.stdout.trim();
    expect(existsSync(backupFile)).toBe(true);

    const created = await crm(['api', 'contacts.create', '{"firstName":"Bérénice","lastName":"Lefèvre"}', '--data-dir', dir]);
    expect(created.code, created.stderr).toBe(0);
    expect((await checkJson(dir)).counts.contacts).toBe(201);

    const restored = await crm(['restore', backupFile, '--data-dir', dir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await checkJson(dir)).counts.contacts).toBe(200);
    const safetyCopy = /^safety copy: (.+)$/m.exec(restored.stdout)?.[1] ?? '';
    expect(existsSync(safetyCopy)).toBe(true);
    const copy = new Database(safetyCopy, { readonly: true });
    try {
      expect(copy.prepare("SELECT count(*) FROM contacts WHERE last_name = 'Lefèvre' AND first_name = 'Bérénice'").pluck().get()).toBe(1);
    } finally {
      copy.close();
    }
  });

  it('restores over a database that can no longer be opened, moving the damaged file aside', async () => {
    const dir = await seededDemo();
    const backupFile = (await crm(['backup', '--data-dir', dir])).stdout.trim();
    writeFileSync(join(dir, 'crm.sqlite'), 'this is not a database any more');

    const restored = await crm(['restore', backupFile, '--data-dir', dir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await checkJson(dir)).counts.contacts).toBe(200);
    const aside = /^safety copy: (.+)$/m.exec(restored.stdout)?.[1] ?? '';
    expect(readFileSync(aside, 'utf8')).toBe('this is not a database any more');
  });

  it('refuses a backup that is not a database, and leaves the current one as it was', async () => {
    const dir = await seededDemo();
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'garbage');
    const restored = await crm(['restore', bogus, '--data-dir', dir]);
    expect(restored.code).toBe(1);
    expect(restored.stderr).toMatch(/^error: The backup bogus\.sqlite is not usable/);
    expectOneCleanLine(restored.stderr);
    expect((await checkJson(dir)).counts.contacts).toBe(200);
  });

  it('calls an API endpoint headlessly and prints its JSON output', async () => {
    const dir = await seededDemo();
    const listed = await crm(['api', 'contacts.list', '{"limit":3,"sort":{"field":"name","dir":"asc"}}', '--data-dir', dir]);
    expect(listed.code, listed.stderr).toBe(0);
    const page = JSON.parse(listed.stdout) as { rows: { displayName: string }[]; total: number };
    expect(page.rows).toHaveLength(3);
    expect(page.total).toBe(200);
  });

  it('refuses a contact with a bad e-mail: the typed error names the field, and nothing is written', async () => {
    const dir = await seededDemo();
    const before = await checkJson(dir);
    const run = await crm(['api', 'contacts.create', '{"lastName":"Dupont","emails":[{"address":"dupont-at-example"}]}', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneCleanLine(run.stderr);
    const error = JSON.parse(run.stderr) as { code: string; field: string; issues: { path: string }[] };
    expect(error.code).toBe('validation');
    expect(error.field).toBe('emails.0.address');
    expect(error.issues.map((issue) => issue.path)).toContain('emails.0.address');
    expect((await checkJson(dir)).counts).toEqual(before.counts);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown command', ['frobnicate'], /^error: unknown command "frobnicate"/],
    ['invalid JSON input', ['api', 'contacts.create', '{lastName:'], /^error: the input is not valid JSON/],
    ['an unknown API name', ['api', 'contacts.explode'], /^error: unknown API name "contacts.explode"/],
    ['a missing size', ['seed'], /^error: "seed" needs --size/],
  ])('exits with status 2 on %s, creating nothing', async (_what, args, message) => {
    const dir = dataDir();
    const run = await crm([...args, '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expectOneCleanLine(run.stderr);
    expect(existsSync(join(dir, 'crm.sqlite'))).toBe(false);
  });

  it('prints usage with help', async () => {
    const run = await crm(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/usage: npm run crm -- \[--data-dir DIR\] <command>/);
    for (const command of ['seed', 'backup', 'restore', 'check', 'api']) expect(run.stdout).toContain(`  ${command}`);
  });

  it('check refuses a damaged database with a clear message and leaves the file untouched', async () => {
    const dir = await seededDemo();
    const file = join(dir, 'crm.sqlite');
    const bytes = readFileSync(file);
    // Overwrite pages in the middle of the file (the header stays valid).
    bytes.fill(0x5a, 4096 * 8, 4096 * 40);
    writeFileSync(file, bytes);
    const before = sha256(file);

    const run = await crm(['check', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: .*(damaged|integrity check)/);
    expectOneCleanLine(run.stderr);
    expect(sha256(file)).toBe(before);
  });

  it('check refuses a database written by a newer version of the app, and leaves it untouched', async () => {
    const dir = await seededDemo();
    const file = join(dir, 'crm.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = sha256(file);

    const run = await crm(['check', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: This database was written by a newer version of the CRM/);
    expectOneCleanLine(run.stderr);
    expect(sha256(file)).toBe(before);
  });

  it('check refuses a file that is not a database at all, and does not create one where there is none', async () => {
    const dir = dataDir();
    const missing = await crm(['check', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: There is no CRM database in /);
    expect(existsSync(join(dir, 'crm.sqlite'))).toBe(false);

    writeFileSync(join(dir, 'crm.sqlite'), 'PK\u0003\u0004 a zip file, not SQLite');
    const before = sha256(join(dir, 'crm.sqlite'));
    const run = await crm(['check', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .* is not a CRM database/);
    expectOneCleanLine(run.stderr);
    expect(sha256(join(dir, 'crm.sqlite'))).toBe(before);
  });
});
