import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../../../src-shared/contract/api';
import { attachSyncRuntime, syncRuntime } from '../../../../src-main/domains/sync/runtime';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { listen, type RunningServer } from '../../../../src-main/server/http';
import { serverLog } from '../../../../src-main/server/log';
import { call, callError, openTestCore, type TestCore } from '../../../helpers/core';
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

// The office server this PC shares logs like the standalone one: quiet in tests.
serverLog.level = 'warn';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(): Promise<TestServer> {
  const started = await startTestServer();
  cleanups.push(() => started.stop());
  return started;
}

function device(): TestCore {
  const core = openTestCore();
  cleanups.push(async () => {
    await syncRuntime(core).close();
    core.dispose();
  });
  return core;
}

/** A device linked to the server through the contract, as Settings does it. */
async function linkedDevice(office: TestServer, email: string): Promise<TestCore> {
  const core = device();
  await call(core, 'sync.connect', { url: office.url, email, password: PASSWORD, deviceName: `PC of ${email}` });
  return core;
}

const sync = (core: TestCore) => call(core, 'sync.now', {});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function contact<N extends ApiName>(core: TestCore, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  return call(core, name, input);
}

describe('sync.connect, sync.status, sync.now, sync.disconnect', () => {
  it('links a device through the contract, syncs its edits both ways and forgets the server on disconnect', async () => {
    const office = await server();
    await addAccount(office, 'lea@office.fr', 'salesperson', 'Léa Martin');
    await addAccount(office, 'marc@office.fr', 'manager', 'Marc Petit');

    const standalone = device();
    expect(await call(standalone, 'sync.status', {})).toMatchObject({ configured: false, server: null, pending: 0 });

    const lea = await linkedDevice(office, 'lea@office.fr');
    const marc = await linkedDevice(office, 'marc@office.fr');
    const linked = await call(lea, 'sync.status', {});
    expect(linked).toMatchObject({ configured: true, server: { url: office.url, accountName: 'Léa Martin', email: 'lea@office.fr', role: 'salesperson', deviceName: 'PC of lea@office.fr' } });
    // Marc's first sync (a snapshot of the nothing there is yet): what follows comes change by change.
    await sync(marc);
    const created = await contact(lea, 'contacts.create', { firstName: 'Hélène', lastName: 'Lefèvre' });
    expect((await call(lea, 'sync.status', {})).pending).toBeGreaterThan(0);
    const after = await sync(lea);
    expect(after).toMatchObject({ state: 'idle', pending: 0, error: null });
    // The device's user is now the account, its name pulled with the first sync.
    expect((await call(lea, 'profile.get', {})).user.displayName).toBe('Léa Martin');
    expect(after.lastSyncAt).not.toBeNull();
    expect(after.lastSummary?.pushed).toBeGreaterThan(0);

    await sync(marc);
    const seen = await call(marc, 'contacts.get', { id: created.id });
    expect(seen.displayName).toBe('Hélène Lefèvre');
    expect(seen.owner?.displayName).toBe('Léa Martin');
    // History on the other device names the author and the device of a pulled change.
    const [creation] = await call(marc, 'history.list', { entity: 'contact', id: created.id });
    expect(creation).toMatchObject({ user: { displayName: 'Léa Martin' }, deviceId: lea.deviceId });

    const forgotten = await call(lea, 'sync.disconnect', {});
    expect(forgotten).toMatchObject({ configured: false, server: null });
    expect(existsSync(join(lea.paths.dataDir, 'sync-session.token'))).toBe(false);
    expect((await call(lea, 'contacts.get', { id: created.id })).displayName).toBe('Hélène Lefèvre');
    expect((await callError(lea, 'sync.now', {})).code).toBe('not_connected');
  });

  it('says why a connection failed, in codes the UI translates, and changes nothing', async () => {
    const office = await server();
    await addAccount(office, 'lea@office.fr');
    const core = device();
    const wrong = await callError(core, 'sync.connect', { url: office.url, email: 'lea@office.fr', password: 'not the password' });
    expect(wrong.code).toBe('login_failed');
    const closed = await freePort();
    const unreachable = await callError(core, 'sync.connect', { url: `127.0.0.1:${closed}`, email: 'lea@office.fr', password: PASSWORD });
    expect(unreachable.code).toBe('server_unreachable');
    const malformed = await callError(core, 'sync.connect', { url: 'ftp://office', email: 'lea', password: PASSWORD });
    expect(malformed.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      ['url', 'invalid_url'],
      ['email', 'invalid_email'],
    ]);
    expect((await call(core, 'sync.status', {})).configured).toBe(false);
  });

  it('reports an unreachable server as offline, then syncs when it is back', async () => {
    const office = await server();
    await addAccount(office, 'lea@office.fr');
    const lea = await linkedDevice(office, 'lea@office.fr');
    const port = Number(new URL(office.url).port);
    await office.running.close();
    await contact(lea, 'contacts.create', { lastName: 'Hors-ligne' });
    const offline = await sync(lea);
    expect(offline).toMatchObject({ state: 'offline', error: { kind: 'offline' } });
    expect(offline.pending).toBeGreaterThan(0);

    const back: RunningServer = await listen(office.service, { port, host: '127.0.0.1' });
    cleanups.push(() => back.close());
    expect(await sync(lea)).toMatchObject({ state: 'idle', pending: 0, error: null });
  });
});

