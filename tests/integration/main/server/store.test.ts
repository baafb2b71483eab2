import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceRoot } from '../../../../src-main/core/paths';
import { createSyncService, type Auth, type SyncService } from '../../../../src-main/server/service';
import { openPostgresStore } from '../../../../src-main/server/store/postgres';
import type { Account, NewChange, ServerStore, Session, StoredRow } from '../../../../src-main/server/store/types';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '../../../../src-shared/sync/protocol';
import { createTestDatabase, type TestDatabase } from '../../../helpers/postgres';
import { backends, openTestStore, PASSWORD } from '../../../helpers/sync';

/*
 * The storage contract of the office server (src-main/server/store/types.ts), the same tests on
 * SQLite and PostgreSQL: both must give the same answers to the same calls (invariant 11).
 */

const at = Date.UTC(2026, 10, 22, 9, 0, 0);

const account = (id: string, email: string, displayName = id): Account => ({
  id,
  email,
  displayName,
  role: 'salesperson',
  passwordHash: `hash-of-${id}`,
  disabled: false,
  createdAt: at,
});

const change = (rowId: string, fields: NewChange['changes'], extra: Partial<NewChange> = {}): NewChange => ({
  hlc: `${String(at).padStart(15, '0')}-00000-device1`,
  tbl: 'contacts',
  rowId,
  changes: fields,
  txnId: `txn-${rowId}`,
  deviceId: 'device-1',
  userId: 'u-lea',
  audience: 'office',
  ...extra,
});

const state = (data: StoredRow['data'], audience = 'office') => ({ data, hlcs: Object.fromEntries(Object.keys(data).map((field) => [field, `${String(at).padStart(15, '0')}-00000-device1`])), audience });

