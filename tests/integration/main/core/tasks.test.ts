import { afterEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../src-shared/domain/tasks';
import { runTask } from '../../../../src-main/core/tasks';
import { call, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

const taskId = '0195e3c4-0000-7000-8000-000000000001';

describe('long work as a task', () => {
  it('announces progress under the caller id, first and last step always', async () => {
    core = openTestCore();
    const seen: TaskProgress[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'task.progress') seen.push(payload as TaskProgress);
    });
    const result = await runTask(core, taskId, (task) => {
      for (let done = 0; done <= 1000; done += 1) task.progress('saving', done, 1000);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen[0]).toEqual({ taskId, phase: 'saving', done: 0, total: 1000 });
    expect(seen.at(-1)).toEqual({ taskId, phase: 'saving', done: 1000, total: 1000 });
    // Throttled: a thousand steps in a few milliseconds are not a thousand events.
    expect(seen.length).toBeLessThan(20);
  });

  it('stops at the next check when tasks.cancel names it, with the cancelled error', async () => {
    core = openTestCore();
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      release = resolve;
    });
    const work = runTask(core, taskId, async (task) => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 20));
      task.throwIfCancelled();
      return 'finished';
    });
    await started;
    expect(await call(core, 'tasks.cancel', { taskId })).toEqual({ cancelled: true });
    await expect(work).rejects.toMatchObject({ body: { code: 'cancelled' } });
    // Ended: a second cancel finds nothing.
    expect(await call(core, 'tasks.cancel', { taskId })).toEqual({ cancelled: false });
  });

  it('refuses a second task under an id already running', async () => {
    core = openTestCore();
    let finish: () => void = () => undefined;
    const first = runTask(core, taskId, () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(runTask(core, taskId, () => 'second')).rejects.toMatchObject({ body: { code: 'conflict' } });
    finish();
    await first;
  });
});
