import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ParseJob, WorkerMessage } from './messages';

/**
 * Runs a parse job (a file turned into plain values) in a worker thread with a memory limit, so
 * that a hostile or huge file can exhaust the worker's heap, never the process that owns the
 * database. The worker posts its results as messages; the job ends with `{ type: 'end' }`.
 *
 * Where the worker's code is, in the three ways the core runs:
 * - from TypeScript sources (tsx: the CLI, browser mode, tests under vitest): a small bootstrap
 *   registers tsx in the worker thread, then imports `worker.ts`;
 * - bundled (the Electron app, dist/main/app.cjs): `parse-worker.cjs` beside the bundle, built as
 *   its own entry by scripts/build.ts.
 */

/** The worker's heap limit: well under what a 2-core laptop can spare, well over what a 50 MB file needs when streamed. */
export const PARSE_WORKER_HEAP_MB = 256;

/** The file name of the bundled worker, beside the main bundle (scripts/build.ts writes it). */
export const BUNDLED_WORKER_FILE = 'parse-worker.cjs';

export class ParseWorkerFailure extends Error {
  constructor(
    readonly reason: 'out_of_memory' | 'crashed' | 'cancelled',
    detail: string,
  ) {
    super(detail);
    this.name = 'ParseWorkerFailure';
  }
}

function isBundled(here: string): boolean {
  return /\.c?js$/.test(new URL(here).pathname);
}

/** How to start the worker from where this module runs. */
function workerSpec(): { entry: URL | string; options: WorkerOptions } {
  const here = import.meta.url;
  if (isBundled(here)) return { entry: new URL(`./${BUNDLED_WORKER_FILE}`, here), options: {} };
  // tsx's ESM API (its "import" export of tsx/esm/api), found from its package folder.
  const tsxApi = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  // The parent's own flags (tsx's --import, vitest's) are not the worker's business.
  return { entry: bootstrap, options: { eval: true, execArgv: [] } };
}

export type RunOptions = {
  signal?: AbortSignal;
  heapMb?: number;
};

/**
 * Starts the worker on `job` and hands each message to `onMessage` until the job's end.
 * Rejects with a `ParseWorkerFailure` when the worker runs out of memory, crashes or exits
 * without finishing, or when `signal` aborts (the worker is stopped at once).
 */
export function runParseJob<M extends WorkerMessage>(job: ParseJob, onMessage: (message: M) => void, options: RunOptions = {}): Promise<void> {
  const { entry, options: workerOptions } = workerSpec();
  const heapMb = options.heapMb ?? PARSE_WORKER_HEAP_MB;
  return new Promise<void>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ParseWorkerFailure('cancelled', 'cancelled before start'));
      return;
    }
    const worker = new Worker(entry, {
      ...workerOptions,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(16, Math.max(4, Math.round(heapMb / 16))), stackSizeMb: 8 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => settle(new ParseWorkerFailure('cancelled', 'cancelled'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: M) => {
      if (settled) return;
      if (message.type === 'end') {
        settle(null);
        return;
      }
      try {
        onMessage(message);
      } catch (error) {
        settle(error as Error);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|allocation failed/i.test(error.message);
      settle(new ParseWorkerFailure(outOfMemory ? 'out_of_memory' : 'crashed', error.message));
    });
    worker.on('exit', (code) => settle(new ParseWorkerFailure('crashed', `the worker exited (code ${code}) before finishing`)));
  });
}
