import type { ServerErrorCode } from '../../src-shared/sync/protocol';

const statusOf: Record<ServerErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  session_expired: 401,
  account_disabled: 403,
  forbidden: 403,
  not_found: 404,
  protocol_mismatch: 409,
  payload_too_large: 413,
  too_many_attempts: 429,
  internal: 500,
  server_unavailable: 503,
};

/** An error the server answers with: a code the client acts on and a message for people. */
export class ServerError extends Error {
  readonly status: number;

  constructor(
    readonly code: ServerErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}
