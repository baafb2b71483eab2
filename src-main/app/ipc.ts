import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../src-shared/contract/errors';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
import type { ApiHandlers, HandlerContext } from '../core/dispatch';
import { dispatch } from '../core/dispatch';
import type { EventListener } from '../core/events';
import { log } from '../log';
import { schemeAndHost } from './app-origin';
import { handleSaveFile, handleUpload, type FileTransferDeps } from './file-transfer';
import { checkSender, type SenderFrame } from './ipc-sender';
import { ipcChannels, type EventMessage } from './channels';

export { checkSender, type SenderCheck, type SenderFrame } from './ipc-sender';

const forbidden: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the CRM window; it was refused.' },
};

const malformed: ApiResult<never> = {
  ok: false,
  error: { code: 'validation', message: 'Malformed request: expected { name, input }.' },
};

export type InvokeDeps = { handlers: ApiHandlers; context: HandlerContext; allowedOrigin?: string };

/**
 * Everything `crm:invoke` does, without Electron: check the sender, unwrap `{ name, input }`,
 * then `dispatch` (which validates the input against the contract's zod schema before any
 * handler runs). Never throws; every outcome is an ApiResult.
 */
export async function handleInvoke(deps: InvokeDeps, frame: SenderFrame | null | undefined, payload: unknown): Promise<ApiResult<unknown>> {
  const sender = checkSender(frame, deps.allowedOrigin);
  if (!sender.ok) {
    // Log where it came from (scheme and host only: a URL path could carry personal data).
    const from = frame ? schemeAndHost(frame.url) : null;
    log.warn({ reason: sender.reason, protocol: from?.protocol, host: from?.host }, 'IPC call refused');
    return forbidden;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return malformed;
  const { name, input } = payload as { name?: unknown; input?: unknown };
  return dispatch(deps.handlers, deps.context, name, input);
}

/**
 * The one place in src-main that listens on ipcMain (a test enforces it): `crm:invoke`, and the
 * two file channels when `files` is given. Returns a function that removes the handlers, for a
 * clean shutdown.
 */
export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: InvokeDeps, files?: FileTransferDeps): () => void {
  ipcMain.handle(ipcChannels.invoke, (event: IpcMainInvokeEvent, payload: unknown) => handleInvoke(deps, event.senderFrame, payload));
  if (files) {
    ipcMain.handle(ipcChannels.upload, (event: IpcMainInvokeEvent, payload: unknown) => handleUpload(files, event.senderFrame, payload));
    ipcMain.handle(ipcChannels.saveFile, (event: IpcMainInvokeEvent, payload: unknown) => handleSaveFile(files, event.senderFrame, payload));
  }
  return () => {
    ipcMain.removeHandler(ipcChannels.invoke);
    if (files) {
      ipcMain.removeHandler(ipcChannels.upload);
      ipcMain.removeHandler(ipcChannels.saveFile);
    }
  };
}

/** The parts of a WebContents that events are pushed to. */
export type EventSink = { send: (channel: string, message: EventMessage) => void; isDestroyed: () => boolean };

/** Pushes one event to every live window on the single event channel. */
export function sendEvent<E extends ApiEventName>(targets: readonly EventSink[], name: E, payload: ApiEvents[E]): void {
  const message: EventMessage = { name, payload };
  for (const target of targets) {
    if (!target.isDestroyed()) target.send(ipcChannels.event, message);
  }
}

/**
 * Forwards the core's events (data changed, backups, …) to the windows. `targets` is read at
 * each event, so windows opened later receive them too. Returns the unsubscribe function.
 */
export function forwardCoreEvents(events: { subscribe: (listener: EventListener) => () => void }, targets: () => readonly EventSink[]): () => void {
  return events.subscribe((name, payload) => sendEvent(targets(), name, payload));
}
