import { fork } from 'node:child_process';

/**
 * How the parse worker's process is started: the seam between the runner and the host. Plain
 * Node (the CLI, browser mode, tests) forks a Node process; the Electron app, whose Electron
 * binary does not run as plain Node (its runAsNode fuse is off), installs its own spawner built on
 * `utilityProcess` (src-main/app/parse-process.ts). Either way the process has its own heap with
 * its own limit: a file that exhausts it ends that process, never the one that owns the database.
 */
export type ParseProcess = {
  /** Sends the job (structured-clone data). */
  send: (message: unknown) => void;
  onMessage: (listener: (message: unknown) => void) => void;
  /** The process ended: its exit code (null when killed by a signal) and the end of what it wrote on stderr. */
  onExit: (listener: (code: number | null, stderrTail: string) => void) => void;
  kill: () => void;
};

export type SpawnParseProcess = (entry: string, execArgv: string[]) => ParseProcess;

/** What is kept of a process's stderr: the end, where a fatal error is told. */
const STDERR_TAIL = 4_096;

/** Keeps the last `STDERR_TAIL` characters written to a stream. */
export function stderrTail(stream: NodeJS.ReadableStream | null | undefined): () => string {
  let tail = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL);
  });
  return () => tail;
}

/** A Node child process with an IPC channel (structured clone, as between threads). */
export const forkNodeProcess: SpawnParseProcess = (entry, execArgv) => {
  const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const tail = stderrTail(child.stderr);
  return {
    send: (message) => child.send(message as never),
    onMessage: (listener) => child.on('message', listener),
    // 'close': the process ended and its stderr was read to the end.
    onExit: (listener) => child.once('close', (code) => listener(code, tail())),
    kill: () => {
      child.kill('SIGKILL');
    },
  };
};

let spawner: SpawnParseProcess = forkNodeProcess;

/** Installs the host's way of starting the parse process (the Electron app's, at start). */
export function useParseProcessSpawner(spawn: SpawnParseProcess): void {
  spawner = spawn;
}

export const spawnParseProcess: SpawnParseProcess = (entry, execArgv) => spawner(entry, execArgv);
