import { ApiError, type ApiErrorCode } from '../../../src-shared/contract/errors';
import { SyncError } from '../../sync/transport';

/**
 * A failed call to the office server as a typed error the UI translates. `login`: the call was a
 * log-in, so "unauthenticated" means a wrong e-mail or password rather than a lapsed session.
 */
export function serverCallError(error: unknown, during: 'login' | 'session' = 'session'): unknown {
  if (!(error instanceof SyncError)) return error;
  const code = ((): ApiErrorCode => {
    if (error.kind === 'offline') return 'server_unreachable';
    switch (error.code) {
      case 'unauthenticated':
        return during === 'login' ? 'login_failed' : 'session_expired';
      case 'session_expired':
        return 'session_expired';
      case 'account_disabled':
        return 'account_disabled';
      case 'too_many_attempts':
        return 'too_many_attempts';
      case 'protocol_mismatch':
        return 'version_mismatch';
      case 'forbidden':
        return 'forbidden';
      case 'not_found':
        return 'not_found';
      default:
        return 'server_refused';
    }
  })();
  // The server's own sentence stays in the message (English, for logs and the CLI); the UI says it by code.
  return new ApiError({ code, message: error.message });
}

/** Runs a call to the office server, turning its failures into typed errors. */
export async function callServer<T>(call: () => Promise<T>, during: 'login' | 'session' = 'session'): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw serverCallError(error, during);
  }
}

export const notConnected = () =>
  new ApiError({ code: 'not_connected', message: 'This device is not connected to an office server: connect it in Settings first.' });
