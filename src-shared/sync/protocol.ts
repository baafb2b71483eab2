import { z } from 'zod';
import { MAX_TEXT_LENGTH } from './catalog';

/**
 * The sync protocol between a device and the office server (HTTP + JSON, under /v1). Every
 * request says which protocol and schema it speaks; every answer carries the server's time.
 */
export const PROTOCOL_VERSION = 1;
/** The synced tables' shape: raised (additively) when a later version adds tables or fields. */
export const SYNC_SCHEMA_VERSION = 1;
/** A push carries at most this many changes (and at most MAX_BODY_BYTES of JSON). */
export const MAX_PUSH_CHANGES = 5_000;
export const MAX_PULL_CHANGES = 5_000;
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Changes stamped further than this ahead of the server's clock are refused: the device re-stamps them. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

const hlc = z.string().regex(/^\d{15}-\d{5}-[0-9A-Za-z_]{1,64}$/, 'malformed HLC');
// Ids, table and field names: no control characters (PostgreSQL text cannot hold NUL; no one needs them).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const noControl = /^[^\u0000-\u001f\u007f]+$/;
const id = z.string().min(1).max(64).regex(noControl, 'control characters are not allowed');
const cell = z.union([z.string().max(MAX_TEXT_LENGTH), z.number().finite(), z.null()]);

const fieldName = z.string().min(1).max(64).regex(noControl);

/**
 * One changed row: the new values of some fields, stamped with one HLC. `prev` gives, for each
 * changed field, the HLC of the value the writer's device held when it wrote (what it had seen):
 * a device whose own value was newer than that learns that the two edits were concurrent and
 * lists its loss in Sync review; a value the writer had seen and replaced is no conflict.
 */
export const changeSchema = z
  .object({
    hlc,
    tbl: z.string().min(1).max(64).regex(noControl),
    rowId: id,
    changes: z.record(fieldName, cell),
    prev: z.record(fieldName, hlc).optional(),
  })
  .strict()
  .refine((change) => Object.keys(change.prev ?? {}).every((field) => field in change.changes), {
    message: 'prev names a field the change does not write',
  });

/** A local transaction too large for one request is sent in parts; the server applies it, whole, once it holds them all. */
export const MAX_TXN_PARTS = 500;

export const pushTxnSchema = z
  .object({
    txnId: id,
    changes: z.array(changeSchema).min(1).max(MAX_PUSH_CHANGES),
    part: z
      .object({ index: z.number().int().min(0), count: z.number().int().min(2).max(MAX_TXN_PARTS) })
      .strict()
      .refine((part) => part.index < part.count, { message: 'part index out of range' })
      .optional(),
  })
  .strict();

const versions = { protocol: z.number().int(), schema: z.number().int() };

export const pushRequestSchema = z
  .object({ ...versions, txns: z.array(pushTxnSchema).max(MAX_PUSH_CHANGES) })
  .strict()
  .refine((push) => push.txns.reduce((sum, txn) => sum + txn.changes.length, 0) <= MAX_PUSH_CHANGES, {
    message: `at most ${MAX_PUSH_CHANGES} changes per push`,
  });

export const pullRequestSchema = z
  .object({ ...versions, since: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_PULL_CHANGES) })
  .strict();

const rowKey = z.object({ tbl: z.string().min(1).max(64), rowId: id }).strict();

/** Rows a device asks for by key in one snapshot request (rows it was sent only a part of). */
export const MAX_SNAPSHOT_ROWS = 500;

/**
 * A snapshot: the current rows this account may see, in pages (a new device, or scopes gained).
 * The first page (no `after`) names the watermark to pull from once the snapshot is applied;
 * `scopes` restricts it to rows in those scopes (those just gained); `rows` to those rows (the
 * ones of them the account may see), in one page. `packed`: the device reads rows whose `hlcs`
 * are packed (see packed-hlcs.ts); a server that predates it refuses the request as malformed, and
 * the device asks again without it.
 */
export const snapshotRequestSchema = z
  .object({
    ...versions,
    after: rowKey.nullable(),
    limit: z.number().int().min(1).max(MAX_PULL_CHANGES),
    scopes: z.array(z.string().min(1).max(80)).max(200).optional(),
    rows: z.array(rowKey).min(1).max(MAX_SNAPSHOT_ROWS).optional(),
    packed: z.literal(true).optional(),
  })
  .strict();

