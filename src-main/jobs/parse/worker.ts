import { readFile, stat } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { parseICalendar } from '../../../src-shared/ical';
import { decodeText } from '../import/text-decode';
import { readTable } from '../import/read-table';
import type { CalendarParsed, ParseJob, WorkerMessage } from './messages';

/**
 * The parse worker's entry (runner.ts starts it with a memory limit). It reads one job from
 * `workerData`, posts what it finds and ends with `{ type: 'end' }`; an exception reaches the
 * core as the worker's `error` event.
 */
const job = workerData as ParseJob;
const post = (message: WorkerMessage | CalendarParsed) => parentPort?.postMessage(message);

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

async function run(): Promise<void> {
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
  }
}

// An error thrown outside the promise reaches the core as the worker's `error` event.
run().catch((error: unknown) => {
  process.nextTick(() => {
    throw error;
  });
});
