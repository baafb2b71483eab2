import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asWriteDb } from '../../../../src-main/db/handles';
import { replayChangeLog, type LogEntry } from '../../../../src-main/db/replay';
import { repoRoot } from '../../../helpers/browser-mode';
import { openTestCore, snapshotTables, tempDir, type TestCore } from '../../../helpers/core';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function track(core: TestCore): TestCore {
  cleanups.push(() => core.dispose());
  return core;
}

describe('a crash in the middle of writing', () => {
  it('leaves no half-written use case after SIGKILL: integrity holds, every contact has its link and tag, log and tables agree', async () => {
    const dataDir = tempDir('crm-crash-');
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/scripts/crash-writer.ts', dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing')) setTimeout(resolve, 150 + Math.random() * 300);
      });
      child.once('exit', (code) => reject(new Error(`writer exited early (${String(code)}): ${stderr}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const core = track(openTestCore({ dataDir }));
    expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');
    const contacts = core.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    expect(contacts).toBeGreaterThan(20);
    const unlinked = core.db
      .prepare('SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM contact_companies l WHERE l.contact_id = c.id)')
      .pluck()
      .get();
    const untagged = core.db
      .prepare("SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM record_tags t WHERE t.record_id = c.id AND t.entity = 'contact')")
      .pluck()
      .get();
    expect(unlinked).toBe(0);
    expect(untagged).toBe(0);

    const entries = core.db.prepare('SELECT hlc, tbl, row_id, changes FROM change_log').all() as LogEntry[];
    const rebuilt = track(openTestCore());
    rebuilt.db.exec('DELETE FROM users');
    rebuilt.db.transaction(() => replayChangeLog(asWriteDb(rebuilt.db), entries))();
    const original = snapshotTables(core);
    // The reopened database created nothing new: its only user is the writer's.
    expect(snapshotTables(rebuilt)).toEqual(original);
  });
});

function canMountTmpfs(): boolean {
  return spawnSync('unshare', ['-rm', 'true']).status === 0;
}

describe('a full disk', () => {
  it('refuses the write with a clear disk_full error, keeps every earlier write, and the database reopens', () => {
    if (!canMountTmpfs()) throw new Error('This test needs `unshare -rm` (user namespaces) to mount a tiny tmpfs; it is not available here.');
    const mountPoint = tempDir('crm-full-');
    cleanups.push(() => rmSync(mountPoint, { recursive: true, force: true }));
    const dataDir = join(mountPoint, 'data');
    mkdirSync(dataDir, { recursive: true });
    const script = `mount -t tmpfs -o size=3m tmpfs "${mountPoint}" && mkdir -p "${dataDir}" && exec "${process.execPath}" --import tsx tests/fixtures/scripts/disk-full-writer.ts "${dataDir}"`;
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      created: number;
      error: { code: string; message: string } | null;
      stored: number;
      logged: number;
      check: string;
      afterReopen: number;
    };
    expect(report.created).toBeGreaterThan(10);
    expect(report.error?.code).toBe('disk_full');
    expect(report.error?.message).toMatch(/disk is full/i);
    expect(report.stored).toBe(report.created);
    expect(report.logged).toBe(report.created);
    expect(report.check).toBe('ok');
    expect(report.afterReopen).toBe(report.created);
  });
});
