import type { ApiResult } from '../../src-shared/contract/errors';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
import type { IncomingFile, OutgoingFile } from '../../src-shared/domain/files';

export type EventCallback<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** How the typed client reaches the core: the Electron bridge or browser mode's HTTP. */
export type Transport = {
  kind: 'bridge' | 'http';
  invoke: (name: string, input: unknown) => Promise<ApiResult<unknown>>;
  on: <E extends ApiEventName>(event: E, callback: EventCallback<E>) => () => void;
  /** Hands a picked file to the core. */
  upload: (file: File) => Promise<ApiResult<IncomingFile>>;
  /** Saves a document the core made: the desktop's save dialog, or a browser download. */
  saveFile: (file: OutgoingFile) => Promise<ApiResult<{ saved: boolean }>>;
};

/** The state of the link to the local host; only browser mode can lose it. */
export type ConnectionStatus = 'connected' | 'lost' | 'unauthorized';
