import { rebuildAttendeeIndex } from '../db/attendee-index';
import { MAX_PULL_CHANGES, MAX_SNAPSHOT_ROWS, type SnapshotResponse } from '../../src-shared/sync/protocol';
import type { Core } from '../core/core';
import { getMeta, setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { rebuildSetAsideIndexes, setIndexesAside } from '../db/bulk-load';
import type { WriteDb } from '../db/handles';
import { rebuildDuplicateKeys } from '../db/duplicate-index';
import { rebuildSearchIndex } from '../db/search-index';
import { applySnapshotRows } from './apply';
import { deferCheckpoints } from '../core/checkpoints';
import { forgetIncomplete, incompleteRows, stillIncomplete } from './incomplete';
import { setStoredScopes, viewerOf } from './scopes';
import { pullCursor, setPullCursor } from './state';
import { SyncError, type SyncTransport } from './transport';

/** Rows per request (the most the server sends) and per transaction. */
const SNAPSHOT_PAGE = MAX_PULL_CHANGES;
const PROGRESS_KEY = 'sync.snapshot';

/** The tables the search index is built from, and the one it reads contacts' companies through. */
const SEARCHED_TABLES = ['contacts', 'companies', 'deals', 'activities', 'contact_companies'];

/*
 * The tables of a new device went from empty to full: the query planner learns their real shape
 * before the search index is built from them. Without statistics it reads each table's
 * not-deleted rows through an index on `deleted` and sorts them all again for every page of the
 * rebuild (large: ~40 s), instead of walking the id index (~0.5 s for these statistics, exact
 * ones: sampled ones mislead it the same way).
 */
function analyzeLoadedTables(db: WriteDb): void {
  const limit = db.pragma('analysis_limit', { simple: true }) as number;
  db.pragma('analysis_limit = 0');
  try {
    for (const table of SEARCHED_TABLES) db.exec(`ANALYZE ${table}`);
  } finally {
    db.pragma(`analysis_limit = ${limit}`);
  }
}

/**
 * A snapshot to fetch (or being fetched): all that the account sees, or only some scopes.
 * `bulk`: the device held no records when it was asked for (a new device): it is loaded as a
 * bulk load (see fetchSnapshot).
 */
type Progress = { after: { tbl: string; rowId: string } | null; watermark: number | null; scopes: string[] | null; bulk?: boolean };

export function pendingSnapshot(core: Core): Progress | null {
  const raw = getMeta(core.db, PROGRESS_KEY);
  return raw ? (JSON.parse(raw) as Progress) : null;
}

/** Asks for a snapshot at the next sync (inside the caller's transaction): null scopes = everything. */
export function requestSnapshot(core: Core, scopes: string[] | null): void {
  const current = pendingSnapshot(core);
  // A full snapshot already asked for covers any scope.
  if (current && current.scopes === null) return;
  const merged = scopes === null ? null : [...new Set([...(current?.scopes ?? []), ...scopes])];
  // Nothing but the user's own profile: every row of the snapshot will be new here.
  const empty = core.db.prepare("SELECT NOT EXISTS (SELECT 1 FROM row_versions WHERE tbl <> 'users')").pluck().get() === 1;
  setMeta(core.db, PROGRESS_KEY, JSON.stringify({ after: null, watermark: null, scopes: merged, bulk: merged === null && empty } satisfies Progress));
}

/**
 * Fetches and applies the pending snapshot page by page; each page and the progress commit
 * together, so an interrupted snapshot resumes where it stopped. The snapshot of a new device
 * is a bulk load: secondary indexes are set aside (built again at the end, or if it stops)
 * and the search index is built once, with the last page. A full snapshot ends by moving the
 * pull cursor to its watermark. Returns the rows applied.
 */
export async function fetchSnapshot(core: Core, transport: SyncTransport): Promise<{ rows: number; conflicts: number }> {
  let progress = pendingSnapshot(core);
  if (!progress) return { rows: 0, conflicts: 0 };
  const bulk = progress.bulk === true;
  const checkpoint = deferCheckpoints(core);
  let rows = 0;
  let conflicts = 0;
  const request = (after: Progress['after'], scopes: string[] | null) =>
    transport.snapshot({ after, limit: SNAPSHOT_PAGE, ...(scopes ? { scopes } : {}) });
  let nextPage: Promise<SnapshotResponse> | null = request(progress.after, progress.scopes);
  try {
    while (progress && nextPage) {
      const current: Progress = progress;
      const page: SnapshotResponse = await nextPage;
      // The server prepares the next page while this one is applied.
      nextPage = page.next ? request(page.next, current.scopes) : null;
      nextPage?.catch(() => undefined);
      const watermark = current.watermark ?? page.watermark;
      const txnId = `snapshot-${watermark}`;
      conflicts += write(core, (tx) => {
        if (bulk) {
          setIndexesAside(tx.db);
          tx.searchDeferred = true;
        }
        const found = applySnapshotRows(core, tx, page.rows, txnId, viewerOf(core, page.scopes));
        setStoredScopes(core, page.scopes);
        if (page.next) {
          setMeta(core.db, PROGRESS_KEY, JSON.stringify({ ...current, after: page.next, watermark } satisfies Progress));
        } else {
          core.db.prepare('DELETE FROM meta WHERE key = ?').run(PROGRESS_KEY);
          if (bulk) {
            // The search documents read contacts' companies through the indexes.
            rebuildSetAsideIndexes(tx.db);
            analyzeLoadedTables(tx.db);
            rebuildSearchIndex(tx.db);
            rebuildDuplicateKeys(tx.db);
            rebuildAttendeeIndex(tx.db);
          }
          if (current.scopes === null && watermark > pullCursor(core)) setPullCursor(core, watermark);
        }
        return found;
      });
      rows += page.rows.length;
      progress = pendingSnapshot(core);
    }
  } finally {
    // Done or not (offline, refused), the app gets its indexes back until the snapshot resumes.
    rebuildSetAsideIndexes(core.db);
    checkpoint();
  }
  return { rows, conflicts };
}

/**
 * Fetches whole, by key, the rows this device was sent only a part of (see incomplete.ts), and
 * applies them like snapshot rows; a row the server no longer shows this account leaves the list
 * unfetched. A server that cannot send rows by key gets a full snapshot asked of it instead.
 */
export async function fetchIncomplete(core: Core, transport: SyncTransport): Promise<{ rows: number; conflicts: number }> {
  let rows = 0;
  let conflicts = 0;
  while (incompleteRows(core).length > 0) {
    const wanted = write(core, () => stillIncomplete(core)).slice(0, MAX_SNAPSHOT_ROWS);
    if (wanted.length === 0) break;
    let page: SnapshotResponse;
    try {
      page = await transport.snapshot({ after: null, limit: MAX_SNAPSHOT_ROWS, rows: wanted });
    } catch (error) {
      if (!(error instanceof SyncError) || error.code !== 'bad_request') throw error;
      write(core, () => {
        requestSnapshot(core, null);
        forgetIncomplete(core, incompleteRows(core));
      });
      const full = await fetchSnapshot(core, transport);
      return { rows: rows + full.rows, conflicts: conflicts + full.conflicts };
    }
    conflicts += write(core, (tx) => {
      const found = applySnapshotRows(core, tx, page.rows, `snapshot-${page.watermark}`, viewerOf(core, page.scopes));
      forgetIncomplete(core, wanted);
      return found;
    });
    rows += page.rows.length;
  }
  return { rows, conflicts };
}
