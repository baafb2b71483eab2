import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type RunningApp = { url: string; dataDir: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the real `npm run start:web` entry (tsx scripts/start-web.ts) on a data folder and
 * waits for the URL it prints.
 */
export function startApp(dataDir: string, timeoutMs = 60_000): Promise<RunningApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-web.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, CRM_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`browser mode did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          dataDir,
          process: child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with code ${String(code)}:\n${output}`));
    });
  });
}
