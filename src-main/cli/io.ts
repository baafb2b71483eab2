import { closeCore, openCore, type Core } from '../core/core';
import { catchUpNow } from '../core/derived-catch-up';
import { dataPaths } from '../core/paths';
import { existsSync } from 'node:fs';

/** Where a command writes: results on stdout, progress and errors on stderr. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress can redraw one line). */
  interactive: boolean;
};

export type CommandContext = { dataDir: string; io: CliIo };

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure the user can act on: printed as one line, exit code 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** A failure already reported on stderr (the typed API error): exit 1 without another line. */
export class ReportedFailure extends CliFailure {}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  };
}

/**
 * Opens the core the way the app does (integrity check, refuse newer files, migrate), without
 * the daily backup. `mustExist` refuses to create a new database where the user expected one.
 */
export function openCliCore(dataDir: string, options: { mustExist: boolean }): Core {
  const { databaseFile } = dataPaths(dataDir);
  if (options.mustExist && !existsSync(databaseFile)) {
    throw new CliFailure(`There is no CRM database in ${dataDir} (no ${databaseFile}). Pass --data-dir or set CRM_DATA_DIR.`);
  }
  return openCore({ dataDir, dailyBackup: false });
}

/** Runs `work` with an open core and always closes it. */
export async function withCore<T>(dataDir: string, options: { mustExist: boolean }, work: (core: Core) => T | Promise<T>): Promise<T> {
  const core = openCliCore(dataDir, options);
  try {
    const result = await work(core);
    // What a large import left for after its commit is made before the command ends.
    catchUpNow(core);
    return result;
  } finally {
    closeCore(core);
  }
}