/** Two linked devices that both hold one contact. */
async function twoDevicesWithAContact() {
  const office = await server();
  await addAccount(office, 'lea@office.fr', 'manager', 'Léa Martin');
  await addAccount(office, 'marc@office.fr', 'manager', 'Marc Petit');
  const lea = await linkedDevice(office, 'lea@office.fr');
  const marc = await linkedDevice(office, 'marc@office.fr');
  const { id } = await contact(lea, 'contacts.create', { firstName: 'Hélène', lastName: 'Lefèvre', city: 'Lyon' });
  await sync(lea);
  await sync(marc);
  return { office, lea, marc, id };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('Sync review', () => {
  it('lists a same-field loser with both values, who won and from which device, and "Use mine" wins everywhere', async () => {
    const { lea, marc, id } = await twoDevicesWithAContact();
    await contact(lea, 'contacts.update', { id, patch: { city: 'Lille' } });
    await tick();
    await contact(marc, 'contacts.update', { id, patch: { city: 'Marseille', jobTitle: 'Acheteuse' } });
    await sync(lea);
    await sync(marc);
    const pulled = await sync(lea);
    expect(pulled.reviewCount).toBe(1);

    const [item, ...rest] = await call(lea, 'sync.review.list', {});
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      kind: 'lost',
      recordKind: 'contact',
      target: { entity: 'contact', id },
      recordLabel: 'Hélène Lefèvre',
      changes: [{ field: 'city', mine: 'Lille', theirs: 'Marseille' }],
      by: { displayName: 'Marc Petit' },
      deviceId: marc.deviceId,
      choices: ['theirs', 'mine'],
    });
    expect((await call(marc, 'sync.review.list', {})).length).toBe(0);
    expect((await call(lea, 'contacts.get', { id })).city).toBe('Marseille');

    const resolved = await call(lea, 'sync.review.resolve', { id: item!.id, choice: 'mine' });
    expect(resolved.open).toBe(0);
    expect((await call(lea, 'contacts.get', { id })).city).toBe('Lille');
    await sync(lea);
    await sync(marc);
    expect(await call(marc, 'contacts.get', { id })).toMatchObject({ city: 'Lille', jobTitle: 'Acheteuse' });
    expect((await call(lea, 'contacts.get', { id })).jobTitle).toBe('Acheteuse');
  });

  it('"Keep theirs" only closes the item', async () => {
    const { lea, marc, id } = await twoDevicesWithAContact();
    await contact(lea, 'contacts.update', { id, patch: { city: 'Lille' } });
    await tick();
    await contact(marc, 'contacts.update', { id, patch: { city: 'Marseille' } });
    await sync(lea);
    await sync(marc);
    await sync(lea);
    const [item] = await call(lea, 'sync.review.list', {});
    await call(lea, 'sync.review.resolve', { id: item!.id, choice: 'theirs' });
    expect(await call(lea, 'sync.review.list', {})).toEqual([]);
    expect((await sync(lea)).pending).toBe(0);
    expect((await call(lea, 'contacts.get', { id })).city).toBe('Marseille');
  });

  it('an edit made on a record deleted elsewhere is listed, and "Use mine" restores the record', async () => {
    const { lea, marc, id } = await twoDevicesWithAContact();
    await contact(lea, 'contacts.update', { id, patch: { jobTitle: 'Directrice' } });
    await tick();
    await call(marc, 'contacts.delete', { ids: [id] });
    await sync(lea);
    await sync(marc);
    await sync(lea);
    const [item] = await call(lea, 'sync.review.list', {});
    expect(item).toMatchObject({ kind: 'deleted', recordLabel: 'Hélène Lefèvre', by: { displayName: 'Marc Petit' }, choices: ['theirs', 'mine'] });
    expect(item!.changes).toEqual([{ field: 'jobTitle', mine: 'Directrice', theirs: null }]);
    expect((await call(lea, 'contacts.get', { id })).deleted).toBe(true);

    await call(lea, 'sync.review.resolve', { id: item!.id, choice: 'mine' });
    await sync(lea);
    await sync(marc);
    expect(await call(marc, 'contacts.get', { id })).toMatchObject({ deleted: false, jobTitle: 'Directrice' });
  });

  it('a change the server refused offers only "Dismiss", with the reason', async () => {
    const office = await server();
    await addAccount(office, 'lea@office.fr', 'salesperson', 'Léa Martin');
    const lea = await linkedDevice(office, 'lea@office.fr');
    // Teams are administrators' rows: a salesperson's device writing one is refused by the server.
    write(lea, (tx) => insertRecord(tx, 'teams', '0190a000-0000-7000-8000-000000000001', { name: 'Équipe Sud' }));
    const status = await sync(lea);
    expect(status.reviewCount).toBe(1);
    const [item] = await call(lea, 'sync.review.list', {});
    expect(item).toMatchObject({ kind: 'rejected', recordKind: 'team', reason: 'forbidden_table', choices: ['theirs'] });
    expect(item!.changes).toEqual([
      { field: 'deleted', mine: 0, theirs: null },
      { field: 'name', mine: 'Équipe Sud', theirs: null },
    ]);
    const refused = await callError(lea, 'sync.review.resolve', { id: item!.id, choice: 'mine' });
    expect(refused.code).toBe('validation');
    await call(lea, 'sync.review.resolve', { id: item!.id, choice: 'theirs' });
    expect((await call(lea, 'sync.status', {})).reviewCount).toBe(0);
  });
});

