import { addNewRecordKeys, isDuplicateTable } from '../../db/duplicate-index';
import { prepared } from '../../db/handles';
import { noteMergeFollowUps } from '../../db/merge-follow-ups';
import { answersFilter, referencesFrom, type ReferencedTable } from '../../db/record-references';
import type { Row, TableSpec } from '../../db/synced-tables';
import { touch, type WriteTx } from '../../db/write-path';

/** A row just created, as written (data fields, derived columns and id), with the fields given. */
export type WrittenRow = { row: Row; changed: ReadonlySet<string> };

/** Whether a bulk load may take the many-rows way: the write path's own rules apply otherwise (bulk loads that defer indexes, attendees). */
export const afterWriteInBulk = (tx: WriteTx, spec: TableSpec): boolean => !tx.searchDeferred && !tx.duplicateKeysDeferred && spec.name !== 'activities';

/**
 * Whether any of these rows points at a merged record (or may: a reference held in JSON is not
 * read here). When none does, the write path's check before commit (merged-records.ts
 * `followRow`) would find nothing to move for them; asked once per target table for all rows.
 */
function mayPointAtMergedRecords(tx: WriteTx, spec: TableSpec, written: readonly WrittenRow[]): boolean {
  const targets = new Map<ReferencedTable, Set<string>>();
  for (const reference of referencesFrom(spec.name)) {
    for (const { row, changed } of written) {
      if (!changed.has(reference.column) || !answersFilter(reference, row)) continue;
      const value = row[reference.column];
      if (typeof value !== 'string' || value === '') continue;
      if (reference.kind !== 'column' && reference.kind !== 'join') return true;
      const ids = targets.get(reference.target) ?? new Set<string>();
      ids.add(value);
      targets.set(reference.target, ids);
    }
  }
  for (const [table, ids] of targets) {
    const merged = prepared(tx.db, `SELECT 1 FROM ${table} WHERE merged_into IS NOT NULL AND id IN (SELECT value FROM json_each(?)) LIMIT 1`).get(JSON.stringify([...ids]));
    if (merged) return true;
  }
  return false;
}

/**
 * What the write path's `afterWrite` does after each new row, for many new rows at once (see
 * `afterWriteInBulk` for when): the change announced, the duplicate keys made from the rows in
 * memory and written in key order, the merge follow-ups noted only when a row points at a
 * merged record, the search documents queued for the flush before commit. `derivedLater`:
 * neither keys nor search documents, which the derived-data backlog makes after the commit
 * (db/derived-backlog.ts).
 */
export function afterWriteMany(tx: WriteTx, spec: TableSpec, written: readonly WrittenRow[], derivedLater = false): void {
  if (written.length === 0) return;
  for (const { row } of written) touch(tx, spec, row);
  if (!derivedLater && isDuplicateTable(spec.name)) addNewRecordKeys(tx.db, spec.name, written);
  const followAll = mayPointAtMergedRecords(tx, spec, written);
  for (const { row, changed } of written) {
    // A merged record written anew (its merged_into given) is followed as the write path would.
    if (followAll || typeof row.merged_into === 'string') noteMergeFollowUps(tx, spec, row, changed);
    if (derivedLater) continue;
    for (const doc of spec.searchDocs?.(tx.db, row, changed) ?? []) tx.pendingSearchDocs.set(`${doc.entity}:${doc.id}`, doc);
  }
}
