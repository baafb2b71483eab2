import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { webProtocol } from '../../src-shared/contract/bridge';
import { closeCore, openCore, type Core } from '../core/core';
import { defaultDataDir, sourceRoot } from '../core/paths';
import { handlers } from '../domains/handlers';
import { startBackgroundJobs, type BackgroundJobs } from '../jobs/background';
import { ApiError } from '../../src-shared/contract/errors';
import { log } from '../log';
import { startWebServer } from './server';

export type BrowserModeOptions = {
  dataDir?: string;
  port?: number;
  rendererDir?: string;
  /**
   * Told when the database turns out damaged after the start (its integrity is checked beside the
   * first screen, core/integrity.ts): browser mode has closed by then; the message says how to restore.
   */
  onFatal?: (message: string) => void;
};

export type BrowserMode = { url: string; port: number; core: Core; close: () => Promise<void> };

/** Builds the renderer when running from a fresh clone (browser mode serves the built files). */
async function ensureRendererBuilt(rendererDir: string): Promise<void> {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  log.info('building the user interface (first start)');
  const { build } = await import('vite');
  await build({ configFile: join(sourceRoot, 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`The user interface was not built into ${rendererDir}.`);
}

/** Opens the core on a data folder and serves the app on 127.0.0.1 with a per-launch token. */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  const rendererDir = options.rendererDir ?? join(sourceRoot, 'dist', 'renderer');
  await ensureRendererBuilt(rendererDir);
  const core = openCore({ dataDir: options.dataDir ?? defaultDataDir(), integrityCheck: 'after-open' });
  // Sync, backups and maintenance start once the base is known sound.
  let jobs: BackgroundJobs | null = null;
  let closed = false;
  const stopJobs = async () => {
    closed = true;
    await jobs?.stop();
  };
  const token = randomBytes(32).toString('base64url');
  try {
    const { server, port } = await startWebServer({ core, handlers, rendererDir, token, port: options.port ?? 0 });
    const close = async () => {
      await stopJobs();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      closeCore(core);
    };
    core.integrity.then(
      () => {
        if (!closed) jobs = startBackgroundJobs(core);
      },
      (error: unknown) => {
        const message = error instanceof ApiError ? error.body.message : (error as Error).message;
        log.error({ err: { name: (error as Error).name, message } }, 'the database failed its integrity check');
        void close().then(() => options.onFatal?.(message));
      },
    );
    return { url: `http://127.0.0.1:${port}/#${webProtocol.tokenHashKey}=${token}`, port, core, close };
  } catch (error) {
    await stopJobs();
    closeCore(core);
    throw error;
  }
}
