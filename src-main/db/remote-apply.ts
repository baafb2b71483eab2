import { catalogEntry, type CellValue } from '../../src-shared/sync/catalog';
import { decodeHlc, hlcWallTime } from '../../src-shared/sync/hlc';
import { winningFields } from '../../src-shared/sync/merge';
import type { PulledChange, SnapshotRow } from '../../src-shared/sync/protocol';
import { prepared } from './handles';
import { tableSpec, type Row, type TableSpec } from './synced-tables';
import { afterWrite, insertRowIfAbsent, storeRow, type WriteTx } from './write-path';

/** A local edit that a newer edit from elsewhere replaced, or that landed on a record deleted elsewhere. */
export type LostEdit = { kind: 'lost' | 'deleted'; field: string | null; localValue: CellValue; localHlc: string };

/**
 * What applying a change did: this device's edits it replaced, and the row as it now is
 * (undefined: nothing changed). `missing`: the change was for a row this device does not hold and
 * lacks fields such a row cannot exist without; nothing was written (the row is to be fetched whole).
 */
export type Applied = { lost: LostEdit[]; row: Row | undefined; missing?: string[] };

type Versions = { base: string; fields: Record<string, string> };

/** Who wrote a remote transaction: the transaction is the same across the pages of one sync. */
type RemoteTxn = Pick<PulledChange, 'txnId' | 'deviceId' | 'userId'>;

function versionsOf(tx: WriteTx, tbl: string, rowId: string): Versions | undefined {
  const row = prepared(tx.db, 'SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?').get(tbl, rowId) as
    | { base_hlc: string; field_hlcs: string }
    | undefined;
  return row ? { base: row.base_hlc, fields: JSON.parse(row.field_hlcs) as Record<string, string> } : undefined;
}

/** Field versions left by a row this device no longer holds mean nothing: a row arriving anew starts from none. */
function forgetVersions(tx: WriteTx, tbl: string, rowId: string): undefined {
  prepared(tx.db, 'DELETE FROM row_versions WHERE tbl = ? AND row_id = ?').run(tbl, rowId);
  return undefined;
}

/** change_txns ids of the remote transactions this write transaction has logged (looked up once each). */
const txnRefs = new WeakMap<WriteTx, Map<string, number>>();

