import { catalogEntry, syncCatalog, type CellValue, type TableCatalogEntry } from '../../src-shared/sync/catalog';
import type { ViewerScopes } from '../../src-shared/sync/protocol';
import { audienceOf, canSee, type Viewer } from '../../src-shared/sync/scope';
import type { Core } from '../core/core';
import { getMeta, setMeta } from '../core/meta';
import { prepared } from '../db/handles';
import { purgeRow } from '../db/row-rebuild';
import { tableSpec } from '../db/synced-tables';
import type { WriteTx } from '../db/write-path';
import { recordConflict } from './conflicts';

/** The scopes the server last said this account has (none before the first pull). */
export function storedScopes(core: Core): ViewerScopes | null {
  const raw = getMeta(core.db, 'sync.scopes');
  return raw ? (JSON.parse(raw) as ViewerScopes) : null;
}

export function setStoredScopes(core: Core, scopes: ViewerScopes): void {
  setMeta(core.db, 'sync.scopes', JSON.stringify({ groups: [...scopes.groups].sort(), allGroups: scopes.allGroups }));
}

export const viewerOf = (core: Core, scopes: ViewerScopes): Viewer => ({ userId: core.userId, groups: scopes.groups, allGroups: scopes.allGroups });

/** What changed between two answers: whether something was lost, and what was gained ('all': every group). */
export function scopeDifference(before: ViewerScopes | null, after: ViewerScopes): { lost: boolean; gained: string[] | 'all' } {
  if (!before) return { lost: false, gained: [] };
  const lost = (before.allGroups && !after.allGroups) || before.groups.some((group) => !after.groups.includes(group) && !after.allGroups);
  if (after.allGroups && !before.allGroups) return { lost, gained: 'all' };
  return { lost, gained: after.groups.filter((group) => !before.groups.includes(group) && !before.allGroups) };
}

/** Tables whose rows may be hidden from some users, and the SQL that finds the candidates. */
const restricted = Object.entries(syncCatalog as Record<string, TableCatalogEntry>).flatMap(([tbl, entry]) => {
  if (entry.visibility.kind === 'private') return [{ tbl, where: `${entry.visibility.ownerField} IS NOT ?`, byUser: true }];
  if (entry.scopeField) return [{ tbl, where: `${entry.scopeField} IS NOT NULL AND ${entry.scopeField} <> ''`, byUser: false }];
  return [];
});

/** Removes a row the viewer may no longer see; its unsent edits are kept aside for Sync review. */
function drop(tx: WriteTx, at: string, tbl: string, rowId: string): void {
  for (const unsent of purgeRow(tx, tbl, rowId)) {
    recordConflict(tx.db, at, { kind: 'out_of_scope', tbl, row_id: rowId, local_value: unsent.changes, local_hlc: unsent.hlc });
  }
}

/** After a change was applied: drops the row (as it now is) if it is outside the viewer's scopes. */
export function dropIfHidden(tx: WriteTx, viewer: Viewer, at: string, tbl: string, row: Record<string, CellValue>): boolean {
  const entry = catalogEntry(tbl);
  if (!entry || (entry.visibility.kind !== 'private' && !entry.scopeField)) return false;
  if (canSee(viewer, audienceOf(tbl, row))) return false;
  drop(tx, at, tbl, String(row.id));
  return true;
}

/**
 * After this device's own change came back from the server: if it changed who sees the row (its
 * scope, its owner) and the row as it now is here is outside the viewer's scopes — a private
 * record handed to someone else, a record moved to a team its user is not in — the row leaves
 * this device as it leaves the others'.
 */
export function dropOwnIfHidden(tx: WriteTx, viewer: Viewer, at: string, tbl: string, rowId: string, fields: readonly string[]): boolean {
  const entry = catalogEntry(tbl);
  if (!entry) return false;
  const owner = entry.visibility.kind === 'private' ? entry.visibility.ownerField : entry.ownerField;
  if (!fields.some((field) => field === entry.scopeField || field === owner)) return false;
  const row = prepared(tx.db, `SELECT * FROM ${tableSpec(tbl).name} WHERE id = ?`).get(rowId) as Record<string, CellValue> | undefined;
  return row ? dropIfHidden(tx, viewer, at, tbl, row) : false;
}

/** Scopes were lost: removes from this device every row it may no longer see. */
export function dropHidden(tx: WriteTx, viewer: Viewer, at: string): number {
  let dropped = 0;
  for (const { tbl, where, byUser } of restricted) {
    const statement = prepared(tx.db, `SELECT * FROM ${tbl} WHERE ${where}`);
    const rows = (byUser ? statement.all(viewer.userId) : statement.all()) as Record<string, CellValue>[];
    for (const row of rows) {
      if (canSee(viewer, audienceOf(tbl, row))) continue;
      drop(tx, at, tbl, String(row.id));
      dropped += 1;
    }
  }
  return dropped;
}