describe('administration', () => {
  it('lets an administrator manage accounts, teams and members; the server then shares team records with the members', async () => {
    const office = await server();
    await addAccount(office, 'admin@office.fr', 'administrator', 'Alice Admin');
    const admin = await linkedDevice(office, 'admin@office.fr');

    const created = await call(admin, 'admin.users.create', { email: 'paul@office.fr', displayName: 'Paul Vendeur', role: 'salesperson', password: PASSWORD });
    expect(created).toMatchObject({ email: 'paul@office.fr', role: 'salesperson', disabled: false });
    const duplicate = await callError(admin, 'admin.users.create', { email: 'PAUL@office.fr', displayName: 'Paul 2', role: 'salesperson', password: PASSWORD });
    expect(duplicate.issues?.[0]).toMatchObject({ path: 'email', code: 'duplicate' });
    const short = await callError(admin, 'admin.users.create', { email: 'x@office.fr', displayName: 'X', role: 'salesperson', password: 'short' });
    expect(short.issues?.[0]).toMatchObject({ path: 'password', code: 'too_short' });
    expect((await call(admin, 'admin.users.list', {})).map((account) => account.email)).toEqual(['admin@office.fr', 'paul@office.fr']);

    const team = await call(admin, 'teams.save', { kind: 'team', name: 'Équipe Sud' });
    const withPaul = await call(admin, 'teams.members.add', { kind: 'team', groupId: team.id, userId: created.id });
    expect(withPaul.members.map((member) => member.id)).toEqual([created.id]);
    const renamed = await call(admin, 'teams.save', { kind: 'team', id: team.id, name: 'Équipe Méditerranée' });
    expect(renamed.name).toBe('Équipe Méditerranée');
    const territory = await call(admin, 'teams.save', { kind: 'territory', name: 'Rhône', regions: '69, 38' });
    expect((await call(admin, 'teams.list', {})).territories).toEqual([{ ...territory, regions: '69, 38', members: [] }]);

    const shared = await contact(admin, 'contacts.create', { lastName: 'Client du Sud', scope: `team:${team.id}` });
    expect(shared.sharedWith).toEqual({ scope: `team:${team.id}`, groupName: 'Équipe Méditerranée' });
    const hidden = await contact(admin, 'contacts.create', { lastName: 'Client privé', scope: 'private' });
    await sync(admin);

    const paul = await linkedDevice(office, 'paul@office.fr');
    await sync(paul);
    const ids = (await call(paul, 'contacts.list', {})).rows.map((row) => row.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
    expect((await call(paul, 'teams.list', {})).teams[0]?.members).toEqual([{ id: created.id, displayName: 'Paul Vendeur' }]);

    // Administration is for administrators: checked here before the server refuses it.
    expect((await callError(paul, 'admin.users.list', {})).code).toBe('forbidden');
    expect((await callError(paul, 'teams.save', { kind: 'team', name: 'Mon équipe' })).code).toBe('forbidden');
    expect((await callError(admin, 'admin.users.update', { id: (await call(admin, 'sync.status', {})).server!.accountId, role: 'salesperson' })).code).toBe('forbidden');

    const disabled = await call(admin, 'admin.users.update', { id: created.id, disabled: true });
    expect(disabled.disabled).toBe(true);
    // Disabling revokes the account's sessions: the device is asked to log in again.
    expect(await sync(paul)).toMatchObject({ state: 'error', error: { kind: 'auth' } });

    // Enabled again with a new password and role: Paul logs in again, keeping his place in the server's log.
    await call(admin, 'admin.users.update', { id: created.id, disabled: false, role: 'manager', password: 'un nouveau mot de passe' });
    const cursor = () => paul.db.prepare("SELECT value FROM meta WHERE key = 'sync.cursor'").pluck().get();
    const before = cursor();
    expect(Number(before)).toBeGreaterThan(0);
    const relogged = await call(paul, 'sync.connect', { url: office.url, email: 'paul@office.fr', password: 'un nouveau mot de passe' });
    expect(relogged).toMatchObject({ state: 'idle', error: null, server: { role: 'manager', deviceName: 'PC of paul@office.fr' } });
    expect(cursor()).toBe(before);
    expect(await sync(paul)).toMatchObject({ state: 'idle', error: null });

    await call(admin, 'teams.members.remove', { kind: 'team', groupId: team.id, userId: created.id });
    await call(admin, 'teams.delete', { kind: 'team', id: team.id });
    expect((await call(admin, 'teams.list', {})).teams).toEqual([]);
  });

  it('refuses a scope naming a team that does not exist', async () => {
    const core = device();
    const error = await callError(core, 'contacts.create', { lastName: 'Dupont', scope: 'team:0190a000-0000-7000-8000-00000000abcd' });
    expect(error.issues?.[0]).toMatchObject({ path: 'scope', code: 'not_found' });
    const malformed = await callError(core, 'companies.create', { name: 'Acme', scope: 'everyone' });
    expect(malformed.issues?.[0]).toMatchObject({ path: 'scope', code: 'invalid_value' });
    const made = await call(core, 'companies.create', { name: 'Acme', scope: 'private' });
    expect(made.sharedWith).toEqual({ scope: 'private', groupName: null });
    const everyone = await call(core, 'companies.update', { id: made.id, patch: { scope: '' } });
    expect(everyone.scope).toBeNull();
  });
});

describe('Share this PC with the office', () => {
  it('starts the office server in the app, creates the first administrator, links this device, and comes back at the next start', async () => {
    const port = await freePort();
    const host = device();
    const before = await call(host, 'sync.share.status', {});
    expect(before).toMatchObject({ running: false, needsAdministrator: true });
    expect((await callError(host, 'sync.share.start', { port })).issues?.[0]).toMatchObject({ path: 'administrator', code: 'required' });

    const shared = await call(host, 'sync.share.start', { port, administrator: { email: 'admin@office.fr', displayName: 'Alice Admin', password: PASSWORD } });
    expect(shared).toMatchObject({ running: true, port, needsAdministrator: false });
    expect(shared.addresses.length).toBeGreaterThan(0);
    for (const address of shared.addresses) expect(address).toMatch(new RegExp(`^http://[\\d.]+:${port}$`));
    expect(existsSync(join(host.paths.dataDir, 'server-data', 'server.sqlite'))).toBe(true);
    expect(await call(host, 'sync.status', {})).toMatchObject({ configured: true, server: { url: `http://127.0.0.1:${port}`, role: 'administrator', accountName: 'Alice Admin' } });

    await call(host, 'contacts.create', { lastName: 'Partagé' });
    await sync(host);
    const other = device();
    await call(other, 'sync.connect', { url: shared.addresses[0]!, email: 'admin@office.fr', password: PASSWORD });
    await sync(other);
    expect((await call(other, 'contacts.list', {})).rows.map((row) => row.displayName)).toEqual(['Partagé']);

    // The app closes and opens again: the server restarts by itself.
    await syncRuntime(host).close();
    const reopened = attachSyncRuntime(host);
    await reopened.start();
    expect((await call(host, 'sync.share.status', {})).running).toBe(true);
    const again = await sync(other);
    expect(again, JSON.stringify(again)).toMatchObject({ state: 'idle' });

    const stopped = await call(host, 'sync.share.stop', {});
    expect(stopped.running).toBe(false);
    expect((await sync(other)).state).toBe('offline');
    await reopened.close();
    await attachSyncRuntime(host).start();
    expect((await call(host, 'sync.share.status', {})).running).toBe(false);
  });

  it('says when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as { port: number }).port;
    const host = device();
    const error = await callError(host, 'sync.share.start', { port, administrator: { email: 'admin@office.fr', displayName: 'Alice', password: PASSWORD } });
    expect(error.code).toBe('port_in_use');
    expect((await call(host, 'sync.share.status', {})).needsAdministrator).toBe(true);
  });
});
