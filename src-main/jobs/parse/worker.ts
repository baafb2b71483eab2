import { readFile } from 'node:fs/promises';
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

async function run(): Promise<void> {
  switch (job.kind) {
    case 'table':
      await readTable(job, post);
      break;
    case 'calendar': {
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