/** change_txns row of a remote transaction (one per transaction, found again across pages). */
function remoteTxnRef(tx: WriteTx, txn: RemoteTxn): number {
  let known = txnRefs.get(tx);
  if (!known) {
    known = new Map();
    txnRefs.set(tx, known);
  }
  const key = `${txn.deviceId}\u0000${txn.txnId}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const found = prepared(tx.db, 'SELECT id FROM change_txns WHERE txn_id = ? AND device_id = ?').pluck().get(txn.txnId, txn.deviceId) as number | undefined;
  const ref =
    found ??
    Number(prepared(tx.db, 'INSERT INTO change_txns (txn_id, device_id, user_id) VALUES (?, ?, ?)').run(txn.txnId, txn.deviceId, txn.userId).lastInsertRowid);
  known.set(key, ref);
  return ref;
}

function logRemote(tx: WriteTx, hlc: string, tbl: string, rowId: string, changes: Row, txn: RemoteTxn): void {
  prepared(tx.db, 'INSERT INTO change_log (hlc, tbl, row_id, changes, txn, pushed) VALUES (?, ?, ?, ?, ?, 1)').run(
    hlc,
    tbl,
    rowId,
    JSON.stringify(changes),
    remoteTxnRef(tx, txn),
  );
}

/** The fields a new row cannot exist without that these values lack. */
function missingRequired(tbl: string, values: Row): string[] {
  return (catalogEntry(tbl)?.required ?? []).filter((field) => values[field] === undefined || values[field] === null);
}

/** A row written whole from the server (a snapshot's) still gets a creation date and a deleted flag if it has none. */
function completeNewRow(tbl: string, values: Row, baseHlc: string): void {
  for (const field of catalogEntry(tbl)?.required ?? []) {
    if (values[field] === undefined || values[field] === null) values[field] = field === 'created_at' ? hlcWallTime(baseHlc) : '';
  }
  values.deleted ??= 0;
}

const dataFields = (spec: TableSpec, values: Record<string, CellValue>): Row =>
  Object.fromEntries(Object.entries(values).filter(([field]) => spec.fields.has(field)));

/**
 * The edits of this device that the incoming change replaces while its writer had not seen them
 * (concurrent edits): a value the writer had seen — its `prev` HLC for the field is at least
 * ours — and replaced is no loss, and neither is one this device never wrote.
 */
function lostEdits(change: PulledChange, incoming: Row, winners: readonly string[], current: Row, versions: Versions, localNode: string): LostEdit[] {
  const mine = (hlc: string | undefined) => hlc !== undefined && decodeHlc(hlc).node === localNode;
  const unseen = (field: string, localHlc: string) => {
    const seen = change.prev?.[field];
    return seen === undefined || seen < localHlc;
  };
  const lost: LostEdit[] = [];
  for (const field of winners) {
    // The creation stamp is bookkeeping, not an edit: two devices creating the same derived row differ only there.
    if (field === 'deleted' || field === 'created_at') continue;
    // A field counts as edited here when this device wrote it, or gave it a value when creating the row.
    const localHlc = versions.fields[field] ?? ((current[field] ?? null) !== null ? versions.base : undefined);
    if (localHlc === undefined || !mine(localHlc) || (current[field] ?? null) === (incoming[field] ?? null)) continue;
    if (unseen(field, localHlc)) lost.push({ kind: 'lost', field, localValue: current[field] ?? null, localHlc });
  }
  if (winners.includes('deleted') && incoming.deleted === 1 && current.deleted !== 1) {
    const editedHere = Object.entries(versions.fields).filter(([field, hlc]) => field !== 'deleted' && mine(hlc));
    const latest = editedHere.map(([, hlc]) => hlc).sort().at(-1);
    if (latest && unseen('deleted', latest)) lost.push({ kind: 'deleted', field: null, localValue: null, localHlc: latest });
  }
  return lost;
}

/**
 * Merges one change pulled from the server: each field takes the incoming value when its HLC is
 * newer than the field's winning HLC (last writer wins per field). The change is kept in the
 * log (already pushed) so that history shows it and the log still rebuilds the tables.
 */
export function applyRemoteChange(tx: WriteTx, change: PulledChange, localNode: string): Applied {
  if (!catalogEntry(change.tbl)) return { lost: [], row: undefined };
  // Already in the log (its own change back in a snapshot, a page delivered twice): nothing to do.
  if (prepared(tx.db, 'SELECT 1 FROM change_log WHERE row_id = ? AND hlc = ? AND tbl = ?').get(change.rowId, change.hlc, change.tbl)) {
    return { lost: [], row: undefined };
  }
  const spec = tableSpec(change.tbl);
  const incoming = dataFields(spec, change.changes);
  const current = prepared(tx.db, `SELECT * FROM ${spec.name} WHERE id = ?`).get(change.rowId) as Row | undefined;
  // A row this device never had is made from a change only when the change holds all it needs
  // (the change that created it): a later change alone would leave an almost empty row.
  const missing = current ? [] : missingRequired(change.tbl, incoming);
  if (missing.length > 0) return { lost: [], row: undefined, missing };
  let versions = versionsOf(tx, change.tbl, change.rowId);
  if (!current && versions) versions = forgetVersions(tx, change.tbl, change.rowId);
  const winners = winningFields({ hlc: change.hlc, changes: incoming }, versions?.fields ?? {}, versions?.base ?? null);
  const lost = current && versions ? lostEdits(change, incoming, winners, current, versions, localNode) : [];

  logRemote(tx, change.hlc, change.tbl, change.rowId, incoming, change);
  if (winners.length === 0) return { lost, row: undefined };

  const values: Row = Object.fromEntries(winners.map((field) => [field, incoming[field] ?? null]));
  if (!versions) {
    prepared(tx.db, "INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, '{}')").run(change.tbl, change.rowId, change.hlc);
  } else {
    const fields = { ...versions.fields };
    for (const field of winners) fields[field] = change.hlc;
    prepared(tx.db, 'UPDATE row_versions SET field_hlcs = ? WHERE tbl = ? AND row_id = ?').run(JSON.stringify(fields), change.tbl, change.rowId);
  }
  let latest = change.hlc;
  for (const hlc of versions ? [versions.base, ...Object.values(versions.fields)] : []) if (hlc > latest) latest = hlc;
  if (!current) values.deleted ??= 0;
  const row = storeRow(tx.db, spec, change.rowId, { ...values, updated_at: hlcWallTime(latest) }, current ?? false);
  afterWrite(tx, spec, row, new Set(winners));
  return { lost, row };
}

/**
 * Applies a snapshot row (or a whole row from a pull) that this device does not hold yet in one
 * go: the row, its field versions, and one log entry per HLC that wrote some of its fields (so
 * that the log still rebuilds it). Returns undefined when the row is known here: the caller then
 * merges it change by change.
 */
export function insertSnapshotRow(tx: WriteTx, snapshot: SnapshotRow, txn: RemoteTxn): Applied | undefined {
  if (!catalogEntry(snapshot.tbl)) return { lost: [], row: undefined };
  const spec = tableSpec(snapshot.tbl);
  const byHlc = new Map<string, Row>();
  for (const [field, value] of Object.entries(snapshot.data)) {
    const hlc = snapshot.hlcs[field];
    if (!hlc || !spec.fields.has(field)) continue;
    const fields = byHlc.get(hlc) ?? {};
    fields[field] = value;
    byHlc.set(hlc, fields);
  }
  const hlcs = [...byHlc.keys()].sort();
  const base = hlcs[0];
  const latest = hlcs.at(-1);
  if (base === undefined || latest === undefined) return { lost: [], row: undefined };

  const values: Row = {};
  const fieldHlcs: Record<string, string> = {};
  for (const hlc of hlcs) {
    for (const [field, value] of Object.entries(byHlc.get(hlc) ?? {})) {
      values[field] = value;
      if (hlc !== base) fieldHlcs[field] = hlc;
    }
  }
  completeNewRow(snapshot.tbl, values, base);
  // The row first: when this device holds it already, nothing is written and the caller merges.
  const row = insertRowIfAbsent(tx.db, spec, snapshot.rowId, { ...values, updated_at: hlcWallTime(latest) });
  if (!row) return undefined;
  // Versions left by a row this device no longer holds mean nothing: this row starts from its own.
  prepared(
    tx.db,
    `INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, ?)
       ON CONFLICT (tbl, row_id) DO UPDATE SET base_hlc = excluded.base_hlc, field_hlcs = excluded.field_hlcs`,
  ).run(snapshot.tbl, snapshot.rowId, base, JSON.stringify(fieldHlcs));
  for (const hlc of hlcs) logRemote(tx, hlc, snapshot.tbl, snapshot.rowId, byHlc.get(hlc) ?? {}, txn);
  afterWrite(tx, spec, row, new Set(Object.keys(values)));
  return { lost: [], row };
}
