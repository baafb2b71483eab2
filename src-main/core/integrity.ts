import { damagedDatabase } from '../db/open';
import type { IntegrityMessage } from '../jobs/parse/messages';
import { ParseWorkerFailure, runParseJob } from '../jobs/parse/runner';
import { log } from '../log';

/*
 * Every start checks the database's integrity (`quick_check`) before anything is written to it.
 * That reads the whole file: ~2 s for the 1.4 GB `large` base, more than the whole budget of
 * opening and showing the first screen. The interactive hosts (the app, browser mode) therefore
 * run it beside the first screen, on a read-only connection in the worker process, on the
 * machine's other core: the base was sound when it was last written (every transaction is
 * atomic), and a damaged one is found within those seconds. What must not touch a damaged base
 * waits for the verdict: the daily backup (rotating backups would replace good copies), the
 * background jobs (sync, maintenance). A base with migrations to apply is still checked before
 * it is backed up and migrated (db/open.ts).
 */

/** Runs `quick_check` where the worker can; resolves when the file is sound, rejects with the error an open gives a damaged one. */
export async function checkIntegrityAside(file: string, checkHere: () => string): Promise<void> {
  let result: string | null = null;
  try {
    await runParseJob<IntegrityMessage>({ kind: 'integrity', path: file }, (message) => {
      if (message.type === 'integrity') result = message.result;
    });
  } catch (error) {
    // A worker that could not run (no process, a crash) says nothing of the file: check it here.
    log.warn({ reason: error instanceof ParseWorkerFailure ? error.reason : (error as Error).message }, 'the integrity check could not run in the worker: checking in the core');
    result = checkHere();
  }
  if (result === null) throw new Error('the integrity check ended without an answer');
  if (result !== 'ok') throw damagedDatabase(file, result);
}
