import pg from 'pg';
import type { PoolClient } from 'pg';
import type { PushResult, RejectReason } from '../../../src-shared/sync/protocol';
import { serverLog } from '../log';
import { Mutex } from './mutex';
import { serverMigrations, storedHlcs, toAccount, toSession, toStagedPart, toStoredChange, toStoredRow, toStoredRowText, type AccountRow, type ChangeRow, type PartRow, type RowRow, type SessionRow } from './shared';
import type { NewChange, ServerStore, SyncWriter } from './types';

/*
 * Advisory lock keys (pg_advisory_*lock(namespace, key)): the namespace is 'CRMS' in ASCII.
 *   SEQUENCE_LOCK: held by every write transaction from its start to its commit, in every server
 *     process on the database. Sequence numbers are therefore given, and committed, one
 *     transaction after the other: a reader polling "seq > N" can never see N+2 committed while
 *     N+1 is still to come (and skip it forever), which a bare sequence would allow.
 *   MIGRATION_LOCK: held while migrating, so two servers starting at once migrate once.
 */
const LOCK_NAMESPACE = 0x43524d53;
const SEQUENCE_LOCK = 1;
const MIGRATION_LOCK = 2;

type TxnRow = { txn_id: string; status: PushResult['status']; reason: string | null; detail: string | null };

/** Applies the pending migrations of migrations/server/postgres, once, whoever else starts now. */
async function migrate(client: PoolClient, root: string): Promise<void> {
  const migrations = serverMigrations('postgres', root);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS server_migrations (name TEXT COLLATE "C" PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied = new Set((await client.query<{ name: string }>('SELECT name FROM server_migrations')).rows.map((row) => row.name));
    const unknown = [...applied].filter((name) => !migrations.some((migration) => migration.name === name));
    if (unknown.length > 0) {
      throw new Error(`This server database was written by a newer version of the server (migration ${unknown.sort().at(-1) ?? ''}); update the server.`);
    }
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO server_migrations (name) VALUES ($1)', [migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The statements of one write transaction, on its client; sequence numbers continue from the last committed. */
function writerOn(client: PoolClient): SyncWriter {
  let nextSeq: number | undefined;
  return {
    txnResult: async (txnId) => {
      const row = (await client.query<TxnRow>('SELECT txn_id, status, reason, detail FROM txns WHERE txn_id = $1', [txnId])).rows[0];
      if (!row) return undefined;
      return { txnId: row.txn_id, status: row.status, ...(row.reason ? { reason: row.reason as RejectReason } : {}), ...(row.detail ? { detail: row.detail } : {}) };
    },
    recordTxn: async (result, accountId, deviceId, now) => {
      await client.query('INSERT INTO txns (txn_id, account_id, device_id, status, reason, detail, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        result.txnId,
        accountId,
        deviceId,
        result.status,
        result.reason ?? null,
        result.detail ?? null,
        now,
      ]);
    },
    row: async (tbl, rowId) => {
      const row = (await client.query<RowRow>('SELECT tbl, row_id, data, hlcs, audience FROM rows WHERE tbl = $1 AND row_id = $2', [tbl, rowId])).rows[0];
      if (!row) return undefined;
      const { data, hlcs, audience } = toStoredRow(row);
      return { data, hlcs, audience };
    },
    putRow: async (tbl, rowId, state) => {
      await client.query(
        `INSERT INTO rows (tbl, row_id, data, hlcs, audience) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tbl, row_id) DO UPDATE SET data = excluded.data, hlcs = excluded.hlcs, audience = excluded.audience`,
        [tbl, rowId, JSON.stringify(state.data), storedHlcs(state), state.audience],
      );
    },
    stagePart: async (part, now) => {
      await client.query('DELETE FROM txn_parts WHERE account_id = $1 AND device_id = $2 AND txn_id = $3 AND parts <> $4', [part.accountId, part.deviceId, part.txnId, part.count]);
      await client.query(
        `INSERT INTO txn_parts (account_id, device_id, txn_id, part, parts, changes, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (account_id, device_id, txn_id, part) DO UPDATE SET parts = excluded.parts, changes = excluded.changes, received_at = excluded.received_at`,
        [part.accountId, part.deviceId, part.txnId, part.index, part.count, JSON.stringify(part.changes), now],
      );
    },
    stagedParts: async (key) =>
      (
        await client.query<PartRow>('SELECT part, parts, changes FROM txn_parts WHERE account_id = $1 AND device_id = $2 AND txn_id = $3 ORDER BY part', [
          key.accountId,
          key.deviceId,
          key.txnId,
        ])
      ).rows.map((row) => toStagedPart(key, row)),
    dropStaged: async (key, before) => {
      await client.query('DELETE FROM txn_parts WHERE (account_id = $1 AND device_id = $2 AND txn_id = $3) OR received_at < $4', [key.accountId, key.deviceId, key.txnId, before]);
    },
    appendChange: async (change: NewChange) => {
      // Read under SEQUENCE_LOCK: nobody else can be between this read and our commit.
      nextSeq ??= Number((await client.query<{ last: string }>('SELECT coalesce(max(seq), 0) AS last FROM changes')).rows[0]?.last ?? 0) + 1;
      const seq = nextSeq++;
      await client.query('INSERT INTO changes (seq, hlc, tbl, row_id, changes, txn_id, device_id, account_id, audience, prev, row_hlcs) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
        seq,
        change.hlc,
        change.tbl,
        change.rowId,
        JSON.stringify(change.changes),
        change.txnId,
        change.deviceId,
        change.userId,
        change.audience,
        change.prev ? JSON.stringify(change.prev) : null,
        change.rowHlcs ? JSON.stringify(change.rowHlcs) : null,
      ]);
      return seq;
    },
  };
}

