import type { CrmBridge } from '../../src-shared/contract/bridge';
import type { ApiResult } from '../../src-shared/contract/errors';
import { apiEventNames, type ApiEventName, type ApiEvents } from '../../src-shared/contract/events';
import type { IncomingFile, OutgoingFile } from '../../src-shared/domain/files';
import { ipcChannels } from '../app/channels';

/** The few ipcRenderer methods the bridge uses; tests pass a fake. */
export type IpcRendererLike = {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
  removeListener: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => unknown;
};

/** The exact keys `window.crm` has. A test compares the bridge against this list. */
export const bridgeKeys = ['invoke', 'on', 'upload', 'saveFile'] as const;

const knownEvents = new Set<string>(apiEventNames);

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Builds `window.crm`. It wraps ipcRenderer instead of exposing it: the page can call the core
 * and hear its events, and nothing else (no arbitrary channels, no `event.sender`).
 */
export function createBridge(ipc: IpcRendererLike): CrmBridge {
  const request = async <T>(channel: string, payload: unknown): Promise<ApiResult<T>> => {
    const result = await ipc.invoke(channel, payload);
    if (isApiResult(result)) return result as ApiResult<T>;
    return { ok: false, error: { code: 'internal', message: 'The app answered with something unexpected.' } };
  };
  const invoke = (name: string, input: unknown) => request<unknown>(ipcChannels.invoke, { name, input });

  const on = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): (() => void) => {
    if (!knownEvents.has(event) || typeof listener !== 'function') return () => undefined;
    // The IPC event object is dropped here: it carries `sender`, i.e. ipcRenderer itself.
    const relay = (_event: unknown, message: unknown): void => {
      if (typeof message !== 'object' || message === null) return;
      const { name, payload } = message as { name?: unknown; payload?: unknown };
      if (name === event) listener(payload as ApiEvents[E]);
    };
    ipc.on(ipcChannels.event, relay);
    return () => {
      ipc.removeListener(ipcChannels.event, relay);
    };
  };

  // Only plain data crosses: the name and the bytes, or the id of a file the core made.
  const upload = (fileName: string, bytes: ArrayBuffer) => request<IncomingFile>(ipcChannels.upload, { fileName: String(fileName), bytes });
  const saveFile = (file: OutgoingFile) => request<{ saved: boolean }>(ipcChannels.saveFile, { fileId: String(file.fileId) });

  return { invoke, on, upload, saveFile };
}
