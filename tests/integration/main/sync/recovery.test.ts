import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHlc } from '../../../../src-shared/sync/hlc';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { connectToServer } from '../../../../src-main/sync/connect';
import { syncOnce } from '../../../../src-main/sync/engine';
import { fileSecretStore } from '../../../../src-main/sync/secrets';
import { pendingSnapshot } from '../../../../src-main/sync/snapshot';
import { httpTransport, SyncError, type SyncTransport } from '../../../../src-main/sync/transport';
import { call, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';
import { addAccount, connectDevice, PASSWORD, startTestServer, type TestDevice, type TestServer } from '../../../helpers/sync';

/*
 * The device is never wedged: a clock a week ahead is corrected and its unsent changes
 * re-stamped; a refused change is reverted locally and listed; an interrupted snapshot resumes.
 */
let server: TestServer;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  server = await startTestServer();
  await addAccount(server, 'lea@bureau.fr', 'salesperson', 'Léa');
  await addAccount(server, 'hugo@bureau.fr', 'salesperson', 'Hugo');
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.stop();
});

async function device(email: string): Promise<TestDevice> {
  const connected = await connectDevice(server, email);
  cleanups.push(connected.dispose);
  return connected;
}

/** A device whose wall clock is `skewMs` off, with its own transport. */
async function skewedDevice(email: string, skewMs: number): Promise<{ core: TestCore; transport: SyncTransport }> {
  const core = openTestCore({ clock: { now: () => Date.now() + skewMs } });
  cleanups.push(core.dispose);
  const secrets = fileSecretStore(core.paths.dataDir);
  const transport = httpTransport(server.url, () => secrets.get());
  await connectToServer(core, { url: server.url, email, password: PASSWORD, deviceName: 'skewed' }, transport, secrets);
  return { core, transport };
}

const WEEK = 7 * 24 * 3600_000;

describe('a laptop whose clock is a week ahead', () => {
  it('is told, re-stamps its unsent changes, and syncs; its later edits use the corrected time', async () => {
    const lea = await skewedDevice('lea@bureau.fr', WEEK);
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(lea.core, 'contacts.create', { lastName: 'Avance', city: 'Brest' });
    const stampedAhead = lea.core.db.prepare("SELECT max(hlc) FROM change_log WHERE tbl = 'contacts'").pluck().get() as string;
    expect(decodeHlc(stampedAhead).wallMs).toBeGreaterThan(Date.now() + WEEK - 60_000);

    const summary = await syncOnce(lea.core, lea.transport);
    expect(summary.restamped).toBeGreaterThan(0);
    expect(summary.rejected).toBe(0);
    expect(lea.core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get()).toBe(0);
    expect(lea.core.clockOffsetMs).toBeLessThan(-WEEK + 60_000);
    expect(lea.core.clockOffsetMs).toBeGreaterThan(-WEEK - 60_000);
    // Nothing was lost, and the log agrees with the tables (the re-stamped versions included).
    await hugo.sync();
    expect((await call(hugo.core, 'contacts.get', { id: contact.id })).city).toBe('Brest');

    // An edit Hugo makes now is newer than Léa's earlier one, whatever her clock said.
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { city: 'Quimper' } });
    await hugo.sync();
    await syncOnce(lea.core, lea.transport);
    expect((await call(lea.core, 'contacts.get', { id: contact.id })).city).toBe('Quimper');
    // And Léa's next edit is stamped near the real time, so it wins after Hugo's.
    await call(lea.core, 'contacts.update', { id: contact.id, patch: { city: 'Morlaix' } });
    const latest = lea.core.db.prepare("SELECT max(hlc) FROM change_log WHERE tbl = 'contacts'").pluck().get() as string;
    expect(Math.abs(decodeHlc(latest).wallMs - Date.now())).toBeLessThan(60_000);
    await syncOnce(lea.core, lea.transport);
    await hugo.sync();
    expect((await call(hugo.core, 'contacts.get', { id: contact.id })).city).toBe('Morlaix');
    // The offset survives a restart.
    const { dataDir } = lea.core.paths;
    const reopened = openTestCore({ dataDir, clock: { now: () => Date.now() + WEEK } });
    cleanups.unshift(reopened.dispose);
    expect(reopened.clockOffsetMs).toBe(lea.core.clockOffsetMs);
  });
});

