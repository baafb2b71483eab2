import { isDuplicateTable, type DuplicateTable } from './duplicate-index';
import { recordReferences, referencesFrom } from './record-references';
import type { Row, TableSpec } from './synced-tables';
import type { WriteTx } from './write-path';

/**
 * What a write transaction must check before it commits so that nothing is left pointing at a
 * merged record (see merged-records.ts): noted by the write path after every row it stores,
 * local or pulled, and taken by `followMergedRecords`.
 */
export type MergeFollowUps = {
  /** Rows of referencing tables whose references were written. */
  rows: Map<string, { table: string; id: string }>;
  /** Contacts and companies just merged into another. */
  merged: Map<string, { table: DuplicateTable; id: string }>;
  /** Fields written on records already merged. */
  edited: Map<string, { table: DuplicateTable; id: string; fields: Set<string> }>;
};

const pendingOf = new WeakMap<WriteTx, MergeFollowUps>();

function pending(tx: WriteTx): MergeFollowUps {
  let found = pendingOf.get(tx);
  if (!found) {
    found = { rows: new Map(), merged: new Map(), edited: new Map() };
    pendingOf.set(tx, found);
  }
  return found;
}

const referencingTables = new Set<string>(recordReferences.map((reference) => reference.table));
/** Columns whose writing makes a row worth checking: its references, and `deleted` (a row restored). */
const watchedColumns = new Map<string, Set<string>>(
  [...referencingTables].map((table) => [table, new Set([...referencesFrom(table).map((reference) => reference.column), 'deleted'])]),
);
/** Fields of a merged record that are not edits to carry: the merge's own, and bookkeeping. */
const notCarried = new Set(['deleted', 'merged_into', 'created_at']);

export function noteMergeFollowUps(tx: WriteTx, spec: TableSpec, row: Row, changed: ReadonlySet<string>): void {
  const id = String(row.id);
  const key = `${spec.name}\u0000${id}`;
  const watched = watchedColumns.get(spec.name);
  if (watched && row.deleted === 0 && [...changed].some((field) => watched.has(field))) pending(tx).rows.set(key, { table: spec.name, id });
  if (!isDuplicateTable(spec.name) || typeof row.merged_into !== 'string') return;
  if (changed.has('merged_into')) {
    pending(tx).merged.set(key, { table: spec.name, id });
    return;
  }
  const fields = [...changed].filter((field) => !notCarried.has(field));
  if (fields.length === 0) return;
  const edited = pending(tx).edited;
  const entry = edited.get(key) ?? { table: spec.name, id, fields: new Set<string>() };
  for (const field of fields) entry.fields.add(field);
  edited.set(key, entry);
}

/** The follow-ups noted so far (then forgotten), or null when there are none. */
export function takeMergeFollowUps(tx: WriteTx): MergeFollowUps | null {
  const found = pendingOf.get(tx);
  pendingOf.delete(tx);
  if (!found || (found.rows.size === 0 && found.merged.size === 0 && found.edited.size === 0)) return null;
  return found;
}
