import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, snapshotTables } from '../../../helpers/core';
import { addAccount, connectDevice, startTestServer, type TestDevice, type TestServer } from '../../../helpers/sync';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { syncOnce } from '../../../../src-main/sync/engine';
import { readOutbox } from '../../../../src-main/sync/outbox';
import { SyncError, type SyncTransport } from '../../../../src-main/sync/transport';

let server: TestServer;
const devices: TestDevice[] = [];

beforeEach(async () => {
  server = await startTestServer();
  await addAccount(server, 'admin@bureau.fr', 'administrator', 'Admin');
  await addAccount(server, 'lea@bureau.fr', 'salesperson', 'Léa Martin');
  await addAccount(server, 'hugo@bureau.fr', 'salesperson', 'Hugo Petit');
});

afterEach(async () => {
  for (const device of devices.splice(0)) device.dispose();
  await server.stop();
});

async function device(email: string): Promise<TestDevice> {
  const connected = await connectDevice(server, email);
  devices.push(connected);
  return connected;
}

const syncedRows = (d: TestDevice) => {
  const tables = snapshotTables(d.core);
  // updated_at is each device's view of the latest change time: equal too once converged.
  return tables;
};

describe('two devices and the office server', () => {
  it('a contact created offline on one laptop appears on the other after both sync', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const created = await call(lea.core, 'contacts.create', { firstName: 'Amélie', lastName: 'Poulain', city: 'Paris' });
    const pushed = await lea.sync();
    expect(pushed.pushed).toBeGreaterThan(0);
    // Hugo's laptop is new to the server: it starts from a snapshot, then pulls from its watermark.
    const first = await hugo.sync();
    expect(first.snapshotRows).toBeGreaterThan(0);
    expect(first.cursor).toBeGreaterThan(0);
    expect(await call(hugo.core, 'contacts.get', { id: created.id })).toMatchObject({ lastName: 'Poulain' });
    await call(lea.core, 'contacts.update', { id: created.id, patch: { city: 'Lyon' } });
    await lea.sync();
    const pulled = await hugo.sync();
    expect(pulled.snapshotRows).toBe(0);
    expect(pulled.pulled).toBe(1);
    const seen = await call(hugo.core, 'contacts.get', { id: created.id });
    expect(seen.city).toBe('Lyon');
    expect(seen.lastName).toBe('Poulain');
    expect(seen.owner?.displayName).toBe('Léa Martin');
    // Search and lists see pulled records like local ones.
    const found = await call(hugo.core, 'search.global', { q: 'poulain' });
    expect(JSON.stringify(found)).toContain(created.id);
  });

  it('edits of different fields on both sides all survive; the same field keeps the newer and lists the loser in review', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(lea.core, 'contacts.create', { firstName: 'Jean', lastName: 'Valjean' });
    await lea.sync();
    await hugo.sync();

    await call(lea.core, 'contacts.update', { id: contact.id, patch: { city: 'Montreuil' } });
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { jobTitle: 'Maire' } });
    await call(lea.core, 'contacts.update', { id: contact.id, patch: { notes: 'version de Léa' } });
    // A later millisecond: Hugo's edit is the newer one on every clock (within one millisecond the counters decide).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { notes: 'version de Hugo' } });
    await lea.sync();
    await hugo.sync();
    await lea.sync();

    for (const d of [lea, hugo]) {
      const seen = await call(d.core, 'contacts.get', { id: contact.id });
      expect(seen.city).toBe('Montreuil');
      expect(seen.jobTitle).toBe('Maire');
      expect(seen.notes).toBe('version de Hugo');
    }
    expect(syncedRows(lea)).toEqual(syncedRows(hugo));
    const review = lea.core.db.prepare('SELECT kind, field, local_value, remote_value FROM sync_conflicts').all();
    expect(review).toEqual([{ kind: 'lost', field: 'notes', local_value: '"version de Léa"', remote_value: '"version de Hugo"' }]);
    expect(hugo.core.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);
  });

  it('a value replaced by someone who had seen it is no conflict: sequential edits and creation defaults stay out of review', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    // Léa creates the contact (its e-mails and consent get their default values) and sets a city.
    const contact = await call(lea.core, 'contacts.create', { firstName: 'Jeanne', lastName: 'Moreau', city: 'Paris' });
    await lea.sync();
    await hugo.sync();
    // Hugo, having seen Léa's values, replaces them: the city, the e-mails, the consent.
    await call(hugo.core, 'contacts.update', {
      id: contact.id,
      patch: { city: 'Lyon', emails: [{ address: 'jeanne.moreau@exemple.fr', label: 'work' }], consentEmail: 'granted' },
    });
    await hugo.sync();
    const pulled = await lea.sync();
    expect(pulled.pulled).toBe(1);
    expect(pulled.conflicts).toBe(0);
    expect(await call(lea.core, 'contacts.get', { id: contact.id })).toMatchObject({ city: 'Lyon', consentEmail: 'granted' });
    expect(lea.core.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);

    // Then both edit the city without seeing each other's edit: that one is a conflict.
    await call(lea.core, 'contacts.update', { id: contact.id, patch: { city: 'Marseille' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { city: 'Nantes' } });
    await lea.sync();
    await hugo.sync();
    await lea.sync();
    const review = lea.core.db.prepare('SELECT kind, field, local_value, remote_value FROM sync_conflicts').all();
    expect(review).toEqual([{ kind: 'lost', field: 'city', local_value: '"Marseille"', remote_value: '"Nantes"' }]);
  });

  it('a delete on one side is not undone by a concurrent edit, and the edit is listed as landing on a deleted record', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(lea.core, 'contacts.create', { firstName: 'Cosette', lastName: 'Fauchelevent' });
    await lea.sync();
    await hugo.sync();
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { city: 'Paris' } });
    await call(lea.core, 'contacts.delete', { ids: [contact.id] });
    await hugo.sync();
    await lea.sync();
    await hugo.sync();
    for (const d of [lea, hugo]) {
      expect(d.core.db.prepare('SELECT deleted FROM contacts WHERE id = ?').pluck().get(contact.id)).toBe(1);
    }
    expect(hugo.core.db.prepare("SELECT kind FROM sync_conflicts WHERE kind = 'deleted'").pluck().all()).toEqual(['deleted']);
  });

  it('pushing the same outbox twice (a reply lost after the server committed) stores each change once', async () => {
    const lea = await device('lea@bureau.fr');
    await call(lea.core, 'contacts.create', { firstName: 'Marius', lastName: 'Pontmercy' });
    const page = readOutbox(lea.core.read, { changes: 100, bytes: 1 << 20 });
    const first = await lea.transport.push(page.txns);
    const again = await lea.transport.push(page.txns);
    expect(first.results.map((r) => r.status)).toEqual(page.txns.map(() => 'accepted'));
    expect(again.results.map((r) => r.status)).toEqual(page.txns.map(() => 'duplicate'));
    const pulled = await lea.transport.pull(0, 1000);
    const mine = pulled.changes.filter((change) => change.tbl === 'contacts');
    expect(mine).toHaveLength(1);
  });

  it('a private saved view reaches its owner’s other device and no one else', async () => {
    const lea = await device('lea@bureau.fr');
    const leaLaptop = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await call(lea.core, 'views.save', { entity: 'contact', name: 'Mes clients lyonnais', state: { sort: { field: 'name', dir: 'asc' }, filters: { city: 'Lyon' }, columns: ['name'] } });
    await lea.sync();
    await leaLaptop.sync();
    await hugo.sync();
    const names = (d: TestDevice) => d.core.db.prepare('SELECT name FROM saved_views WHERE deleted = 0').pluck().all();
    expect(names(leaLaptop)).toEqual(['Mes clients lyonnais']);
    expect(names(hugo)).toEqual([]);
  });

  it('the log still rebuilds every table after merging remote changes', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(lea.core, 'contacts.create', { firstName: 'Fantine', lastName: 'Thénardier' });
    await lea.sync();
    await hugo.sync();
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { city: 'Montfermeil' } });
    await hugo.sync();
    await lea.sync();
    const { replayChangeLog } = await import('../../../../src-main/db/replay');
    const { openTestCore } = await import('../../../helpers/core');
    const rebuilt = openTestCore();
    try {
      const entries = lea.core.db.prepare('SELECT hlc, tbl, row_id, changes FROM change_log ORDER BY seq').all() as never[];
      rebuilt.db.prepare('DELETE FROM users').run();
      replayChangeLog(rebuilt.db as never, entries);
      const contacts = (d: { db: typeof lea.core.db }) => d.db.prepare('SELECT * FROM contacts ORDER BY id').all();
      expect(contacts(rebuilt)).toEqual(contacts(lea.core));
    } finally {
      rebuilt.dispose();
    }
  });
});

