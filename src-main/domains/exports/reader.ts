import Database from 'better-sqlite3';
import type { Core } from '../../core/core';
import { asReadDb, type ReadDb } from '../../db/handles';

/** An export's own read-only connection; closing it ends its snapshot. */
export type ExportReader = { db: ReadDb; close: () => void };

/** SQLite's page cache for an export's connection: enough for a page of rows and their joins. */
const CACHE_KIB = 32 * 1024;

/**
 * A connection of the export's own, read-only, inside one read transaction: the whole list is
 * read from a single snapshot (an edit or a sync while the file is written neither shifts nor
 * changes its rows), and without the app connection's file map (the 512 MB map would hold every
 * page of the list in the process's memory). Writers are not held up (WAL).
 */
export function openExportReader(core: Core): ExportReader {
  const raw = new Database(core.paths.databaseFile, { readonly: true, fileMustExist: true });
  try {
    raw.pragma('busy_timeout = 5000');
    raw.pragma('mmap_size = 0');
    raw.pragma(`cache_size = -${CACHE_KIB}`);
    raw.exec('BEGIN');
  } catch (error) {
    raw.close();
    throw error;
  }
  let open = true;
  return {
    db: asReadDb(raw),
    close: () => {
      if (!open) return;
      open = false;
      try {
        if (raw.inTransaction) raw.exec('COMMIT');
      } finally {
        raw.close();
      }
    },
  };
}
