import { prepared } from './handles';
import { answersFilter, recordReferences, type MovedCategory, type RecordReference, type ReferencedTable } from './record-references';
import { tableSpec, type Row, type SqlValue, type SyncedTableName } from './synced-tables';
import { insertRecord, updateRecord, type WriteTx } from './write-path';

/**
 * A row a move changed, and how: each field's value before and after (undo puts back the fields
 * that still hold what the move wrote), or `created` for a join row made for the new record.
 */
export type MovedRow = { table: SyncedTableName; id: string; fields: Record<string, [SqlValue, SqlValue]>; created?: true };

/** What moving a record's references did: the rows changed, how many records of each kind now hang off the new record, and what was dropped as already there. */
export type MoveReport = { rows: MovedRow[]; counts: Partial<Record<MovedCategory, number>>; dropped: number };

export const emptyMoveReport = (): MoveReport => ({ rows: [], counts: {}, dropped: 0 });

function readRow(tx: WriteTx, table: string, id: string): Row | undefined {
  return prepared(tx.db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
}

/** Writes a patch through the write path and notes what it changed. */
function changeRow(tx: WriteTx, report: MoveReport, table: SyncedTableName, row: Row, patch: Row): void {
  const fields: Record<string, [SqlValue, SqlValue]> = {};
  for (const [field, value] of Object.entries(patch)) if ((row[field] ?? null) !== value) fields[field] = [row[field] ?? null, value];
  if (Object.keys(fields).length === 0) return;
  updateRecord(tx, table, String(row.id), patch);
  report.rows.push({ table, id: String(row.id), fields });
}

/** Counts a row once per category, however many of its columns moved. */
function count(report: MoveReport, counted: Set<string>, reference: RecordReference, id: string): void {
  const key = `${reference.category}\u0000${id}`;
  if (counted.has(key)) return;
  counted.add(key);
  report.counts[reference.category] = (report.counts[reference.category] ?? 0) + 1;
}

const drop = (tx: WriteTx, report: MoveReport, table: SyncedTableName, row: Row) => {
  changeRow(tx, report, table, row, { deleted: 1 });
  report.dropped += 1;
};

/** The records above `id` through a parent column (a company's parent, its parent…). */
function ancestorsOf(tx: WriteTx, table: string, column: string, id: string): Set<string> {
  const found = new Set<string>();
  let current: string | null = id;
  while (current && !found.has(current) && found.size < 100) {
    found.add(current);
    current = (prepared(tx.db, `SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(current) as string | null | undefined) ?? null;
  }
  found.delete(id);
  return found;
}

function moveColumn(tx: WriteTx, report: MoveReport, reference: Extract<RecordReference, { kind: 'column' }>, row: Row, to: string): boolean {
  const { table, column } = reference;
  // A record cannot be its own parent, nor the parent of one of its parents.
  if (reference.ownRow && (row.id === to || ancestorsOf(tx, table, column, to).has(String(row.id)))) {
    changeRow(tx, report, table, row, { [column]: null });
    return false;
  }
  if (reference.otherEnd && row[reference.otherEnd] === to) {
    drop(tx, report, table, row);
    return false;
  }
  const twin = reference.twin?.(tx.db, row, to);
  if (twin && twin.id !== row.id) {
    drop(tx, report, table, row);
    // The link kept takes over the primary mark of the one dropped.
    if (reference.onlyOne && row[reference.onlyOne] === 1 && twin[reference.onlyOne] !== 1) changeRow(tx, report, table, twin, { [reference.onlyOne]: 1 });
    return false;
  }
  const patch: Row = { [column]: to };
  if (reference.onlyOne && row[reference.onlyOne] === 1) {
    const holder = prepared(tx.db, `SELECT 1 FROM ${table} WHERE ${column} = ? AND ${reference.onlyOne} = 1 AND deleted = 0 AND id <> ?`).get(to, String(row.id));
    if (holder) patch[reference.onlyOne] = 0;
  }
  changeRow(tx, report, table, row, patch);
  return true;
}

function moveJoin(tx: WriteTx, report: MoveReport, reference: Extract<RecordReference, { kind: 'join' }>, row: Row, to: string): boolean {
  const { table, column } = reference;
  const id = reference.idFor(row, to);
  const existing = readRow(tx, table, id);
  changeRow(tx, report, table, row, { deleted: 1 });
  if (existing && existing.deleted === 0) {
    report.dropped += 1;
    return false;
  }
  if (existing) {
    changeRow(tx, report, table, existing, { deleted: 0 });
    return true;
  }
  const spec = tableSpec(table);
  const values: Row = {};
  for (const field of spec.fields) if (field !== 'created_at' && field !== 'deleted' && row[field] !== undefined) values[field] = row[field] ?? null;
  values[column] = to;
  insertRecord(tx, table, id, values);
  report.rows.push({ table, id, fields: {}, created: true });
  return true;
}

function parseJson(value: SqlValue | undefined): unknown {
  try {
    return JSON.parse(String(value ?? 'null'));
  } catch {
    return null;
  }
}

function moveJsonList(tx: WriteTx, report: MoveReport, reference: Extract<RecordReference, { kind: 'json-list' }>, row: Row, from: string, to: string): boolean {
  const list = parseJson(row[reference.column]);
  if (!Array.isArray(list)) return false;
  const isEntry = (entry: unknown, id: string) =>
    typeof entry === 'object' && entry !== null && (entry as Record<string, unknown>).kind === reference.entryKind && (entry as Record<string, unknown>).id === id;
  if (!list.some((entry) => isEntry(entry, from))) return false;
  const already = list.some((entry) => isEntry(entry, to));
  const next = already ? list.filter((entry) => !isEntry(entry, from)) : list.map((entry) => (isEntry(entry, from) ? { ...(entry as object), id: to } : entry));
  changeRow(tx, report, reference.table, row, { [reference.column]: JSON.stringify(next) });
  return true;
}

function moveJsonFilter(tx: WriteTx, report: MoveReport, reference: Extract<RecordReference, { kind: 'json-filter' }>, row: Row, from: string, to: string): boolean {
  const state = parseJson(row[reference.column]) as { filters?: Record<string, unknown> } | null;
  if (!state || typeof state !== 'object' || !state.filters || state.filters[reference.filter] !== from) return false;
  const next = { ...state, filters: { ...state.filters, [reference.filter]: to } };
  changeRow(tx, report, reference.table, row, { [reference.column]: JSON.stringify(next) });
  return true;
}

/** Moves one live row's reference from `from` to `to`; returns whether it now points at `to`. */
export function moveReferenceOfRow(tx: WriteTx, report: MoveReport, reference: RecordReference, row: Row, from: string, to: string, counted = new Set<string>()): void {
  if (row.deleted !== 0 || !answersFilter(reference, row)) return;
  let moved: boolean;
  switch (reference.kind) {
    case 'column':
      if (row[reference.column] !== from) return;
      moved = moveColumn(tx, report, reference, row, to);
      break;
    case 'join':
      if (row[reference.column] !== from) return;
      moved = moveJoin(tx, report, reference, row, to);
      break;
    case 'json-list':
      moved = moveJsonList(tx, report, reference, row, from, to);
      break;
    case 'json-filter':
      moved = moveJsonFilter(tx, report, reference, row, from, to);
      break;
  }
  if (moved) count(report, counted, reference, String(row.id));
}

/** The live rows that may reference `id` through this reference. */
function candidateRows(tx: WriteTx, reference: RecordReference, id: string): Row[] {
  const { table, column } = reference;
  if (reference.kind === 'json-list' || reference.kind === 'json-filter') {
    // No index reaches inside JSON: the id's text narrows the rows read, the parse decides.
    return prepared(tx.db, `SELECT * FROM ${table} WHERE deleted = 0 AND instr(${column}, ?) > 0`).all(id) as Row[];
  }
  return prepared(tx.db, `SELECT * FROM ${table} WHERE ${column} = ? AND deleted = 0`).all(id) as Row[];
}

/**
 * Moves every live row that references `from` (a contact or a company) to `to`, through the
 * write path: plain links are re-pointed, join rows are made for `to` (or undeleted) and the
 * old ones deleted, a link `to` already has is dropped, and a relation to itself too.
 */
export function moveReferences(
  tx: WriteTx,
  target: ReferencedTable,
  from: string,
  to: string,
  report: MoveReport = emptyMoveReport(),
  include: (reference: RecordReference) => boolean = () => true,
): MoveReport {
  const counted = new Set<string>();
  for (const reference of recordReferences) {
    if (reference.target !== target || !include(reference)) continue;
    for (const row of candidateRows(tx, reference, from)) {
      // Read again: an earlier reference of the same table may have changed it.
      const current = readRow(tx, reference.table, String(row.id));
      if (current) moveReferenceOfRow(tx, report, reference, current, from, to, counted);
    }
  }
  return report;
}