describe.each(backends)('the %s server store', (backend) => {
  let store: ServerStore;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await openTestStore(backend));
  });
  afterEach(async () => dispose());

  it('says which back end it is', () => {
    expect(store.kind).toBe(backend);
  });

  it('keeps accounts, one per e-mail whatever its case', async () => {
    expect(await store.accountCount()).toBe(0);
    const lea = { ...account('u-lea', 'Lea@Bureau.fr', 'Léa'), createdAt: 1_795_000_000_123 };
    await store.insertAccount(lea);
    expect(await store.accountByEmail('lea@bureau.fr')).toEqual(lea);
    expect(await store.accountByEmail('LEA@BUREAU.FR')).toEqual(lea);
    expect(await store.accountById('u-lea')).toEqual(lea);
    expect(await store.accountByEmail('marc@bureau.fr')).toBeUndefined();
    expect(await store.accountById('nobody')).toBeUndefined();
    await expect(store.insertAccount(account('u-other', 'lea@BUREAU.fr'))).rejects.toThrow();
    await expect(store.insertAccount({ ...lea, email: 'another@bureau.fr' })).rejects.toThrow();
    expect(await store.accountCount()).toBe(1);
    // lower() folds ASCII only, as SQLite's does: both back ends agree on non-ASCII e-mails.
    await store.insertAccount(account('u-elise', 'Élise@bureau.fr', 'Élise'));
    expect(await store.accountByEmail('élise@bureau.fr')).toBeUndefined();
    expect((await store.accountByEmail('Élise@BUREAU.FR'))?.id).toBe('u-elise');
  });

  it('lists accounts by name (byte order of the ASCII-lowered name, as SQLite) and updates them field by field', async () => {
    for (const [id, name] of [['u1', 'bob'], ['u2', 'Zoé'], ['u3', 'Alice'], ['u4', 'Émile'], ['u5', 'alice']] as const) await store.insertAccount(account(id, `${id}@bureau.fr`, name));
    expect((await store.listAccounts()).map((a) => a.displayName)).toEqual(['Alice', 'alice', 'bob', 'Zoé', 'Émile']);
    await store.updateAccount('u1', { displayName: 'Bob', role: 'manager' });
    await store.updateAccount('u2', { disabled: true, passwordHash: 'new-hash' });
    await store.updateAccount('u3', {});
    expect(await store.accountById('u1')).toMatchObject({ displayName: 'Bob', role: 'manager', disabled: false, passwordHash: 'hash-of-u1' });
    expect(await store.accountById('u2')).toMatchObject({ displayName: 'Zoé', role: 'salesperson', disabled: true, passwordHash: 'new-hash' });
    await store.updateAccount('u2', { disabled: false });
    expect((await store.accountById('u2'))?.disabled).toBe(false);
    expect(await store.accountById('u3')).toEqual(account('u3', 'u3@bureau.fr', 'Alice'));
  });

  it('keeps sessions by token hash and deletes them one by one or per account', async () => {
    const session = (tokenHash: string, accountId: string): Session => ({ tokenHash, accountId, deviceId: `device-${tokenHash}`, deviceName: 'Portable de Léa', createdAt: at, expiresAt: at + 30 * 24 * 3600_000 });
    for (const [hash, owner] of [['h1', 'u-lea'], ['h2', 'u-lea'], ['h3', 'u-marc']] as const) await store.insertSession(session(hash, owner));
    expect(await store.sessionByHash('h1')).toEqual(session('h1', 'u-lea'));
    expect(await store.sessionByHash('nope')).toBeUndefined();
    await store.deleteSession('h1');
    expect(await store.sessionByHash('h1')).toBeUndefined();
    await store.deleteSessionsOf('u-lea');
    expect(await store.sessionByHash('h2')).toBeUndefined();
    expect(await store.sessionByHash('h3')).toEqual(session('h3', 'u-marc'));
  });

  it('writes all or nothing: an error, thrown by the work or by the database, leaves nothing behind', async () => {
    await expect(
      store.write(async (writer) => {
        await writer.recordTxn({ txnId: 't1', status: 'accepted' }, 'u-lea', 'device-1', at);
        await writer.putRow('contacts', 'c1', state({ first_name: 'Émile' }));
        expect(await writer.appendChange(change('c1', { first_name: 'Émile' }))).toBe(1);
        // The transaction reads its own writes.
        expect((await writer.row('contacts', 'c1'))?.data).toEqual({ first_name: 'Émile' });
        throw new Error('failed half-way');
      }),
    ).rejects.toThrow('failed half-way');
    await expect(
      store.write(async (writer) => {
        await writer.putRow('contacts', 'c2', state({ first_name: 'Jules' }));
        await writer.appendChange(change('c2', { first_name: 'Jules' }));
        await writer.recordTxn({ txnId: 't2', status: 'accepted' }, 'u-lea', 'device-1', at);
        await writer.recordTxn({ txnId: 't2', status: 'accepted' }, 'u-lea', 'device-1', at);
      }),
    ).rejects.toThrow();
    expect(await store.lastSeq()).toBe(0);
    expect(await store.changesSince(0, 100)).toEqual([]);
    expect(await store.rowsAfter(null, 100)).toEqual([]);
    expect(await store.write(async (writer) => [await writer.txnResult('t1'), await writer.txnResult('t2'), await writer.row('contacts', 'c1')])).toEqual([undefined, undefined, undefined]);
    // Still usable, and the sequence has no gap: the rolled-back numbers are given again.
    expect(await store.write((writer) => writer.appendChange(change('c3', { first_name: 'Zoé' })))).toBe(1);
    expect(await store.lastSeq()).toBe(1);
  });

  it('records transactions and answers retries from them', async () => {
    await store.write(async (writer) => {
      await writer.recordTxn({ txnId: 't-ok', status: 'accepted' }, 'u-lea', 'device-1', at);
      await writer.recordTxn({ txnId: 't-no', status: 'rejected', reason: 'forbidden_row', detail: 'not your record' }, 'u-lea', 'device-1', at);
    });
    expect(
      await store.write(async (writer) => ({ ok: await writer.txnResult('t-ok'), no: await writer.txnResult('t-no'), unknown: await writer.txnResult('t-unknown') })),
    ).toEqual({ ok: { txnId: 't-ok', status: 'accepted' }, no: { txnId: 't-no', status: 'rejected', reason: 'forbidden_row', detail: 'not your record' }, unknown: undefined });
  });

  it('keeps rows byte for byte, and replaces them', async () => {
    const odd = { first_name: 'Zoë "la" \\ O\'Neil', notes: 'ligne 1\nligne 2\t🙂 \u0000 \ud800 fin', is_primary: 1, big: 9_007_199_254_740_991, negative: -12, empty: null, deleted: 0 };
    await store.write((writer) => writer.putRow('contacts', 'c1', state(odd, 'team:team-a user:u-lea')));
    expect(await store.write((writer) => writer.row('contacts', 'c1'))).toEqual(state(odd, 'team:team-a user:u-lea'));
    await store.write((writer) => writer.putRow('contacts', 'c1', state({ first_name: 'Émile' })));
    expect(await store.write((writer) => writer.row('contacts', 'c1'))).toEqual(state({ first_name: 'Émile' }));
    expect(await store.write((writer) => writer.row('companies', 'c1'))).toBeUndefined();
    expect(await store.rowsAfter(null, 10)).toEqual([{ tbl: 'contacts', rowId: 'c1', ...state({ first_name: 'Émile' }) }]);
  });

  it('gives back each field its own HLC, however many fields share one', async () => {
    const hlc = (ms: number, node: string) => `${String(ms).padStart(15, '0')}-00000-${node}`;
    const mixed = {
      data: { first_name: 'Émile', last_name: 'Zola', city: null, deleted: 0 },
      hlcs: { first_name: hlc(at, 'a'), last_name: hlc(at, 'a'), city: hlc(at + 5, 'b'), deleted: hlc(at, 'a') },
      audience: 'office',
    };
    // HLCs of fields that have no value, and values without an HLC, are kept as they are.
    const uneven = { data: { first_name: 'Jules', city: 'Lyon' }, hlcs: { first_name: hlc(at, 'a'), city: hlc(at, 'a'), notes: hlc(at, 'a') }, audience: 'office' };
    const single = { data: { first_name: 'Léa' }, hlcs: { first_name: hlc(at, 'c') }, audience: 'office' };
    await store.write(async (writer) => {
      await writer.putRow('contacts', 'c1', mixed);
      await writer.putRow('contacts', 'c2', uneven);
      await writer.putRow('contacts', 'c3', single);
    });
    expect(await store.write(async (writer) => [await writer.row('contacts', 'c1'), await writer.row('contacts', 'c2'), await writer.row('contacts', 'c3')])).toEqual([mixed, uneven, single]);
    expect((await store.rowsAt([{ tbl: 'contacts', rowId: 'c1' }]))[0]?.hlcs).toEqual(mixed.hlcs);
    expect((await store.rowsAfter(null, 10)).map((row) => row.hlcs)).toEqual([mixed.hlcs, uneven.hlcs, single.hlcs]);
  });

  it('gives appended changes increasing sequence numbers and reads them back in order, in pages', async () => {
    const first = await store.write(async (writer) => [await writer.appendChange(change('c1', { first_name: 'Émile', age: 3 })), await writer.appendChange(change('c2', { city: null }, { tbl: 'companies' }))]);
    const second = await store.write(async (writer) => [
      await writer.appendChange(change('c3', { notes: 'a "quoted" \u0000 note' }, { audience: 'team:team-a user:u-lea', txnId: 'txn-b', deviceId: 'device-2', userId: 'u-marc' })),
      await writer.appendChange(change('c4', { deleted: 1 })),
      await writer.appendChange(change('c5', { deleted: 0 })),
    ]);
    expect([...first, ...second]).toEqual([1, 2, 3, 4, 5]);
    expect(await store.lastSeq()).toBe(5);
    const page = await store.changesSince(0, 3);
    expect(page.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(page[0]).toEqual({ seq: 1, ...change('c1', { first_name: 'Émile', age: 3 }) });
    expect(page[2]).toEqual({ seq: 3, ...change('c3', { notes: 'a "quoted" \u0000 note' }, { audience: 'team:team-a user:u-lea', txnId: 'txn-b', deviceId: 'device-2', userId: 'u-marc' }) });
    expect((await store.changesSince(3, 10)).map((c) => [c.seq, c.rowId])).toEqual([
      [4, 'c4'],
      [5, 'c5'],
    ]);
    expect(await store.changesSince(5, 10)).toEqual([]);
    expect(await store.changesSince(2, 1)).toHaveLength(1);
  });

  it('pages through rows in (table, row id) byte order, across tables', async () => {
    const keys = [
      ['tags', 't1'],
      ['contacts', 'b'],
      ['contacts', 'a'],
      ['contacts', 'B'],
      ['contacts', 'é'],
      ['contacts', '_'],
      ['companies', 'x'],
      ['contacts', 'a-1'],
      ['contacts', 'a1'],
    ] as const;
    await store.write(async (writer) => {
      for (const [tbl, rowId] of keys) await writer.putRow(tbl, rowId, state({ name: `${tbl}/${rowId}` }));
    });
    const seen: string[] = [];
    let after: { tbl: string; rowId: string } | null = null;
    for (;;) {
      const page: StoredRow[] = await store.rowsAfter(after, 2);
      seen.push(...page.map((row) => `${row.tbl}/${row.rowId}`));
      expect(page.every((row) => row.data.name === `${row.tbl}/${row.rowId}`)).toBe(true);
      const last = page.at(-1);
      if (page.length < 2 || !last) break;
      after = { tbl: last.tbl, rowId: last.rowId };
    }
    expect(seen).toEqual(['companies/x', 'contacts/B', 'contacts/_', 'contacts/a', 'contacts/a-1', 'contacts/a1', 'contacts/b', 'contacts/é', 'tags/t1']);
  });

  it('finds rows of one table by a text field', async () => {
    const member = (team: string, user: string | number, extra: Record<string, string | number> = {}) => state({ created_at: '2026-11-22', team_id: team, user_id: user, ...extra });
    await store.write(async (writer) => {
      await writer.putRow('team_members', 'm1', member('team-a', 'u-lea'));
      await writer.putRow('team_members', 'm2', member('team-b', 'u-marc'));
      await writer.putRow('team_members', 'm3', member('u-lea', 'u-marc'));
      await writer.putRow('team_members', 'm0', member('team-c', 'u-lea', { deleted: 1 }));
      await writer.putRow('team_members', 'm4', member('team-d', 'O"Neil \\ é'));
      await writer.putRow('team_members', 'm5', member('team-e', 42));
      await writer.putRow('territory_members', 'm6', state({ territory_id: 'nord', user_id: 'u-lea' }));
    });
    expect((await store.rowsWhere('team_members', 'user_id', 'u-lea')).map((row) => row.rowId)).toEqual(['m0', 'm1']);
    expect(await store.rowsWhere('team_members', 'user_id', 'u-lea')).toContainEqual({ tbl: 'team_members', rowId: 'm1', ...member('team-a', 'u-lea') });
    expect((await store.rowsWhere('team_members', 'user_id', 'O"Neil \\ é')).map((row) => row.rowId)).toEqual(['m4']);
    expect(await store.rowsWhere('team_members', 'user_id', '42')).toEqual([]);
    expect(await store.rowsWhere('team_members', 'user_id', 'nobody')).toEqual([]);
    expect((await store.rowsWhere('territory_members', 'user_id', 'u-lea')).map((row) => row.rowId)).toEqual(['m6']);
  });

  it('closes: waits for the write under way, then refuses calls', async () => {
    let finish: () => void = () => undefined;
    const writing = store.write(async (writer) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return writer.appendChange(change('c1', { first_name: 'Émile' }));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = store.close();
    finish();
    expect(await writing).toBe(1);
    await closing;
    await expect(store.accountCount()).rejects.toThrow();
    await expect(store.write((writer) => writer.txnResult('t1'))).rejects.toThrow();
  });
});

