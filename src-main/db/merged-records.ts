import type { DuplicateTable } from './duplicate-index';
import { prepared } from './handles';
import { takeMergeFollowUps } from './merge-follow-ups';
import { answersFilter, deviceMayWrite, referencesFrom, type RecordReference, type ReferencedTable } from './record-references';
import { emptyMoveReport, moveReferenceOfRow, moveReferences } from './reference-moves';
import type { Row } from './synced-tables';
import { updateRecord, type WriteTx } from './write-path';

/*
 * Sync safety of merges, for every table and every device, without code per entity: a record
 * merged into another (its `merged_into` set) must end with nothing pointing at it. Whatever
 * points at one — a link made offline on another PC, pulled after the merge; a merge pulled
 * while this PC holds links to the merged record — is re-pointed to the survivor before the
 * transaction commits, as local changes (so they sync too). An edit of the merged record's
 * fields that arrives after the merge goes to the survivor when it is newer than the
 * survivor's value.
 *
 * Chains (A merged into B, B into C) lead to the last. A cycle (two PCs merging X into Y and Y
 * into X at the same time) is broken the same way on every device: the record of the cycle with
 * the smallest id survives (its merge is undone: merged_into cleared, undeleted) and the others
 * lead to it. Devices that break it write the same values, so they converge.
 */

/** References whose rows this device's account may write. */
const writable =
  (tx: WriteTx) =>
  (reference: RecordReference): boolean =>
    deviceMayWrite(tx.db, reference.table);

const mergedIntoOf = (tx: WriteTx, table: ReferencedTable, id: string): string | null | undefined =>
  (prepared(tx.db, `SELECT merged_into FROM ${table} WHERE id = ?`).get(id) as { merged_into: string | null } | undefined)?.merged_into;

/**
 * The record that `id` was merged into, following chains; breaks a cycle by the rule above and
 * moves what pointed at its other records. Returns `id` itself when it is not merged.
 */
export function survivorOf(tx: WriteTx, table: ReferencedTable, id: string): string {
  const chain = [id];
  for (let current = id; chain.length <= 100; ) {
    const next = mergedIntoOf(tx, table, current);
    if (!next) return current;
    const loopStart = chain.indexOf(next);
    if (loopStart >= 0) return breakCycle(tx, table, chain.slice(loopStart));
    chain.push(next);
    current = next;
  }
  return chain.at(-1) ?? id;
}

function breakCycle(tx: WriteTx, table: ReferencedTable, members: string[]): string {
  const winner = [...members].sort()[0] ?? members[0] ?? '';
  updateRecord(tx, table, winner, { merged_into: null, deleted: 0 });
  for (const member of members) if (member !== winner) moveReferences(tx, table, member, winner, emptyMoveReport(), writable(tx));
  return winner;
}

function versionOf(tx: WriteTx, table: string, id: string): { base: string; fields: Record<string, string> } | undefined {
  const row = prepared(tx.db, 'SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?').get(table, id) as
    | { base_hlc: string; field_hlcs: string }
    | undefined;
  return row ? { base: row.base_hlc, fields: JSON.parse(row.field_hlcs) as Record<string, string> } : undefined;
}

/** Edits that reached a merged record: a field newer there than on the survivor is written on the survivor. */
function carryEdits(tx: WriteTx, table: DuplicateTable, id: string, fields: ReadonlySet<string>): void {
  const survivor = survivorOf(tx, table, id);
  if (survivor === id) return;
  const merged = prepared(tx.db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  const target = prepared(tx.db, `SELECT * FROM ${table} WHERE id = ?`).get(survivor) as Row | undefined;
  const mergedVersions = versionOf(tx, table, id);
  const targetVersions = versionOf(tx, table, survivor);
  if (!merged || !target || !mergedVersions || !targetVersions) return;
  const patch: Row = {};
  for (const field of fields) {
    if ((merged[field] ?? null) === (target[field] ?? null)) continue;
    const edited = mergedVersions.fields[field] ?? mergedVersions.base;
    const current = targetVersions.fields[field] ?? targetVersions.base;
    if (edited > current) patch[field] = merged[field] ?? null;
  }
  if (Object.keys(patch).length > 0) updateRecord(tx, table, survivor, patch);
}

/** Re-points the references of one row that lead to merged records. */
function followRow(tx: WriteTx, table: string, id: string): void {
  // Rows this account may not write are left to a device whose account may (a manager's).
  if (!deviceMayWrite(tx.db, table)) return;
  for (const reference of referencesFrom(table)) {
    const row = prepared(tx.db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    if (!row || row.deleted !== 0) return;
    if (!answersFilter(reference, row)) continue;
    for (const from of referencedIds(reference.kind, row[reference.column], reference.kind === 'json-list' ? reference.entryKind : null)) {
      const to = survivorOf(tx, reference.target, from);
      if (to !== from) moveReferenceOfRow(tx, emptyMoveReport(), reference, row, from, to);
    }
  }
}

/** The ids a column value references: itself, or the entries of a JSON list, or nothing for a JSON state (moved when its record is merged). */
function referencedIds(kind: string, value: Row[string] | undefined, entryKind: string | null): string[] {
  if (typeof value !== 'string' || value === '') return [];
  if (kind === 'column' || kind === 'join') return [value];
  if (kind !== 'json-list') return [];
  try {
    const list: unknown = JSON.parse(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry: unknown) => {
      const item = entry as { kind?: unknown; id?: unknown } | null;
      return item && item.kind === entryKind && typeof item.id === 'string' ? [item.id] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Before a transaction commits: re-points what this transaction left pointing at merged
 * records, carries edits that reached them, and breaks merge cycles. Its own writes may call for
 * more (a row re-pointed to a record merged in the same pull): it runs until nothing is left.
 */
export function followMergedRecords(tx: WriteTx): void {
  for (let round = 0; round < 10; round++) {
    const work = takeMergeFollowUps(tx);
    if (!work) return;
    for (const { table, id } of work.merged.values()) {
      const survivor = survivorOf(tx, table, id);
      if (survivor !== id) moveReferences(tx, table, id, survivor, emptyMoveReport(), writable(tx));
    }
    for (const { table, id, fields } of work.edited.values()) carryEdits(tx, table, id, fields);
    for (const { table, id } of work.rows.values()) followRow(tx, table, id);
  }
}
