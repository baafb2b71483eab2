import { catalogEntry, type CellValue } from '../../src-shared/sync/catalog';
import { decodeHlc, hlcWallTime } from '../../src-shared/sync/hlc';
import { winningFields } from '../../src-shared/sync/merge';
import type { PulledChange } from '../../src-shared/sync/protocol';
import { prepared } from './handles';
import { tableSpec, type Row } from './synced-tables';
import { afterWrite, storeRow, type WriteTx } from './write-path';

/** A local edit that a newer edit from elsewhere replaced, or that landed on a record deleted elsewhere. */
export type LostEdit = { kind: 'lost' | 'deleted'; field: string | null; localValue: CellValue; localHlc: string };

type Versions = { base: string; fields: Record<string, string> };

function versionsOf(tx: WriteTx, tbl: string, rowId: string): Versions | undefined {
  const row = prepared(tx.db, 'SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?').get(tbl, rowId) as
    | { base_hlc: string; field_hlcs: string }
    | undefined;
  return row ? { base: row.base_hlc, fields: JSON.parse(row.field_hlcs) as Record<string, string> } : undefined;
}

/** change_txns row of a remote transaction (one per transaction, found again across pages). */
function remoteTxnRef(tx: WriteTx, change: PulledChange): number {
  const found = prepared(tx.db, 'SELECT id FROM change_txns WHERE txn_id = ? AND device_id = ?').pluck().get(change.txnId, change.deviceId) as number | undefined;
  if (found !== undefined) return found;
  return Number(
    prepared(tx.db, 'INSERT INTO change_txns (txn_id, device_id, user_id) VALUES (?, ?, ?)').run(change.txnId, change.deviceId, change.userId).lastInsertRowid,
  );
}

/**
 * Merges one change pulled from the server: each field takes the incoming value when its HLC is
 * newer than the field's winning HLC (last writer wins per field). The change is kept in the
 * log (already pushed) so that history shows it and the log still rebuilds the tables.
 * Returns this device's own edits that the change replaced.
 */
export function applyRemoteChange(tx: WriteTx, change: PulledChange, localNode: string): LostEdit[] {
  const entry = catalogEntry(change.tbl);
  if (!entry) return [];
  // Already in the log (its own change back in a snapshot, a page delivered twice): nothing to do.
  if (prepared(tx.db, 'SELECT 1 FROM change_log WHERE row_id = ? AND hlc = ? AND tbl = ?').get(change.rowId, change.hlc, change.tbl)) return [];
  const spec = tableSpec(change.tbl);
  const incoming: Row = Object.fromEntries(Object.entries(change.changes).filter(([field]) => spec.fields.has(field)));
  const versions = versionsOf(tx, change.tbl, change.rowId);
  const current = prepared(tx.db, `SELECT * FROM ${spec.name} WHERE id = ?`).get(change.rowId) as Row | undefined;
  const winners = winningFields({ hlc: change.hlc, changes: incoming }, versions?.fields ?? {}, versions?.base ?? null);

  const lost: LostEdit[] = [];
  const mine = (hlc: string | undefined) => hlc !== undefined && decodeHlc(hlc).node === localNode;
  if (current && versions) {
    for (const field of winners) {
      // A field counts as edited here when this device wrote it, or gave it a value when creating the row.
      const localHlc = versions.fields[field] ?? ((current[field] ?? null) !== null ? versions.base : undefined);
      if (localHlc !== undefined && mine(localHlc) && (current[field] ?? null) !== (incoming[field] ?? null) && field !== 'deleted') {
        lost.push({ kind: 'lost', field, localValue: current[field] ?? null, localHlc });
      }
    }
    if (winners.includes('deleted') && incoming.deleted === 1 && current.deleted !== 1) {
      const editedHere = Object.entries(versions.fields).filter(([field, hlc]) => field !== 'deleted' && mine(hlc));
      const latest = editedHere.map(([, hlc]) => hlc).sort().at(-1);
      if (latest) lost.push({ kind: 'deleted', field: null, localValue: null, localHlc: latest });
    }
  }

  prepared(tx.db, 'INSERT INTO change_log (hlc, tbl, row_id, changes, txn, pushed) VALUES (?, ?, ?, ?, ?, 1)').run(
    change.hlc,
    change.tbl,
    change.rowId,
    JSON.stringify(incoming),
    remoteTxnRef(tx, change),
  );
  if (winners.length === 0) return lost;

  const values: Row = Object.fromEntries(winners.map((field) => [field, incoming[field] ?? null]));
  if (!versions) {
    prepared(tx.db, "INSERT INTO row_versions (tbl, row_id, base_hlc, field_hlcs) VALUES (?, ?, ?, '{}')").run(change.tbl, change.rowId, change.hlc);
  } else {
    const fields = { ...versions.fields };
    for (const field of winners) fields[field] = change.hlc;
    prepared(tx.db, 'UPDATE row_versions SET field_hlcs = ? WHERE tbl = ? AND row_id = ?').run(JSON.stringify(fields), change.tbl, change.rowId);
  }
  const allHlcs = versions ? [versions.base, ...Object.values(versions.fields), change.hlc] : [change.hlc];
  const latest = allHlcs.sort().at(-1) ?? change.hlc;
  if (!current) {
    // A row first seen through a partial change still needs its required columns.
    for (const field of entry.required) if (values[field] === undefined || values[field] === null) values[field] = field === 'created_at' ? hlcWallTime(change.hlc) : '';
    values.deleted ??= 0;
  }
  const row = storeRow(tx.db, spec, change.rowId, { ...values, updated_at: hlcWallTime(latest) }, current !== undefined);
  afterWrite(tx, spec, row, new Set(winners));
  return lost;
}
