import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import express, { type RequestHandler } from 'express';
import { syncCatalog } from '../../../src-shared/sync/catalog';
import type { Metrics } from '../suite';
import { median, round, timedAsync } from '../stats';

/* PouchDB 9 and express-pouchdb ship no types: the little the benchmark uses. */
type PouchDoc = { _id: string } & Record<string, unknown>;
type PouchDatabase = {
  bulkDocs(docs: PouchDoc[]): Promise<{ ok?: boolean; error?: string }[]>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
};
type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number; doc_write_failures: number };
type PouchStatic = {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  defaults(options: Record<string, unknown>): PouchStatic;
  replicate(source: string | PouchDatabase, target: string | PouchDatabase, options?: Record<string, unknown>): PromiseLike<ReplicationResult>;
};
type ExpressPouchDB = (pouch: PouchStatic, options: Record<string, unknown>) => RequestHandler;

const require = createRequire(import.meta.url);

const BULK = 1_000;
const NOOP_RUNS = 10;

/**
 * The peer: PouchDB 9 behind express-pouchdb mounted in an express app on 127.0.0.1 (what
 * pouchdb-server does, without its optional sqlite3), holding the same `large` data as our
 * snapshot — one document per row of every synced table of the seeded database (contacts,
 * companies, their links, deals, activities, tags…), with the synced fields — loaded straight
 * into the server's database with `bulkDocs` (`pouchdb_load_s`; not over HTTP). Then a fresh
 * local PouchDB replicates it from the HTTP server with the default options
 * (`PouchDB.replicate(remote, local)`): `pouchdb_initial_large_s`; and again with nothing new:
 * `pouchdb_noop_ms` (median of 10).
 */
export async function measurePouchDB(sourceDatabase: string, workDir: string, log: (line: string) => void): Promise<Metrics> {
  const PouchDB = require('pouchdb') as PouchStatic;
  const expressPouchDB = require('express-pouchdb') as ExpressPouchDB;
  const serverDir = join(workDir, 'pouchdb-server');
  mkdirSync(serverDir, { recursive: true });
  const ServerPouch = PouchDB.defaults({ prefix: `${serverDir}/` });

  const app = express();
  // express-pouchdb (Express 4 inside) assigns req.query, a getter in Express 5: make it a plain property.
  app.use((request, _response, next) => {
    Object.defineProperty(request, 'query', { value: request.query, writable: true, configurable: true, enumerable: true });
    next();
  });
  app.use('/', expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB' }));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm`;
  const remote = new ServerPouch('crm');
  let local: PouchDatabase | undefined;
  try {
    log('sync: loading the large dataset into PouchDB (a document per row of every synced table)…');
    const source = new Database(sourceDatabase, { readonly: true });
    let docs = 0;
    const load = await timedAsync(async () => {
      for (const [table, entry] of Object.entries(syncCatalog)) {
        const columns = ['id', ...Object.keys(entry.fields)];
        const rows = source.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).iterate() as IterableIterator<Record<string, unknown>>;
        let batch: PouchDoc[] = [];
        const flush = async () => {
          const results = await remote.bulkDocs(batch);
          const failed = results.find((result) => result.error);
          if (failed) throw new Error(`PouchDB refused a document: ${JSON.stringify(failed)}`);
          docs += batch.length;
          batch = [];
        };
        for (const { id, ...fields } of rows) {
          batch.push({ _id: `${table}:${String(id)}`, type: table, ...fields });
          if (batch.length >= BULK) await flush();
        }
        if (batch.length > 0) await flush();
      }
    });
    source.close();
    log(`  ${docs} documents in ${(load.ms / 1000).toFixed(1)} s; replicating to a fresh PouchDB over HTTP…`);

    local = new PouchDB(join(workDir, 'pouchdb-local'));
    const target = local;
    const initial = await timedAsync(async () => PouchDB.replicate(url, target));
    if (!initial.value.ok || initial.value.docs_written !== docs) throw new Error(`PouchDB replicated ${initial.value.docs_written} of ${docs} documents`);
    log(`  replicated in ${(initial.ms / 1000).toFixed(1)} s`);

    const noop: number[] = [];
    for (let i = 0; i < NOOP_RUNS + 2; i++) {
      const run = await timedAsync(async () => PouchDB.replicate(url, target));
      if (run.value.docs_written !== 0) throw new Error('a no-op PouchDB replication wrote documents');
      if (i >= 2) noop.push(run.ms);
    }
    return {
      pouchdb_docs: docs,
      pouchdb_load_s: round(load.ms / 1000, 2),
      pouchdb_initial_large_s: round(initial.ms / 1000, 2),
      pouchdb_noop_ms: round(median(noop)),
    };
  } finally {
    await local?.close();
    await remote.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