/*
 * PostgreSQL: several server processes on one database, as behind a load balancer. Sequence
 * numbers must become visible in order: a device pulling "after N" while others push must never
 * skip one (sync.md, "PostgreSQL"; the advisory lock in store/postgres.ts).
 */
describe('several PostgreSQL stores on one database', () => {
  let database: TestDatabase;
  const stores: ServerStore[] = [];
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await database.drop();
  });

  it('migrate once when they open at the same time', async () => {
    stores.push(...(await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(database.url, sourceRoot)))));
    const client = new pg.Client(database.url);
    await client.connect();
    try {
      // Each migration once, however many servers raced to apply it.
      const names = readdirSync(join(sourceRoot, 'migrations', 'server', 'postgres')).filter((name) => name.endsWith('.sql')).sort();
      expect(names.length).toBeGreaterThan(1);
      expect((await client.query('SELECT name FROM server_migrations ORDER BY name')).rows).toEqual(names.map((name) => ({ name })));
    } finally {
      await client.end();
    }
    expect(await Promise.all(stores.map((store) => store.accountCount()))).toEqual([0, 0, 0, 0]);
  });

  it('refuse a database migrated by a newer server', async () => {
    stores.push(await openPostgresStore(database.url, sourceRoot));
    const client = new pg.Client(database.url);
    await client.connect();
    await client.query(`INSERT INTO server_migrations (name) VALUES ('9999_from_the_future.sql')`);
    await client.end();
    await expect(openPostgresStore(database.url, sourceRoot)).rejects.toThrow(/newer version of the server/);
  });

  it('push concurrently through two servers while a third pulls: every sequence number is seen once, in order', async () => {
    const opened = await Promise.all([1, 2, 3].map(() => openPostgresStore(database.url, sourceRoot)));
    stores.push(...opened);
    const [a, b, reader] = opened as [ServerStore, ServerStore, ServerStore];
    const services: SyncService[] = [createSyncService(a), createSyncService(b)];
    await (services[0] as SyncService).createAccount({ email: 'lea@bureau.fr', displayName: 'Léa', role: 'salesperson', password: PASSWORD });
    const auths: Auth[] = [];
    for (const [index, service] of services.entries()) {
      const session = await service.login({ email: 'lea@bureau.fr', password: PASSWORD, deviceId: `device-${index}`, deviceName: `device ${index}` }, '127.0.0.1');
      auths.push(await service.authenticate(session.token));
    }

    const PUSHERS_PER_SERVER = 4;
    const PUSHES = 25;
    let pushing = true;
    let lastShared = '';
    const pusher = async (service: SyncService, auth: Auth, name: string) => {
      for (let i = 0; i < PUSHES; i++) {
        const hlc = (k: number) => `${String(Date.now()).padStart(15, '0')}-${String(i * 3 + k).padStart(5, '0')}-${name}`;
        const size = 1 + (i % 3);
        const changes = Array.from({ length: size }, (_, k) => ({ hlc: hlc(k), tbl: 'tags', rowId: `${name}-${i}-${k}`, changes: { created_at: '2026-11-22T09:00:00.000Z', name: `${name} ${i}.${k}` } }));
        // Everyone also edits one shared row: the server must merge it last-writer-wins across processes.
        changes.push({ hlc: hlc(size), tbl: 'tags', rowId: 'shared', changes: { created_at: '2026-11-22T09:00:00.000Z', name: hlc(size) } });
        if (hlc(size) > lastShared) lastShared = hlc(size);
        const response = await service.push(auth, { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, txns: [{ txnId: `${name}-${i}`, changes }] });
        expect(response.results).toEqual([{ txnId: `${name}-${i}`, status: 'accepted' }]);
      }
    };
    const seen: number[] = [];
    const poller = async () => {
      let cursor = 0;
      for (;;) {
        const done = !pushing;
        const page = await reader.changesSince(cursor, 7);
        for (const stored of page) {
          seen.push(stored.seq);
          cursor = stored.seq;
        }
        if (done && page.length === 0) return;
      }
    };
    const polling = poller();
    const pushed = await Promise.allSettled(services.flatMap((service, s) => Array.from({ length: PUSHERS_PER_SERVER }, (_, p) => pusher(service, auths[s] as Auth, `s${s}p${p}`))));
    pushing = false;
    await polling;
    for (const outcome of pushed) if (outcome.status === 'rejected') throw outcome.reason;

    const total = 1 + PUSHERS_PER_SERVER * 2 * Array.from({ length: PUSHES }, (_, i) => 2 + (i % 3)).reduce((x, y) => x + y, 0);
    expect(await reader.lastSeq()).toBe(total);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const shared = await reader.write((writer) => writer.row('tags', 'shared'));
    expect(shared?.data.name).toBe(lastShared);
  });
});
