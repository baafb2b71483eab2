import { ApiError } from '../../src-shared/contract/errors';

/** Problems found while opening the database, each with what the user can do about it. */
export class DatabaseOpenError extends ApiError {
  constructor(code: 'db_newer' | 'db_corrupt' | 'disk_full', message: string) {
    super({ code, message });
    this.name = 'DatabaseOpenError';
  }
}

type SqliteError = Error & { code?: string };

/** Maps SQLite's failures to the errors users are told about; others pass through. */
export function toUserFacingError(error: unknown): unknown {
  const code = (error as SqliteError | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || (error as NodeJS.ErrnoException)?.code === 'ENOSPC') {
    return new ApiError({
      code: 'disk_full',
      message: 'The disk is full: nothing was saved. Free some disk space, then try again.',
    });
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new ApiError({
      code: 'db_corrupt',
      message: 'The database file is damaged. Restore the latest backup (Settings → Backups, or `npm run crm -- restore`).',
    });
  }
  return error;
}
