import type { Core } from '../core/core';
import { getMeta, setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { applySnapshotRows } from './apply';
import { setStoredScopes, viewerOf } from './scopes';
import { pullCursor, setPullCursor } from './state';
import type { SyncTransport } from './transport';

const SNAPSHOT_PAGE = 2_000;
const PROGRESS_KEY = 'sync.snapshot';

/** A snapshot to fetch (or being fetched): all that the account sees, or only some scopes. */
type Progress = { after: { tbl: string; rowId: string } | null; watermark: number | null; scopes: string[] | null };

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
  setMeta(core.db, PROGRESS_KEY, JSON.stringify({ after: null, watermark: null, scopes: merged } satisfies Progress));
}

/**
 * Fetches and applies the pending snapshot page by page; each page and the progress commit
 * together, so an interrupted snapshot resumes where it stopped. A full snapshot (a new
 * device) ends by moving the pull cursor to its watermark. Returns the rows applied.
 */
export async function fetchSnapshot(core: Core, transport: SyncTransport): Promise<{ rows: number; conflicts: number }> {
  let progress = pendingSnapshot(core);
  let rows = 0;
  let conflicts = 0;
  while (progress) {
    const current: Progress = progress;
    const page = await transport.snapshot({ after: current.after, limit: SNAPSHOT_PAGE, ...(current.scopes ? { scopes: current.scopes } : {}) });
    const watermark = current.watermark ?? page.watermark;
    const txnId = `snapshot-${watermark}`;
    conflicts += write(core, (tx) => {
      const found = applySnapshotRows(core, tx, page.rows, txnId, viewerOf(core, page.scopes));
      setStoredScopes(core, page.scopes);
      if (page.next) {
        setMeta(core.db, PROGRESS_KEY, JSON.stringify({ after: page.next, watermark, scopes: current.scopes } satisfies Progress));
      } else {
        core.db.prepare('DELETE FROM meta WHERE key = ?').run(PROGRESS_KEY);
        if (current.scopes === null && watermark > pullCursor(core)) setPullCursor(core, watermark);
      }
      return found;
    });
    rows += page.rows.length;
    progress = page.next ? pendingSnapshot(core) : null;
  }
  return { rows, conflicts };
}
