import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ParseJob, WorkerFailed, WorkerMessage } from './messages';
import { spawnParseProcess } from './process-spawn';

/**
 * Runs a parse job (a file turned into plain values) in a process of its own with a memory
 * limit, so that a hostile or huge file can exhaust that process's heap, never the process that
 * owns the database: a worker thread would not do, as one large allocation past a thread's limit
 * can abort the whole process (nodejs/node#47224). The worker posts its results as messages; the
 * job ends with `{ type: 'end' }`.
 *
 * Where the worker's code is, in the three ways the core runs:
 * - from TypeScript sources (tsx: the CLI, browser mode, tests under vitest): `worker.ts`, run
 *   by Node with tsx's loader;
 * - bundled (the Electron app, dist/main/app.cjs): `parse-worker.cjs` beside the bundle, built as
 *   its own entry by scripts/build.ts, run as Electron's utility process (process-spawn.ts).
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

/** The worker's entry file and the flags it needs besides its memory limit, from where this module runs. */
function workerEntry(): { entry: string; execArgv: string[] } {
  const here = import.meta.url;
  if (isBundled(here)) return { entry: fileURLToPath(new URL(`./${BUNDLED_WORKER_FILE}`, here)), execArgv: [] };
  // tsx's loader (what `--import tsx` loads), found from its package folder: not from the cwd.
  const tsxLoader = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  return { entry: fileURLToPath(new URL('./worker.ts', here)), execArgv: ['--import', tsxLoader] };
}

/** What a process that ran out of heap writes before it ends (V8's fatal error), or what the worker says when it refuses a file too big for its heap. */
const OUT_OF_MEMORY = /heap limit|out of memory|allocation failed/i;

export type RunOptions = {
  signal?: AbortSignal;
  heapMb?: number;
};

/**
 * Starts the worker on `job` and hands each message to `onMessage` until the job's end.
 * Rejects with a `ParseWorkerFailure` when the worker runs out of memory, fails, crashes or
 * exits without finishing, or when `signal` aborts (the worker is stopped at once).
 */
export function runParseJob<M extends WorkerMessage>(job: ParseJob, onMessage: (message: M) => void, options: RunOptions = {}): Promise<void> {
  const { entry, execArgv } = workerEntry();
  const heapMb = options.heapMb ?? PARSE_WORKER_HEAP_MB;
  return new Promise<void>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ParseWorkerFailure('cancelled', 'cancelled before start'));
      return;
    }
    const worker = spawnParseProcess(entry, [...execArgv, `--max-old-space-size=${heapMb}`]);
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      worker.kill();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => settle(new ParseWorkerFailure('cancelled', 'cancelled'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onMessage((received) => {
      if (settled) return;
      const message = received as M | WorkerFailed;
      if (message.type === 'end') {
        settle(null);
        return;
      }
      if (message.type === 'failed') {
        const { message: detail } = message as WorkerFailed;
        settle(new ParseWorkerFailure(OUT_OF_MEMORY.test(detail) ? 'out_of_memory' : 'crashed', detail));
        return;
      }
      try {
        onMessage(message as M);
      } catch (error) {
        settle(error as Error);
      }
    });
    worker.onExit((code, stderr) => {
      const outOfMemory = OUT_OF_MEMORY.test(stderr);
      const detail = outOfMemory ? 'the file needs more memory than the reader may use' : `the worker exited (code ${code ?? 'signal'}) before finishing${stderr ? `: ${stderr.trim().split('\n').at(-1) ?? ''}` : ''}`;
      settle(new ParseWorkerFailure(outOfMemory ? 'out_of_memory' : 'crashed', detail));
    });
    worker.send(job);
  });
}
