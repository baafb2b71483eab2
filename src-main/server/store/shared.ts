import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packHlcs, unpackHlcs } from '../../../src-shared/sync/packed-hlcs';
import type { PulledChange, Role, SyncChange } from '../../../src-shared/sync/protocol';
import type { Account, PartKey, Session, StagedPart, StoredChange, StoredRow, StoredRowText } from './types';

/*
 * What both back ends share: their migrations folder and the mapping from table rows to the
 * store's types. PostgreSQL returns BIGINT as text and booleans as booleans, SQLite numbers and
 * 0/1: the mappings accept both, so the two stores answer with the same values.
 */

/** The server's own migrations for one back end (migrations/server/<kind>), in file-name order. */
export function serverMigrations(kind: 'sqlite' | 'postgres', root: string): { name: string; sql: string }[] {
  const dir = join(root, 'migrations', 'server', kind);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

type Int = number | string;

export type AccountRow = { id: string; email: string; display_name: string; role: string; password_hash: string; disabled: number | boolean; created_at: Int };
export type SessionRow = { token_hash: string; account_id: string; device_id: string; device_name: string; created_at: Int; expires_at: Int };
export type ChangeRow = { seq: Int; hlc: string; tbl: string; row_id: string; changes: string; txn_id: string; device_id: string; account_id: string; audience: string; prev: string | null; row_hlcs: string | null };
export type PartRow = { part: Int; parts: Int; changes: string };
export type RowRow = { tbl: string; row_id: string; data: string; hlcs: string; audience: string };

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role as Role,
  passwordHash: row.password_hash,
  disabled: row.disabled === 1 || row.disabled === true,
  createdAt: Number(row.created_at),
});

export const toSession = (row: SessionRow): Session => ({
  tokenHash: row.token_hash,
  accountId: row.account_id,
  deviceId: row.device_id,
  deviceName: row.device_name,
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
});

export const toStoredChange = (row: ChangeRow): StoredChange => ({
  ...(row.prev ? { prev: JSON.parse(row.prev) as Record<string, string> } : {}),
  seq: Number(row.seq),
  hlc: row.hlc,
  tbl: row.tbl,
  rowId: row.row_id,
  changes: JSON.parse(row.changes) as PulledChange['changes'],
  txnId: row.txn_id,
  deviceId: row.device_id,
  userId: row.account_id,
  audience: row.audience,
  ...(row.row_hlcs ? { rowHlcs: JSON.parse(row.row_hlcs) as Record<string, string> } : {}),
});

export const toStoredRow = (row: RowRow): StoredRow => {
  const data = JSON.parse(row.data) as StoredRow['data'];
  return { tbl: row.tbl, rowId: row.row_id, data, hlcs: unpackHlcs(data, JSON.parse(row.hlcs) as StoredRow['hlcs']), audience: row.audience };
};

export const toStoredRowText = (row: RowRow): StoredRowText => ({ tbl: row.tbl, rowId: row.row_id, data: row.data, hlcs: row.hlcs, audience: row.audience });

/** A row's field HLCs as the store keeps them: packed (see src-shared/sync/packed-hlcs.ts). */
export const storedHlcs = (state: Pick<StoredRow, 'data' | 'hlcs'>): string => JSON.stringify(packHlcs(state.data, state.hlcs));

export const toStagedPart = (key: PartKey, row: PartRow): StagedPart => ({
  ...key,
  index: Number(row.part),
  count: Number(row.parts),
  changes: JSON.parse(row.changes) as SyncChange[],
});
