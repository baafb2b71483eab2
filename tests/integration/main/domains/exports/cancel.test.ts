import { PassThrough, Readable } from 'node:stream';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../../src-shared/domain/tasks';
import { saveToPath } from '../../../../../src-main/domains/exports/save-to-path';
import { EXPORT_PAGE_SIZE } from '../../../../../src-main/domains/exports/pages';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { outgoingEntries, outgoingText, parseCsv } from './helpers';

const taskId = '01a20000-0000-7000-8000-0000000000c1';
let core: TestCore;

beforeAll(async () => {
  core = openTestCore();
  // More than a page: the export has a moment between pages to see the cancel.
  for (let i = 0; i < EXPORT_PAGE_SIZE + 150; i++) await call(core, 'contacts.create', { firstName: `Prénom${i}`, lastName: `Nom${i}`, city: 'Lyon' });
}, 120_000);
afterAll(() => core.dispose());

/** Cancels the task as soon as it reports its first progress (the first page is on its way). */
function cancelOnFirstProgress(): () => void {
  return core.events.subscribe((name, payload) => {
    if (name === 'task.progress' && (payload as TaskProgress).taskId === taskId) void call(core, 'tasks.cancel', { taskId });
  });
}

describe('a cancelled export', () => {
  for (const format of ['xlsx', 'csv', 'vcard'] as const) {
    it(`to ${format} stops with "cancelled" and leaves no file, not even a temporary one`, async () => {
      const stop = cancelOnFirstProgress();
      try {
        const error = await callError(core, 'exports.list', { entity: 'contact', format, source: { kind: 'list' }, taskId });
        expect(error.code).toBe('cancelled');
      } finally {
        stop();
      }
      expect(outgoingEntries(core)).toEqual([]);
      // The task ended: a new export under the same id runs to the end and counts every row.
      const file = await call(core, 'exports.list', { entity: 'contact', format, source: { kind: 'list' }, taskId });
      expect(file.rows).toBe(EXPORT_PAGE_SIZE + 150);
      expect(outgoingEntries(core).filter((name) => !name.includes('.'))).toEqual([file.fileId]);
      rmSync(join(core.paths.dataDir, 'files', 'outgoing'), { recursive: true, force: true });
    });
  }

  it('reports its progress with the total known from the start', async () => {
    const seen: TaskProgress[] = [];
    const stop = core.events.subscribe((name, payload) => {
      if (name === 'task.progress') seen.push(payload as TaskProgress);
    });
    try {
      await call(core, 'exports.list', { entity: 'contact', format: 'csv', source: { kind: 'list' }, taskId });
    } finally {
      stop();
    }
    const total = EXPORT_PAGE_SIZE + 150;
    expect(seen[0]).toEqual({ taskId, phase: 'writing', done: 0, total });
    expect(seen.at(-1)).toEqual({ taskId, phase: 'writing', done: total, total });
  });
});

describe('an export while the base changes', () => {
  it('holds the list as it was when it started: an edit meanwhile neither shifts nor changes its rows', async () => {
    const before: string[][] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await call(core, 'contacts.list', { offset, limit: 500, withTotal: false });
      before.push(...page.rows.map((row) => [row.id, row.displayName]));
      if (page.rows.length < 500) break;
    }
    const first = before[0]?.[0] as string;
    const later = before[EXPORT_PAGE_SIZE + 20]?.[0] as string;
    let edited = false;
    const stop = core.events.subscribe((name, payload) => {
      if (name !== 'task.progress' || (payload as TaskProgress).taskId !== taskId || edited) return;
      edited = true;
      // While the first page is written: the first contact goes, one on the next page is renamed.
      void call(core, 'contacts.delete', { ids: [first] });
      void call(core, 'contacts.update', { id: later, patch: { firstName: 'Renommé' } });
    });
    let file;
    try {
      file = await call(core, 'exports.list', { entity: 'contact', format: 'csv', source: { kind: 'list' }, columns: ['name'], taskId });
    } finally {
      stop();
    }
    expect(edited).toBe(true);
    const rows = parseCsv((await outgoingText(core, file)).replace(/^\ufeff/, ''), ';').slice(1);
    expect(rows).toEqual(before);
    // The edits were made: the next export sees them.
    const next = await call(core, 'exports.list', { entity: 'contact', format: 'csv', source: { kind: 'list' }, columns: ['name'] });
    const after = parseCsv((await outgoingText(core, next)).replace(/^\ufeff/, ''), ';').slice(1);
    expect(after).toHaveLength(before.length - 1);
    expect(after.find((row) => row[0] === later)?.[1]).toMatch(/^Renommé /);
  });
});

describe('saving to a path (the CLI)', () => {
  it('renames the file into place once whole, and on failure leaves neither a temporary file nor a change', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crm-export-save-'));
    try {
      const target = join(folder, 'contacts.csv');
      writeFileSync(target, 'the previous file');
      const failing = new PassThrough();
      const saving = saveToPath(failing, target);
      failing.write('half a file');
      failing.destroy(new Error('cancelled'));
      await expect(saving).rejects.toThrow('cancelled');
      expect(readdirSync(folder)).toEqual(['contacts.csv']);

      await saveToPath(Readable.from([Buffer.from('new content')]), target);
      expect(readdirSync(folder)).toEqual(['contacts.csv']);
      expect(existsSync(target)).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe('new content');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
