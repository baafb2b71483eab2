import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

/** A fake of Electron's UtilityProcess: what the spawner uses of it. */
class FakeUtilityProcess extends EventEmitter {
  readonly stderr = new PassThrough();
  readonly posted: unknown[] = [];
  killed = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

const forks: { modulePath: string; options: { execArgv?: string[] }; child: FakeUtilityProcess }[] = [];

// The real `electron` module only exists inside Electron; the spawner is run against a fake.
vi.mock('electron', () => ({
  utilityProcess: {
    fork: (modulePath: string, _args: string[], options: { execArgv?: string[] }) => {
      const child = new FakeUtilityProcess();
      forks.push({ modulePath, options, child });
      return child;
    },
  },
}));

const { unpackedPath, utilityParseProcess } = await import('../../../../src-main/app/parse-process');

describe('the parse worker as a utility process', () => {
  it('is started from the file unpacked beside the archive', () => {
    expect(unpackedPath('/opt/CRM/resources/app.asar/dist/main/parse-worker.cjs')).toBe('/opt/CRM/resources/app.asar.unpacked/dist/main/parse-worker.cjs');
    expect(unpackedPath('C:\\CRM\\resources\\app.asar\\dist\\main\\parse-worker.cjs')).toBe('C:\\CRM\\resources\\app.asar.unpacked\\dist\\main\\parse-worker.cjs');
    expect(unpackedPath('/home/me/crm/dist/main/parse-worker.cjs')).toBe('/home/me/crm/dist/main/parse-worker.cjs');
  });

  it('gets its heap limit, its job and its stop, and hands back its messages and its end', () => {
    const worker = utilityParseProcess('/opt/CRM/resources/app.asar/dist/main/parse-worker.cjs', ['--max-old-space-size=256']);
    const { modulePath, options, child } = forks.at(-1) as (typeof forks)[number];
    expect(modulePath).toBe('/opt/CRM/resources/app.asar.unpacked/dist/main/parse-worker.cjs');
    expect(options.execArgv).toEqual(['--max-old-space-size=256']);

    const received: unknown[] = [];
    const exits: [number | null, string][] = [];
    worker.onMessage((message) => received.push(message));
    worker.onExit((code, stderr) => exits.push([code, stderr]));
    worker.send({ kind: 'table' });
    expect(child.posted).toEqual([{ kind: 'table' }]);
    child.emit('message', { type: 'end', rowCount: 0 });
    expect(received).toEqual([{ type: 'end', rowCount: 0 }]);

    child.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n');
    child.emit('exit', 134);
    expect(exits).toEqual([[134, 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n']]);
    worker.kill();
    expect(child.killed).toBe(true);
  });
});