/**
 * The PostgreSQL back end (DATABASE_URL): a connection pool; several server processes may share
 * the database (write transactions are serialized across them by an advisory lock). Migrates on
 * open. Same answers as the SQLite store on the same calls.
 */
export async function openPostgresStore(connectionString: string, sourceRoot: string): Promise<ServerStore> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 15_000, application_name: 'crm-server' });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => serverLog.error({ event: 'database_connection_lost', code: (error as { code?: string }).code }, 'a database connection was lost'));
  try {
    const client = await pool.connect();
    try {
      await migrate(client, sourceRoot);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  const mutex = new Mutex();
  const rows = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<R>(sql, values)).rows;
  const rowsAfter = (after: { tbl: string; rowId: string } | null, limit: number): Promise<RowRow[]> =>
    after
      ? rows<RowRow>('SELECT * FROM rows WHERE (tbl, row_id) > ($1, $2) ORDER BY tbl, row_id LIMIT $3', [after.tbl, after.rowId, limit])
      : rows<RowRow>('SELECT * FROM rows ORDER BY tbl, row_id LIMIT $1', [limit]);
  let closing: Promise<void> | undefined;

  return {
    kind: 'postgres',
    accountCount: async () => Number((await rows<{ n: string }>('SELECT count(*) AS n FROM accounts'))[0]?.n ?? 0),
    accountByEmail: async (email) => {
      const row = (await rows<AccountRow>('SELECT * FROM accounts WHERE lower(email) = lower($1::text COLLATE "C")', [email]))[0];
      return row ? toAccount(row) : undefined;
    },
    accountById: async (id) => {
      const row = (await rows<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id]))[0];
      return row ? toAccount(row) : undefined;
    },
    listAccounts: async () => (await rows<AccountRow>('SELECT * FROM accounts ORDER BY lower(display_name), id')).map(toAccount),
    insertAccount: async (account) => {
      await pool.query('INSERT INTO accounts (id, email, display_name, role, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        account.id,
        account.email,
        account.displayName,
        account.role,
        account.passwordHash,
        account.disabled,
        account.createdAt,
      ]);
    },
    updateAccount: async (id, patch) => {
      const sets: string[] = [];
      const values: (string | boolean)[] = [];
      const columns: [string, string | boolean | undefined][] = [
        ['display_name', patch.displayName],
        ['role', patch.role],
        ['password_hash', patch.passwordHash],
        ['disabled', patch.disabled],
      ];
      for (const [column, value] of columns) {
        if (value === undefined) continue;
        values.push(value);
        sets.push(`${column} = $${values.length}`);
      }
      if (sets.length > 0) await pool.query(`UPDATE accounts SET ${sets.join(', ')} WHERE id = $${values.length + 1}`, [...values, id]);
    },
    insertSession: async (session) => {
      await pool.query('INSERT INTO sessions (token_hash, account_id, device_id, device_name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        session.tokenHash,
        session.accountId,
        session.deviceId,
        session.deviceName,
        session.createdAt,
        session.expiresAt,
      ]);
    },
    sessionByHash: async (tokenHash) => {
      const row = (await rows<SessionRow>('SELECT * FROM sessions WHERE token_hash = $1', [tokenHash]))[0];
      return row ? toSession(row) : undefined;
    },
    deleteSession: async (tokenHash) => {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    deleteSessionsOf: async (accountId) => {
      await pool.query('DELETE FROM sessions WHERE account_id = $1', [accountId]);
    },
    // One writer per process (the others wait here, not holding a pooled connection), and one
    // across processes (SEQUENCE_LOCK).
    write: (work) =>
      mutex.run(async () => {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, SEQUENCE_LOCK]);
          const result = await work(writerOn(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((failure: unknown) => {
            broken = failure instanceof Error ? failure : new Error('ROLLBACK failed');
          });
          throw error;
        } finally {
          // A connection that could not roll back is discarded, not handed to the next caller.
          client.release(broken);
        }
      }),
    changesSince: async (since, limit) => (await rows<ChangeRow>('SELECT * FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2', [since, limit])).map(toStoredChange),
    lastSeq: async () => Number((await rows<{ last: string }>('SELECT coalesce(max(seq), 0) AS last FROM changes'))[0]?.last ?? 0),
    rowsAfter: async (after, limit) => (await rowsAfter(after, limit)).map(toStoredRow),
    rowTextsAfter: async (after, limit) => (await rowsAfter(after, limit)).map(toStoredRowText),
    rowsAt: async (keys) => {
      const found = await rows<RowRow>('SELECT rows.* FROM rows JOIN unnest($1::text[], $2::text[]) AS wanted (tbl, row_id) ON rows.tbl = wanted.tbl COLLATE "C" AND rows.row_id = wanted.row_id COLLATE "C"', [
        keys.map((key) => key.tbl),
        keys.map((key) => key.rowId),
      ]);
      const byKey = new Map(found.map((row) => [`${row.tbl}\u0000${row.row_id}`, row]));
      return keys.flatMap((key) => {
        const row = byKey.get(`${key.tbl}\u0000${key.rowId}`);
        return row ? [toStoredRow(row)] : [];
      });
    },
    // The JSON text is searched for the encoded value (a substring test that cannot fail on odd
    // strings, as casting to json can), then the field is compared exactly, as SQLite's
    // json_extract(data, '$.field') = value does: text values only.
    rowsWhere: async (tbl, field, value) =>
      (await rows<RowRow>('SELECT * FROM rows WHERE tbl = $1 AND strpos(data, $2) > 0 ORDER BY row_id', [tbl, JSON.stringify(value)]))
        .map(toStoredRow)
        .filter((row) => Object.hasOwn(row.data, field) && row.data[field] === value),
    close: () => {
      closing ??= mutex.run(async () => undefined).then(() => pool.end());
      return closing;
    },
  };
}