export const loginRequestSchema = z
  .object({
    email: z.string().trim().min(3).max(254).regex(noControl, 'control characters are not allowed'),
    password: z.string().min(1).max(1024),
    deviceId: id,
    deviceName: z.string().trim().min(1).max(120).regex(noControl, 'control characters are not allowed'),
  })
  .strict();

export type Role = 'administrator' | 'manager' | 'salesperson';
export const roles: readonly Role[] = ['administrator', 'manager', 'salesperson'];

/* ---- Administration of accounts (administrators only; teams and territories are synced rows). ---- */

const email = z.string().trim().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/, 'not an e-mail address');
const displayName = z.string().trim().min(1).max(120).regex(noControl, 'control characters are not allowed');
const password = z.string().min(1).max(1024);
const role = z.enum(['administrator', 'manager', 'salesperson']);

export const adminCreateUserSchema = z.object({ email, displayName, role, password }).strict();
export const adminUpdateUserSchema = z
  .object({ id, role: role.optional(), disabled: z.boolean().optional(), password: password.optional() })
  .strict();

export type AdminCreateUser = z.infer<typeof adminCreateUserSchema>;
export type AdminUpdateUser = z.infer<typeof adminUpdateUserSchema>;
/** An account as administrators see it (never its password hash). */
export type AccountSummary = { id: string; email: string; displayName: string; role: Role; disabled: boolean; createdAt: number };

export type SyncChange = z.infer<typeof changeSchema>;
export type PushTxn = z.infer<typeof pushTxnSchema>;
export type PushRequest = z.infer<typeof pushRequestSchema>;
export type PullRequest = z.infer<typeof pullRequestSchema>;
export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

/** Why the server refused a pushed transaction (shown in Sync review, in the user's language). */
export type RejectReason = 'forbidden_table' | 'forbidden_row' | 'forbidden_field' | 'invalid_value' | 'clock_ahead' | 'unknown_table';

/** 'partial': a part of a transaction was kept; the transaction is applied when its last part arrives. */
export type PushResult = { txnId: string; status: 'accepted' | 'duplicate' | 'rejected' | 'partial'; reason?: RejectReason; detail?: string };
export type PushResponse = { serverTime: number; results: PushResult[] };

/**
 * A change as a pull gives it. With `rowHlcs`, it is the whole row instead, sent to those who
 * could not see the row before the change logged just ahead of it (a private record shared
 * again, a record moved into their team, handed to them): `changes` holds every field's current
 * value and `rowHlcs` each field's winning HLC, as a snapshot gives a row; `hlc` is the newest.
 */
export type PulledChange = SyncChange & { seq: number; txnId: string; deviceId: string; userId: string; rowHlcs?: Record<string, string> };
/** What the account sees right now: its team and territory keys (and whether it sees them all). */
export type ViewerScopes = { groups: string[]; allGroups: boolean };
export type PullResponse = { serverTime: number; changes: PulledChange[]; cursor: number; more: boolean; scopes: ViewerScopes };

/** A row as a snapshot gives it: merged values and each field's winning HLC (packed when the request said `packed`). */
export type SnapshotRow = { tbl: string; rowId: string; data: Record<string, string | number | null>; hlcs: Record<string, string> };
export type SnapshotResponse = {
  serverTime: number;
  rows: SnapshotRow[];
  /** Where the next page starts; null when this was the last one. */
  next: { tbl: string; rowId: string } | null;
  /** The server sequence the snapshot covers: pull from here once it is applied. */
  watermark: number;
  scopes: ViewerScopes;
};

export type SessionUser = { id: string; displayName: string; email: string; role: Role };
export type LoginResponse = { serverTime: number; token: string; expiresAt: number; user: SessionUser };

/** Error codes of the server's JSON error answers: `{ error: { code, message } }`. */
export type ServerErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'session_expired'
  | 'account_disabled'
  | 'too_many_attempts'
  | 'forbidden'
  | 'not_found'
  | 'protocol_mismatch'
  | 'payload_too_large'
  | 'server_unavailable'
  | 'internal';

export type ServerErrorBody = { error: { code: ServerErrorCode; message: string }; serverTime: number };
