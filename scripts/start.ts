import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStartArgs, type StartArgs } from '../src-main/web/start-args';

/**
 * `npm start [-- --data-dir DIR] [--port N]`: the desktop app when Electron's binary is
 * installed; otherwise the same CRM in browser mode, said in one sentence, with the URL.
 */

export const fallbackSentence =
  "Electron's binary is not available on this machine (it could not be downloaded), so the CRM starts in browser mode instead.";

/**
 * The Electron executable, or null. The `electron` package's main module returns the binary's
 * path, or throws when its install script never downloaded it (as on the build machines); the
 * path it names must also exist.
 */
export function findElectronBinary(load: (id: string) => unknown, exists: (file: string) => boolean): string | null {
  let binary: unknown;
  try {
    binary = load('electron');
  } catch {
    return null;
  }
  return typeof binary === 'string' && binary !== '' && exists(binary) ? binary : null;
}

/** The environment for the Electron child: the data folder travels as CRM_DATA_DIR. */
export function electronEnv(base: NodeJS.ProcessEnv, args: StartArgs): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  if (args.dataDir) env.CRM_DATA_DIR = resolve(args.dataDir);
  return env;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

async function startElectron(binary: string, args: StartArgs): Promise<void> {
  const { buildAll } = await import('./build');
  await buildAll(projectRoot);
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', env: electronEnv(process.env, args) });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

async function startBrowser(args: StartArgs): Promise<void> {
  const { startBrowserMode } = await import('../src-main/web/launch');
  process.stdout.write(`${fallbackSentence}\n`);
  const mode = await startBrowserMode({
    ...args,
    onFatal: (message) => {
      process.stderr.write(`The CRM stopped: ${message}\n`);
      process.exit(1);
    },
  });
  process.stdout.write(`Open this address in your browser: ${mode.url}\n`);
  const stop = (): void => {
    void mode.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const args = parseStartArgs(process.argv.slice(2));
  // Never let `require('electron')` try a download of its own (newer versions do, lazily).
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  const binary = findElectronBinary(createRequire(import.meta.url), existsSync);
  if (binary) await startElectron(binary, args);
  else await startBrowser(args);
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main().catch((error: unknown) => {
    const body = (error as { body?: { message?: unknown } } | null)?.body;
    const message = typeof body?.message === 'string' ? body.message : (error as Error)?.message;
    process.stderr.write(`Could not start the CRM: ${String(message)}\n`);
    process.exit(1);
  });
}
