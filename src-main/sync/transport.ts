import { unpackHlcs } from '../../src-shared/sync/packed-hlcs';
import {
  type AccountSummary,
  type AdminCreateUser,
  type AdminUpdateUser,
  PROTOCOL_VERSION,
  SYNC_SCHEMA_VERSION,
  type LoginRequest,
  type LoginResponse,
  type PullResponse,
  type PushResponse,
  type PushTxn,
  type ServerErrorBody,
  type SnapshotRequest,
  type SnapshotResponse,
  type ServerErrorCode,
} from '../../src-shared/sync/protocol';

/** Why a sync request failed, in the terms the engine acts on. */
export class SyncError extends Error {
  constructor(
    /** offline: no answer (retry later); auth: log in again; update: versions differ; server: the server refused or failed */
    readonly kind: 'offline' | 'auth' | 'update' | 'server',
    message: string,
    readonly code?: ServerErrorCode,
  ) {
    super(message);
  }
}

export type SyncTransport = {
  login(request: LoginRequest): Promise<LoginResponse>;
  push(txns: PushTxn[]): Promise<PushResponse>;
  pull(since: number, limit: number): Promise<PullResponse>;
  snapshot(request: Omit<SnapshotRequest, 'protocol' | 'schema'>): Promise<SnapshotResponse>;
  /** Administration of accounts (the server refuses anyone but an administrator). */
  admin: {
    listUsers(): Promise<{ users: AccountSummary[] }>;
    createUser(input: AdminCreateUser): Promise<{ user: AccountSummary }>;
    updateUser(input: AdminUpdateUser): Promise<unknown>;
  };
};

const authCodes = new Set<ServerErrorCode>(['unauthenticated', 'session_expired', 'account_disabled']);

/** The sync protocol over HTTP(S) with fetch; a request that gets no answer in time is "offline". */
export function httpTransport(baseUrl: string, token: () => string | undefined, timeoutMs = 30_000): SyncTransport {
  async function exchange<T>(path: string, body: unknown, signal: AbortSignal): Promise<T> {
    let response: Response;
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const current = token();
      if (current) headers.authorization = `Bearer ${current}`;
      response = await fetch(new URL(path, baseUrl), { method: 'POST', headers, body: JSON.stringify(body), signal });
    } catch (error) {
      throw new SyncError('offline', `The office server cannot be reached (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}).`);
    }
    // A connection lost while the answer arrives is "offline" (retry later), not a server's fault.
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new SyncError('offline', `The connection to the office server broke during its answer (${(error as Error).message}).`);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new SyncError(response.status >= 500 ? 'offline' : 'server', `The office server answered ${response.status} without JSON.`);
    }
    if (!response.ok) {
      const error = (payload as Partial<ServerErrorBody>).error;
      const code = error?.code ?? 'internal';
      const kind = authCodes.has(code) ? 'auth' : code === 'protocol_mismatch' ? 'update' : response.status >= 500 ? 'offline' : 'server';
      throw new SyncError(kind, error?.message ?? `The office server answered ${response.status}.`, code);
    }
    return payload as T;
  }
  /*
   * The time limit is a timer that keeps the process alive, not AbortSignal.timeout's (which
   * does not): Node 20's fetch can leave a request pending forever when the server accepts the
   * connection and closes or resets it at once (a server going down, a port forwarder without
   * its back end). The limit then ends it as "offline"; with an unref'd timer the headless CLI
   * exited 13 (unsettled top-level await) without a word.
   */
  async function call<T>(path: string, body: unknown): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), timeoutMs);
    try {
      return await exchange<T>(path, body, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }
  const versions = { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION };
  /** The server refused a snapshot request asking for packed rows (it predates them). */
  let packedRefused = false;
  return {
    login: (request) => call('/v1/login', request),
    push: (txns) => call('/v1/push', { ...versions, txns }),
    pull: (since, limit) => call('/v1/pull', { ...versions, since, limit }),
    snapshot: async (request) => {
      if (packedRefused) return call('/v1/snapshot', { ...versions, ...request });
      let answer: SnapshotResponse;
      try {
        answer = await call<SnapshotResponse>('/v1/snapshot', { ...versions, ...request, packed: true });
      } catch (error) {
        // A server that predates packed rows refuses the request as malformed: ask as it understands.
        if (!(error instanceof SyncError) || error.code !== 'bad_request') throw error;
        packedRefused = true;
        return call('/v1/snapshot', { ...versions, ...request });
      }
      for (const row of answer.rows) row.hlcs = unpackHlcs(row.data, row.hlcs);
      return answer;
    },
    admin: {
      listUsers: () => call('/v1/admin/users/list', {}),
      createUser: (input) => call('/v1/admin/users/create', input),
      updateUser: (input) => call('/v1/admin/users/update', input),
    },
  };
}
