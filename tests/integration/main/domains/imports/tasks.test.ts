import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../../src-shared/domain/tasks';
import { ParseWorkerFailure, runParseJob } from '../../../../../src-main/jobs/parse/runner';
import type { TableJob, TableMessage } from '../../../../../src-main/jobs/parse/messages';
import { call, callError, openTestCore, tempDir, type TestCore } from '../../../../helpers/core';
import { contactHeaders, contactRows, csvText } from '../../../../fixtures/imports/generate';
import { databaseState, inspect, planOf, upload } from './helpers';

/** Progress, cancel, and a parse worker that fails: never a hang, never a half-written import. */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const TASK = '01900000-0000-7000-8000-0000000000aa';

/** Collects the task's progress events, and runs `onPhase` once when a phase is first seen. */
function watch(core: TestCore, onPhase: Partial<Record<TaskProgress['phase'], () => void>> = {}): TaskProgress[] {
  const seen: TaskProgress[] = [];
  core.events.subscribe((name, payload) => {
    if (name !== 'task.progress') return;
    const progress = payload as TaskProgress;
    if (!seen.some((known) => known.phase === progress.phase)) onPhase[progress.phase]?.();
    seen.push(progress);
  });
  return seen;
}

describe('an import as a task', () => {
  it('reports reading, checking and saving under the caller’s task id', async () => {
    const text = csvText(contactHeaders, contactRows(5_000));
    const progress = watch(core);
    const inspection = await call(core, 'imports.inspect', { fileId: await upload(core, 'c.csv', text), entity: 'contact', taskId: TASK });
    await call(core, 'imports.run', { ...planOf(inspection), taskId: TASK });
    expect(new Set(progress.map((event) => event.phase))).toEqual(new Set(['reading', 'checking', 'saving']));
    expect(progress.every((event) => event.taskId === TASK)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'saving', done: 5_000, total: 5_000 });
  });

  it('cancelled while rows are checked, writes nothing', async () => {
    const inspection = await inspect(core, 'c.csv', csvText(contactHeaders, contactRows(12_000)));
    const before = databaseState(core);
    watch(core, { checking: () => void call(core, 'tasks.cancel', { taskId: TASK }) });
    const error = await callError(core, 'imports.run', { ...planOf(inspection), taskId: TASK });
    expect(error.code).toBe('cancelled');
    expect(databaseState(core)).toEqual(before);
  });

  it('cancelled while records are saved, rolls the whole transaction back', async () => {
    // Large enough to be saved with the smaller page cache, which is put back either way.
    const inspection = await inspect(core, 'c.csv', csvText(contactHeaders, contactRows(10_000)));
    const before = databaseState(core);
    const cacheSize = core.db.pragma('cache_size', { simple: true });
    const autocheckpoint = core.db.pragma('wal_autocheckpoint', { simple: true });
    const keys = core.db.prepare('SELECT count(*) FROM duplicate_keys').pluck().get();
    const hlc = core.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get();
    // Cancelled once saving has begun: the companies and the first contacts are written in the
    // open transaction when the next chunk looks at the cancel button.
    watch(core, { saving: () => void call(core, 'tasks.cancel', { taskId: TASK }) });
    const error = await callError(core, 'imports.run', { ...planOf(inspection), taskId: TASK });
    expect(error.code).toBe('cancelled');
    expect(databaseState(core)).toEqual(before);
    expect(core.db.prepare('SELECT count(*) FROM duplicate_keys').pluck().get()).toBe(keys);
    expect(core.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get()).toBe(hlc);
    expect(core.db.inTransaction).toBe(false);
    expect(core.db.pragma('cache_size', { simple: true })).toBe(cacheSize);
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(autocheckpoint);
    expect(core.db.prepare('SELECT count(*) FROM derived_backlog').pluck().get()).toBe(0);
    // The same file imports afterwards, whole.
    const result = await call(core, 'imports.run', planOf(inspection));
    expect(result.created).toBe(10_000);
    expect(core.db.pragma('cache_size', { simple: true })).toBe(cacheSize);
  });

  it('cancelled while the file is read, stops the worker and keeps nothing', async () => {
    const fileId = await upload(core, 'c.csv', csvText(contactHeaders, contactRows(40_000)));
    watch(core, { reading: () => void call(core, 'tasks.cancel', { taskId: TASK }) });
    const error = await callError(core, 'imports.inspect', { fileId, entity: 'contact', taskId: TASK });
    expect(error.code).toBe('cancelled');
  });
});

describe('the parse worker', () => {
  const job = (path: string, more: Partial<TableJob> = {}): TableJob => ({
    kind: 'table',
    path,
    format: 'csv',
    limits: { maxRows: 1_000_000, maxColumns: 500, maxCellChars: 32_767 },
    batchSize: 1_000,
    vcardHeaders: {},
    ...more,
  });

  it('counts rows while reading and stops at the cap', async () => {
    const path = join(tempDir(), 'rows.csv');
    writeFileSync(path, csvText(['Nom'], Array.from({ length: 50 }, (_, index) => [`Nom ${index}`])));
    const messages: TableMessage[] = [];
    await runParseJob<TableMessage>(job(path, { limits: { maxRows: 10, maxColumns: 500, maxCellChars: 100 } }), (message) => messages.push(message));
    expect(messages.find((message) => message.type === 'problem')).toEqual({ type: 'problem', problem: 'too_many_rows', detail: '10' });
  });

  it('that runs out of memory gives a clear failure, and the core carries on', async () => {
    // Rows kept in the worker (one batch for the whole file) grow its heap past a small limit.
    const path = join(tempDir(), 'rows.csv');
    writeFileSync(path, csvText(contactHeaders, contactRows(60_000)));
    const failure = await runParseJob(job(path, { batchSize: 10_000_000 }), () => undefined, { heapMb: 24 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParseWorkerFailure);
    expect((failure as ParseWorkerFailure).reason).toBe('out_of_memory');
    expect(core.db.prepare('SELECT 1').pluck().get()).toBe(1);
  });

  it('that ends without finishing its job is a failure, not a hang', async () => {
    const failure = await runParseJob({ kind: 'nothing' } as unknown as TableJob, () => undefined).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: 'crashed' });
  });

  it('stops at once when its signal aborts', async () => {
    const path = join(tempDir(), 'many.csv');
    writeFileSync(path, csvText(contactHeaders, contactRows(30_000)));
    const controller = new AbortController();
    let batches = 0;
    const failure = await runParseJob<TableMessage>(job(path), (message) => {
      if (message.type === 'rows' && ++batches === 2) controller.abort();
    }, { signal: controller.signal }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ reason: 'cancelled' });
    expect(batches).toBeLessThan(30);
  });
});
