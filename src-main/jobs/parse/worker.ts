import { readFile, stat } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { parseICalendar } from '../../../src-shared/ical';
import { decodeText } from '../import/text-decode';
import { readTable } from '../import/read-table';
import type { CalendarParsed, IntegrityChecked, ParseJob, WorkerFailed, WorkerMessage } from './messages';

/**
 * The parse worker's entry: a process of its own, started by runner.ts with a memory limit (a
 * Node child process, or Electron's utility process in the app). It waits for one job from its
 * parent, posts what it finds and ends with `{ type: 'end' }`, or with `{ type: 'failed' }` when
 * the job throws. It leaves when its parent does.
 */

type Parent = { post: (message: WorkerMessage | CalendarParsed | IntegrityChecked | WorkerFailed) => void; onJob: (listener: (job: ParseJob) => void) => void };

/** Electron's utility process talks through `process.parentPort`, a forked Node process through `process.send`. */
function parentChannel(): Parent {
  const port = (process as unknown as { parentPort?: { postMessage: (message: unknown) => void; once: (event: 'message', listener: (event: { data: unknown }) => void) => void } }).parentPort;
  if (port) return { post: (message) => port.postMessage(message), onJob: (listener) => port.once('message', (event) => listener(event.data as ParseJob)) };
  if (process.send) {
    process.on('disconnect', () => process.exit(0));
    return { post: (message) => process.send?.(message), onJob: (listener) => process.once('message', (job) => listener(job as ParseJob)) };
  }
  throw new Error('the parse worker runs as a child process of the core');
}

const parent = parentChannel();
const post = parent.post;

/**
 * What a calendar takes in memory once read and parsed, against its size on disk: its text, then
 * its events' strings and objects (measured: about twice the file; three to be safe).
 */
const CALENDAR_MEMORY_FACTOR = 3;

/**
 * Refuses, before reading it, a calendar the heap could not hold. The heap limit ends the worker
 * cleanly when many small allocations exhaust it, but a single large one (the file's text) can
 * abort the whole process instead (nodejs/node#47224): that must not happen here.
 */
async function refuseWhatCannotFit(path: string): Promise<void> {
  const { size } = await stat(path);
  const limit = getHeapStatistics().heap_size_limit;
  if (size * CALENDAR_MEMORY_FACTOR > limit) {
    throw new Error(`out of memory: a calendar of ${Math.ceil(size / 1_048_576)} MB needs more than the reader's ${Math.floor(limit / 1_048_576)} MB`);
  }
}

async function run(job: ParseJob): Promise<void> {
  switch (job.kind) {
    case 'table':
      await readTable(job, post);
      break;
    case 'calendar': {
      await refuseWhatCannotFit(job.path);
      // iCalendar is UTF-8; older Windows exports are sometimes Windows-1252 (€ and Œ included), or UTF-16 with a BOM.
      const text = decodeText(await readFile(job.path)).text;
      post({ type: 'calendar', result: parseICalendar(text, { defaultTimeZone: job.defaultTimeZone }) });
      post({ type: 'end' });
      break;
    }
    case 'integrity': {
      // Loaded for this job only: a file reader never depends on the native module.
      const { default: Database } = await import('better-sqlite3');
      // Read-only: the core's own connection writes meanwhile (WAL), this one reads a snapshot.
      const db = new Database(job.path, { readonly: true, fileMustExist: true });
      try {
        post({ type: 'integrity', result: String(db.pragma('quick_check', { simple: true })) });
      } finally {
        db.close();
      }
      post({ type: 'end' });
      break;
    }
    default:
      throw new Error(`unknown parse job: ${String((job as { kind?: unknown }).kind)}`);
  }
}

parent.onJob((job) => {
  run(job).catch((error: unknown) => post({ type: 'failed', message: (error as Error)?.message ?? String(error) }));
});
