import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from './browser-mode';

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs `tsx src-main/cli.ts …` as a child process, as `npm run crm -- …` does. */
export function crm(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CliRun> {
  const { CRM_DATA_DIR: _dataDir, CRM_LOG_LEVEL: _level, CRM_PASSWORD: _password, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) child.stdin?.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `npm run server` (tsx src-main/server/main.ts) and waits for the address it prints. */
export function startServerProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/server/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, CRM_SERVER_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Office server ready: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
}