describe('a local transaction too large for one request', () => {
  /** 2,600 tags in one local transaction: more changes than one push request carries. */
  function bigTransaction(d: TestDevice): void {
    write(d.core, (tx) => {
      for (let i = 0; i < 2_600; i++) insertRecord(tx, 'tags', `tag-${String(i).padStart(4, '0')}`, { name: `Salon ${i}`, color: 'blue' });
    });
  }
  const tagCount = (d: TestDevice) => d.core.db.prepare('SELECT count(*) FROM tags').pluck().get() as number;

  it('is cut into parts within the request limits, each part naming its place', async () => {
    {
      const lea = await device('lea@bureau.fr');
      bigTransaction(lea);
      const page = readOutbox(lea.core.read, { changes: 1_000, bytes: 1 << 20 });
      expect(page.txns).toHaveLength(1);
      expect(page.txns[0]?.changes).toHaveLength(2_600);
      expect(page.requests.map((request) => request.map((txn) => [txn.part, txn.changes.length]))).toEqual([
        [[{ index: 0, count: 3 }, 1_000]],
        [[{ index: 1, count: 3 }, 1_000]],
        [[{ index: 2, count: 3 }, 600]],
      ]);
      // The byte limit cuts too.
      const bySize = readOutbox(lea.core.read, { changes: 5_000, bytes: 100_000 });
      expect(bySize.requests.length).toBeGreaterThan(3);
      expect(bySize.requests.flatMap((request) => request.flatMap((txn) => txn.changes)).map((change) => change.rowId)).toEqual(page.txns[0]?.changes.map((change) => change.rowId));
    }
  });

  it('reaches the server in parts and appears on the other device whole, even when the connection drops between parts', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    bigTransaction(lea);
    // The connection drops after the first part: the server keeps it aside and applies nothing.
    let pushes = 0;
    const flaky: SyncTransport = {
      ...lea.transport,
      push: async (txns) => {
        pushes += 1;
        if (pushes === 2) throw new SyncError('offline', 'connection lost');
        return lea.transport.push(txns);
      },
    };
    await expect(syncOnce(lea.core, flaky)).rejects.toThrow('connection lost');
    await hugo.sync();
    expect(tagCount(hugo)).toBe(0);
    expect(await server.store.lastSeq()).toBeLessThan(2_600);
    // The next sync sends the parts again; the last one applies the whole transaction.
    const done = await lea.sync();
    expect(done.pushed).toBe(2_600);
    expect(readOutbox(lea.core.read, { changes: 2_000, bytes: 1 << 20 }).txns).toEqual([]);
    await hugo.sync();
    expect(tagCount(hugo)).toBe(2_600);
    // A part sent again (a reply lost after the server applied the transaction): a duplicate, nothing stored.
    const first = lea.core.db
      .prepare("SELECT t.txn_id AS txnId, l.hlc FROM change_log l JOIN change_txns t ON t.id = l.txn WHERE l.row_id = 'tag-0000'")
      .get() as { txnId: string; hlc: string };
    const lastSeq = await server.store.lastSeq();
    const again = await lea.transport.push([{ txnId: first.txnId, changes: [{ hlc: first.hlc, tbl: 'tags', rowId: 'tag-0000', changes: { name: 'Autre' } }], part: { index: 0, count: 2 } }]);
    expect(again.results).toEqual([{ txnId: first.txnId, status: 'duplicate' }]);
    expect(await server.store.lastSeq()).toBe(lastSeq);
  });
});
