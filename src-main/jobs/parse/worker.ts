import { parentPort, workerData } from 'node:worker_threads';
import { readTable } from '../import/read-table';
import type { ParseJob, WorkerMessage } from './messages';

/**
 * The parse worker's entry (runner.ts starts it with a memory limit). It reads one job from
 * `workerData`, posts what it finds and ends with `{ type: 'end' }`; an exception reaches the
 * core as the worker's `error` event.
 */
const job = workerData as ParseJob;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function run(): Promise<void> {
  switch (job.kind) {
    case 'table':
      await readTable(job, post);
      break;
  }
}

// An error thrown outside the promise reaches the core as the worker's `error` event.
run().catch((error: unknown) => {
  process.nextTick(() => {
    throw error;
  });
});
