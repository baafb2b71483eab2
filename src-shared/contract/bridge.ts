import type { ApiResult } from './errors';
import type { IncomingFile, OutgoingFile } from '../domain/files';
import type { ApiEventName, ApiEvents } from './events';

/**
 * What the Electron preload exposes as `window.crm`, and what the browser-mode client mimics.
 * Nothing else crosses from the renderer to the core.
 */
export type CrmBridge = {
  invoke: (name: string, input: unknown) => Promise<ApiResult<unknown>>;
  on: <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;
  /** Hands a file the user picked to the core; handlers then take its id. */
  upload: (fileName: string, bytes: ArrayBuffer) => Promise<ApiResult<IncomingFile>>;
  /** Asks where to save a file the core made (the desktop's save dialog) and writes it there. */
  saveFile: (file: OutgoingFile) => Promise<ApiResult<{ saved: boolean }>>;
};

/** Browser mode's HTTP protocol, shared by the host (src-main/web) and the client (src-renderer/api). */
export const webProtocol = {
  /** POST, JSON body `{ name, input }`, header `Authorization: Bearer <token>`; answers an ApiResult. */
  invokePath: '/api/invoke',
  /** GET, Server-Sent Events; `?token=` because EventSource cannot send headers. Each message: `{ name, payload }`. */
  eventsPath: '/api/events',
  /** The launch URL carries the token as `#token=…`; the page keeps it in sessionStorage and clears the hash. */
  tokenHashKey: 'token',
  /**
   * POST the raw bytes (header `X-File-Name`: the name, URI-encoded; Bearer token) → ApiResult of
   * an IncomingFile. GET `<filesPath>/<fileId>?token=` downloads an OutgoingFile.
   */
  filesPath: '/api/files',
  fileNameHeader: 'x-file-name',
  /** Largest request body accepted (bytes). */
  maxBodyBytes: 1_000_000,
} as const;
