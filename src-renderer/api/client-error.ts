import type { ApiErrorBody } from '../../src-shared/contract/errors';

/**
 * What a failed call throws in the renderer: the core's typed error body, or a connection
 * failure to the local host (nothing reached the core, so nothing was saved).
 */
export class ClientError extends Error {
  readonly body: ApiErrorBody;
  readonly connectionLost: boolean;

  constructor(body: ApiErrorBody, connectionLost = false) {
    super(body.message);
    this.name = 'ClientError';
    this.body = body;
    this.connectionLost = connectionLost;
  }

  static connection(detail: string): ClientError {
    return new ClientError({ code: 'internal', message: `connection to the local app failed: ${detail}` }, true);
  }
}

export function isClientError(value: unknown): value is ClientError {
  return value instanceof ClientError;
}
