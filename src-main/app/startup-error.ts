import { ApiError } from '../../src-shared/contract/errors';

export type StartupFailure = { title: string; message: string };

const title = 'CRM cannot start';

/**
 * What the native dialog says when the core cannot open. Database problems the user can act on
 * (a newer app wrote the file, the file is damaged, the disk is full) show their own message;
 * anything else gets a plain sentence. Never a stack trace: it means nothing to a salesperson
 * and may contain file paths with their name in them.
 */
export function startupFailure(error: unknown): StartupFailure {
  if (error instanceof ApiError && ['db_newer', 'db_corrupt', 'disk_full'].includes(error.body.code)) {
    return { title, message: error.body.message };
  }
  return {
    title,
    message: 'Something went wrong while opening your data; nothing was changed. Restart the app, and if this happens again, send the log to your administrator.',
  };
}