describe('a change the server refuses', () => {
  it('is reverted on the device (an edit back to the server’s value, a new row removed) and listed for review', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(hugo.core, 'contacts.create', { lastName: 'Durand', city: 'Lille' });
    await hugo.sync();
    await lea.sync();
    // A salesperson may not take a colleague's record, nor create teams.
    write(lea.core, (tx) => insertRecord(tx, 'teams', 'team-rogue', { name: 'Équipe pirate' }));
    await call(lea.core, 'contacts.update', { id: contact.id, patch: { ownerId: lea.core.userId, city: 'Roubaix' } });
    const summary = await lea.sync();
    expect(summary.rejected).toBeGreaterThan(0);
    const after = await call(lea.core, 'contacts.get', { id: contact.id });
    expect(after.city).toBe('Lille');
    expect(after.owner?.id).toBe(hugo.core.userId);
    expect(lea.core.db.prepare("SELECT count(*) FROM teams WHERE id = 'team-rogue'").pluck().get()).toBe(0);
    const review = lea.core.db.prepare("SELECT tbl, reason FROM sync_conflicts WHERE kind = 'rejected' ORDER BY tbl").all();
    expect(review).toEqual([
      { tbl: 'contacts', reason: 'forbidden_field' },
      { tbl: 'teams', reason: 'forbidden_table' },
    ]);
    // Both devices hold the same data afterwards, and nothing is left to send.
    await hugo.sync();
    await lea.sync();
    const synced = (core: TestCore) => {
      const tables = snapshotTables(core);
      return { contacts: tables.contacts, companies: tables.companies, teams: tables.teams };
    };
    expect(synced(lea.core)).toEqual(synced(hugo.core));
    expect(lea.core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get()).toBe(0);
  });
});

describe('a snapshot cut off midway', () => {
  it('resumes where it stopped at the next sync, and ends at its watermark', async () => {
    const hugo = await device('hugo@bureau.fr');
    write(hugo.core, (tx) => {
      for (let i = 0; i < 2_600; i++) insertRecord(tx, 'contacts', `bulk-${String(i).padStart(5, '0')}`, { last_name: `Nom ${i}`, owner_id: hugo.core.userId });
    });
    await hugo.sync();

    const lea = openTestCore();
    cleanups.push(lea.dispose);
    const secrets = fileSecretStore(lea.paths.dataDir);
    const real = httpTransport(server.url, () => secrets.get());
    let snapshotCalls = 0;
    const flaky: SyncTransport = {
      ...real,
      snapshot: async (request) => {
        snapshotCalls += 1;
        if (snapshotCalls === 2) throw new SyncError('offline', 'The office server cannot be reached (connection reset).');
        return real.snapshot({ ...request, limit: 1_000 });
      },
    };
    await connectToServer(lea, { url: server.url, email: 'lea@bureau.fr', password: PASSWORD }, flaky, secrets);
    await expect(syncOnce(lea, flaky)).rejects.toThrow(/cannot be reached/);
    const halfway = lea.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    // The first page is applied (its successor was asked for while it was, and failed).
    expect(halfway).toBe(1_000);
    expect(pendingSnapshot(lea)?.after).not.toBeNull();
    // The indexes set aside for the load are back while the device waits to resume.
    expect(indexNames(lea)).toEqual(indexNames(hugo.core));

    const summary = await syncOnce(lea, flaky);
    expect(pendingSnapshot(lea)).toBeNull();
    expect(lea.db.prepare("SELECT count(*) FROM contacts WHERE id LIKE 'bulk-%'").pluck().get()).toBe(2_600);
    expect(summary.cursor).toBe(await server.store.lastSeq());
    expect(snapshotTables(lea).contacts).toEqual(snapshotTables(hugo.core).contacts);
    expect(indexNames(lea)).toEqual(indexNames(hugo.core));
    // The planner knows the loaded tables: the search index is built reading contacts in id
    // order through the id index, not sorting all of them again for each page of the rebuild.
    const plan = lea.db.prepare("EXPLAIN QUERY PLAN SELECT c.rowid, c.id FROM contacts c WHERE c.deleted = 0 AND c.id > '' ORDER BY c.id LIMIT 2000").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    // The search index, rebuilt once at the end of the load, finds rows of both pages.
    for (const name of ['Nom 7', 'Nom 2599']) {
      const hits = await call(lea, 'search.global', { q: name, limit: 50 });
      expect(hits.map((hit) => hit.title)).toContain(name);
    }
  });
});

const indexNames = (core: TestCore) =>
  core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[];
