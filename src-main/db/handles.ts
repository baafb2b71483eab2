import type Database from 'better-sqlite3';
import type { Brand } from '../../src-shared/util/brand';

/**
 * Read and write handles are different types over the same connection: a query function takes a
 * `ReadDb` and cannot be handed to code that writes by mistake; only services obtain a `WriteDb`,
 * and only inside a transaction (see `core/transactions.ts`).
 */
export type ReadDb = Brand<Database.Database, 'ReadDb'>;
export type WriteDb = ReadDb & { readonly __writable: true };

export function asReadDb(db: Database.Database): ReadDb {
  return db as ReadDb;
}

/** Only the transaction runner may call this. */
export function asWriteDb(db: Database.Database): WriteDb {
  return db as WriteDb;
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared statements are compiled once per connection and reused. */
export function prepared(db: ReadDb, sqlText: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sqlText);
  if (!statement) {
    statement = db.prepare(sqlText);
    cache.set(sqlText, statement);
  }
  return statement;
}
