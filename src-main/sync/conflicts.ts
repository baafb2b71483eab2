import { prepared, type WriteDb } from '../db/handles';

/** Kinds of Sync review items: a local edit that lost, was refused, landed on a deleted record, or left the user's scopes. */
export type ConflictKind = 'lost' | 'rejected' | 'deleted' | 'out_of_scope';

export type ConflictValues = {
  kind: ConflictKind;
  tbl: string;
  row_id: string;
  field?: string | null;
  local_value?: string | null;
  local_hlc?: string | null;
  remote_value?: string | null;
  remote_hlc?: string | null;
  remote_user_id?: string | null;
  remote_device_id?: string | null;
  reason?: string | null;
};

/** Records an item for Sync review (values as JSON text). */
export function recordConflict(db: WriteDb, at: string, values: ConflictValues): void {
  prepared(
    db,
    `INSERT INTO sync_conflicts (kind, tbl, row_id, field, local_value, local_hlc, remote_value, remote_hlc, remote_user_id, remote_device_id, reason, created_at)
     VALUES (@kind, @tbl, @row_id, @field, @local_value, @local_hlc, @remote_value, @remote_hlc, @remote_user_id, @remote_device_id, @reason, @created_at)`,
  ).run({ field: null, local_value: null, local_hlc: null, remote_value: null, remote_hlc: null, remote_user_id: null, remote_device_id: null, reason: null, ...values, created_at: at });
}
