import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DeviceSyncReport } from './sync-merge-device';

export type DeviceProcess = { sync: () => Promise<DeviceSyncReport>; close: () => Promise<void> };

type Waiter = { resolve: (line: string) => void; reject: (error: Error) => void };

const projectRoot = join(import.meta.dirname, '..', '..', '..');

/**
 * Starts a connected device in a process of its own (sync-merge-device.ts) and resolves once it
 * has opened its data folder. `sync` asks it for one sync and resolves with its report; `close`
 * ends its input and waits for it to close its database and exit. A device that dies fails
 * what was asked of it, with its error output.
 */
export async function startDeviceProcess(dataDir: string, url: string): Promise<DeviceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('tests', 'bench', 'measure', 'sync-merge-device.ts'), dataDir, url], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const waiting: Waiter[] = [];
  let ended: Error | null = null;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(line);
    else lines.push(line);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('close', (code) => {
      ended = new Error(`the device process of ${dataDir} exited (code ${String(code)}):\n${stderr}`);
      for (const waiter of waiting.splice(0)) waiter.reject(ended);
      resolve();
    });
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) resolve(line);
      else if (ended) reject(ended);
      else waiting.push({ resolve, reject });
    });

  const first = await nextLine();
  if (first !== 'ready') throw new Error(`the device process of ${dataDir} did not start: ${first}\n${stderr}`);
  return {
    sync: async () => {
      child.stdin.write('sync\n');
      return JSON.parse(await nextLine()) as DeviceSyncReport;
    },
    close: async () => {
      child.stdin.end();
      await exited;
      if (child.exitCode !== 0) throw new Error(`the device process of ${dataDir} failed:\n${stderr}`);
    },
  };
}
