import { utilityProcess } from 'electron';
import { stderrTail, type SpawnParseProcess } from '../jobs/parse/process-spawn';

/**
 * The parse worker as an Electron utility process: the app's binary does not run as plain Node
 * (its runAsNode fuse is off, electron-builder.yml), so `child_process.fork` is not an option.
 * A process of its own, with the heap limit the runner gives and no window or network of its own;
 * it talks through `process.parentPort` (src-main/jobs/parse/worker.ts).
 */
/** The worker's file as unpacked beside the archive (electron-builder.yml `asarUnpack`): a process is started from a real file. */
export function unpackedPath(entry: string): string {
  return entry.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export const utilityParseProcess: SpawnParseProcess = (entry, execArgv) => {
  const child = utilityProcess.fork(unpackedPath(entry), [], { execArgv, stdio: 'pipe', serviceName: 'CRM file reader' });
  const tail = stderrTail(child.stderr);
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(code, tail())),
    kill: () => {
      child.kill();
    },
  };
};
