import type { ApiInput, ApiName, ApiOutput } from '../../src-shared/contract/api';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
import type { IncomingFile, OutgoingFile } from '../../src-shared/domain/files';
import { createBridgeTransport } from './bridge-transport';
import { ClientError } from './client-error';
import { createHttpTransport } from './http-transport';
import { captureLaunchToken } from './launch-token';
import type { ConnectionStatus, Transport } from './transport';

export { ClientError, isClientError } from './client-error';
export type { ConnectionStatus } from './transport';

let transport: Transport | null = null;
let status: ConnectionStatus = 'connected';
const statusListeners = new Set<(status: ConnectionStatus) => void>();

function report(next: ConnectionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of statusListeners) listener(next);
}

/**
 * Picks how to reach the core: the Electron bridge when the preload exposed `window.crm`, else
 * browser mode's HTTP with the launch token. Call once at start-up, before the first render.
 */
export function connectToCore(): Transport['kind'] {
  if (window.crm) {
    transport = createBridgeTransport(window.crm);
  } else {
    transport = createHttpTransport(captureLaunchToken(), report);
  }
  return transport.kind;
}

function current(): Transport {
  if (!transport) connectToCore();
  return transport as Transport;
}

/** Calls the core. Resolves with the typed output or throws a ClientError. */
export async function invoke<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await current().invoke(name, input);
  if (!result.ok) throw new ClientError(result.error);
  return result.value as ApiOutput<N>;
}

/** Hands a file the user picked to the core; handlers then take its `fileId`. Throws a ClientError. */
export async function uploadFile(file: File): Promise<IncomingFile> {
  const result = await current().upload(file);
  if (!result.ok) throw new ClientError(result.error);
  return result.value;
}

/** Saves a document the core made (save dialog or download); false when the user cancelled. */
export async function saveFile(file: OutgoingFile): Promise<boolean> {
  const result = await current().saveFile(file);
  if (!result.ok) throw new ClientError(result.error);
  return result.value.saved;
}

/** Listens to an event pushed by the core; returns the function that stops listening. */
export function on<E extends ApiEventName>(event: E, callback: (payload: ApiEvents[E]) => void): () => void {
  return current().on(event, callback);
}

export function connectionStatus(): ConnectionStatus {
  return status;
}

export function onConnectionChange(listener: (status: ConnectionStatus) => void): () => void {
  statusListeners.add(listener);
  return () => {
    statusListeners.delete(listener);
  };
}
