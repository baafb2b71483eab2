import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PushResult, RejectReason } from '../../../src-shared/sync/protocol';
import { Mutex } from './mutex';
import { serverMigrations, storedHlcs, toAccount, toSession, toStagedPart, toStoredChange, toStoredRow, toStoredRowText, type AccountRow, type ChangeRow, type PartRow, type RowRow, type SessionRow } from './shared';
import type { NewChange, RowState, ServerStore, SyncWriter } from './types';

const WAL_CHECKPOINT_PAGES = 20_000;
const IDLE_CHECKPOINT_MS = 1_000;
/*
 * An office's rows and log outgrow SQLite's default 2 MiB page cache at once: each connection
 * keeps 64 MiB of pages, and reads the file through a memory map (a snapshot of the large dataset
 * reads ~650 MB of rows: ~5 s through read calls, ~3 s mapped).
 */
const CACHE_KIB = 65_536;
const MMAP_BYTES = 2 ** 31;

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  return db;
}

/** `user_version` counts the migrations applied. */
function migrate(db: Database.Database, root: string): void {
  const migrations = serverMigrations('sqlite', root);
  const applied = Number(db.pragma('user_version', { simple: true }));
  if (applied > migrations.length) {
    throw new Error(`This server database was written by a newer version of the server (schema ${applied}); update the server.`);
  }
  for (const [index, migration] of migrations.entries()) {
    if (index < applied) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${index + 1}`);
    }).immediate();
  }
}

/** The SQLite back end: one file in the data folder, a writer and a reader connection (WAL). */
export function openSqliteStore(dataDir: string, sourceRoot: string): ServerStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'server.sqlite');
  const writer = open(file);
  migrate(writer, sourceRoot);
  const reader = open(file);
  const mutex = new Mutex();
  // Checkpoints (copying the WAL into the database file) run when the server is idle, not inside
  // a push: in-line only once the WAL reaches ~80 MB (a long bulk upload), else a moment after the
  // last write.
  writer.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  let checkpoint: NodeJS.Timeout | undefined;
  const checkpointSoon = () => {
    clearTimeout(checkpoint);
    checkpoint = setTimeout(() => {
      void mutex.run(async () => {
        if (writer.open) writer.pragma('wal_checkpoint(PASSIVE)');
      });
    }, IDLE_CHECKPOINT_MS);
    checkpoint.unref();
  };
  // Statements compiled once per connection: a push runs a few of them for each change.
  const statements = new Map<string, Database.Statement>();
  const cached = (db: Database.Database, sql: string): Database.Statement => {
    const key = `${db === writer ? 'w' : 'r'}${sql}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(key, statement);
    }
    return statement;
  };

  const rowsAfter = (after: { tbl: string; rowId: string } | null, limit: number): RowRow[] =>
    (after
      ? cached(reader, 'SELECT * FROM rows WHERE (tbl, row_id) > (?, ?) ORDER BY tbl, row_id LIMIT ?').all(after.tbl, after.rowId, limit)
      : cached(reader, 'SELECT * FROM rows ORDER BY tbl, row_id LIMIT ?').all(limit)) as RowRow[];

  const syncWriter: SyncWriter = {
    txnResult: async (txnId) => {
      const row = cached(writer, 'SELECT txn_id, status, reason, detail FROM txns WHERE txn_id = ?').get(txnId) as
        | { txn_id: string; status: PushResult['status']; reason: string | null; detail: string | null }
        | undefined;
      if (!row) return undefined;
      return { txnId: row.txn_id, status: row.status, ...(row.reason ? { reason: row.reason as RejectReason } : {}), ...(row.detail ? { detail: row.detail } : {}) };
    },
    recordTxn: async (result, accountId, deviceId, now) => {
      cached(writer, 'INSERT INTO txns (txn_id, account_id, device_id, status, reason, detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(result.txnId, accountId, deviceId, result.status, result.reason ?? null, result.detail ?? null, now);
    },
    row: async (tbl, rowId) => {
      const row = cached(writer, 'SELECT tbl, row_id, data, hlcs, audience FROM rows WHERE tbl = ? AND row_id = ?').get(tbl, rowId) as RowRow | undefined;
      if (!row) return undefined;
      const { data, hlcs, audience }: RowState = toStoredRow(row);
      return { data, hlcs, audience };
    },
    putRow: async (tbl, rowId, state) => {
      cached(writer, 
          `INSERT INTO rows (tbl, row_id, data, hlcs, audience) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (tbl, row_id) DO UPDATE SET data = excluded.data, hlcs = excluded.hlcs, audience = excluded.audience`,
        )
        .run(tbl, rowId, JSON.stringify(state.data), storedHlcs(state), state.audience);
    },
    stagePart: async (part, now) => {
      cached(writer, 'DELETE FROM txn_parts WHERE account_id = ? AND device_id = ? AND txn_id = ? AND parts <> ?').run(part.accountId, part.deviceId, part.txnId, part.count);
      cached(
        writer,
        `INSERT INTO txn_parts (account_id, device_id, txn_id, part, parts, changes, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, device_id, txn_id, part) DO UPDATE SET parts = excluded.parts, changes = excluded.changes, received_at = excluded.received_at`,
      ).run(part.accountId, part.deviceId, part.txnId, part.index, part.count, JSON.stringify(part.changes), now);
    },
    stagedParts: async (key) =>
      (
        cached(writer, 'SELECT part, parts, changes FROM txn_parts WHERE account_id = ? AND device_id = ? AND txn_id = ? ORDER BY part').all(key.accountId, key.deviceId, key.txnId) as PartRow[]
      ).map((row) => toStagedPart(key, row)),
    dropStaged: async (key, before) => {
      cached(writer, 'DELETE FROM txn_parts WHERE (account_id = ? AND device_id = ? AND txn_id = ?) OR received_at < ?').run(key.accountId, key.deviceId, key.txnId, before);
    },
    appendChange: async (change: NewChange) =>
      Number(
        cached(writer, 'INSERT INTO changes (hlc, tbl, row_id, changes, txn_id, device_id, account_id, audience, prev, row_hlcs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(
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
          )
          .lastInsertRowid,
      ),
  };

  return {
    kind: 'sqlite',
    accountCount: async () => Number(cached(reader, 'SELECT count(*) FROM accounts').pluck().get()),
    accountByEmail: async (email) => {
      const row = cached(reader, 'SELECT * FROM accounts WHERE lower(email) = lower(?)').get(email) as AccountRow | undefined;
      return row ? toAccount(row) : undefined;
    },
    accountById: async (id) => {
      const row = cached(reader, 'SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
      return row ? toAccount(row) : undefined;
    },
    listAccounts: async () => (cached(reader, 'SELECT * FROM accounts ORDER BY lower(display_name), id').all() as AccountRow[]).map(toAccount),
    insertAccount: (account) =>
      mutex.run(async () => {
        cached(writer, 'INSERT INTO accounts (id, email, display_name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(account.id, account.email, account.displayName, account.role, account.passwordHash, account.disabled ? 1 : 0, account.createdAt);
      }),
    updateAccount: (id, patch) =>
      mutex.run(async () => {
        const sets: string[] = [];
        const values: (string | number)[] = [];
        const columns: [string, string | number | undefined][] = [
          ['display_name', patch.displayName],
          ['role', patch.role],
          ['password_hash', patch.passwordHash],
          ['disabled', patch.disabled === undefined ? undefined : patch.disabled ? 1 : 0],
        ];
        for (const [column, value] of columns) {
          if (value === undefined) continue;
          sets.push(`${column} = ?`);
          values.push(value);
        }
        if (sets.length > 0) cached(writer, `UPDATE accounts SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
      }),
    insertSession: (session) =>
      mutex.run(async () => {
        cached(writer, 'INSERT INTO sessions (token_hash, account_id, device_id, device_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(session.tokenHash, session.accountId, session.deviceId, session.deviceName, session.createdAt, session.expiresAt);
      }),
    sessionByHash: async (tokenHash) => {
      const row = cached(reader, 'SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as SessionRow | undefined;
      return row ? toSession(row) : undefined;
    },
    deleteSession: (tokenHash) =>
      mutex.run(async () => {
        cached(writer, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
      }),
    deleteSessionsOf: (accountId) =>
      mutex.run(async () => {
        cached(writer, 'DELETE FROM sessions WHERE account_id = ?').run(accountId);
      }),
    write: (work) =>
      mutex.run(async () => {
        writer.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(syncWriter);
          writer.exec('COMMIT');
          checkpointSoon();
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      }),
    changesSince: async (since, limit) =>
      (cached(reader, 'SELECT * FROM changes WHERE seq > ? ORDER BY seq LIMIT ?').all(since, limit) as ChangeRow[]).map(toStoredChange),
    lastSeq: async () => Number(cached(reader, 'SELECT coalesce(max(seq), 0) FROM changes').pluck().get()),
    rowsAfter: async (after, limit) => rowsAfter(after, limit).map(toStoredRow),
    rowTextsAfter: async (after, limit) => rowsAfter(after, limit).map(toStoredRowText),
    rowsAt: async (keys) =>
      keys.flatMap((key) => {
        const row = cached(reader, 'SELECT * FROM rows WHERE tbl = ? AND row_id = ?').get(key.tbl, key.rowId) as RowRow | undefined;
        return row ? [toStoredRow(row)] : [];
      }),
    rowsWhere: async (tbl, field, value) =>
      (cached(reader, 'SELECT * FROM rows WHERE tbl = ? AND json_extract(data, ?) = ? ORDER BY row_id').all(tbl, `$.${field}`, value) as RowRow[]).map(toStoredRow),
    close: async () => {
      clearTimeout(checkpoint);
      await mutex.run(async () => undefined);
      reader.close();
      writer.close();
    },
  };
}
