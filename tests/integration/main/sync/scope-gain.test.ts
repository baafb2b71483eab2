import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord, updateRecord } from '../../../../src-main/db/write-path';
import { applyChanges } from '../../../../src-main/sync/apply';
import { syncOnce } from '../../../../src-main/sync/engine';
import { incompleteRows } from '../../../../src-main/sync/incomplete';
import { setPullCursor } from '../../../../src-main/sync/state';
import { SyncError, type SyncTransport } from '../../../../src-main/sync/transport';
import { encodeHlc } from '../../../../src-shared/sync/hlc';
import type { PulledChange } from '../../../../src-shared/sync/protocol';
import { call } from '../../../helpers/core';
import { addAccount, backends, connectDevice, startTestServer, type Backend, type TestDevice, type TestServer } from '../../../helpers/sync';

/*
 * A record someone could not see becomes visible to them — a private one shared again, one moved
 * from a team they are not in to the office, one handed over to them: their device receives it
 * whole (every field with its value and version, as a snapshot gives it), never a row made of the
 * one field that changed. The same on both server back ends.
 */
const ZONE = 'Europe/Paris';
const week = { from: '2027-03-21T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z', timeZone: ZONE };

describe.each(backends.map((backend) => [backend] as [Backend]))('records that become visible (%s server)', (backend) => {
  let server: TestServer;
  const devices: TestDevice[] = [];
  let counter = 0;

  beforeEach(async () => {
    server = await startTestServer(undefined, backend);
    await addAccount(server, 'admin@bureau.fr', 'administrator', 'Alice Admin');
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

  /** The administrator makes a team of one member, as any device would: through the server's push. */
  async function teamOf(admin: TestDevice, team: string, userId: string): Promise<void> {
    const hlc = () => encodeHlc({ wallMs: Date.now(), counter: counter++ }, 'admin0000000000');
    const created_at = new Date().toISOString();
    const response = await admin.transport.push([
      {
        txnId: `team-${counter++}`,
        changes: [
          { hlc: hlc(), tbl: 'teams', rowId: team, changes: { created_at, name: `Équipe ${team}`, deleted: 0 } },
          { hlc: hlc(), tbl: 'team_members', rowId: `${team}-${userId}`, changes: { created_at, team_id: team, user_id: userId, deleted: 0 } },
        ],
      },
    ]);
    expect(response.results[0]?.status).toBe('accepted');
  }

  const row = (d: TestDevice, table: string, id: string) => d.core.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  const versions = (d: TestDevice, table: string, id: string) => d.core.db.prepare('SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?').get(table, id);

  /** The row, its field versions and its search presence are the same on both devices. */
  function expectSameRow(a: TestDevice, b: TestDevice, table: string, id: string): void {
    expect(row(b, table, id)).toEqual(row(a, table, id));
    expect(versions(b, table, id)).toEqual(versions(a, table, id));
  }

  it('a private activity shared again reaches the others whole, and their agenda shows its subject', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const company = await call(lea.core, 'companies.create', { name: 'Clinique du Parc' });
    const meeting = await call(lea.core, 'activities.create', {
      kind: 'meeting',
      subject: 'Entretien',
      scope: 'private',
      companyId: company.id,
      location: 'Café de la gare',
      timing: { allDay: false, start: '2027-03-24T12:00:00.000Z', end: '2027-03-24T13:00:00.000Z', timeZone: ZONE },
      reminders: [15],
    });
    await lea.sync();
    // Edited while private: its subject's version is not the row's creation.
    await new Promise((resolve) => setTimeout(resolve, 3));
    await call(lea.core, 'activities.update', { id: meeting.id, patch: { subject: 'Entretien annuel' } });
    await lea.sync();
    await hugo.sync();
    expect(row(hugo, 'activities', meeting.id)).toBeUndefined();

    await call(lea.core, 'activities.update', { id: meeting.id, patch: { scope: null } });
    await lea.sync();
    // The whole row comes in the pull itself: nothing left to fetch afterwards.
    expect(await hugo.sync()).toMatchObject({ snapshotRows: 0, conflicts: 0 });
    expect(incompleteRows(hugo.core)).toEqual([]);

    const shared = await call(lea.core, 'activities.get', { id: meeting.id });
    expect(shared.scope).toBeNull();
    expect(await call(hugo.core, 'activities.get', { id: meeting.id })).toEqual(shared);
    expect(row(hugo, 'activities', meeting.id)).toMatchObject({ kind: 'meeting', subject: 'Entretien annuel', owner_id: lea.core.userId, starts_at: '2027-03-24T12:00:00.000Z', location: 'Café de la gare' });
    expectSameRow(lea, hugo, 'activities', meeting.id);
    const agenda = await call(hugo.core, 'agenda.range', { ...week, userIds: [lea.core.userId] });
    expect(agenda.map((event) => [event.busy, event.kind, event.subject, event.start, event.owner?.displayName])).toEqual([
      [false, 'meeting', 'Entretien annuel', '2027-03-24T12:00:00.000Z', 'Léa Martin'],
    ]);

    // Later edits then merge field by field as usual, both ways.
    await call(hugo.core, 'activities.update', { id: meeting.id, patch: { location: 'Salle B' } });
    await hugo.sync();
    await lea.sync();
    expect((await call(lea.core, 'activities.get', { id: meeting.id })).location).toBe('Salle B');
    expectSameRow(lea, hugo, 'activities', meeting.id);
    for (const d of [lea, hugo]) expect(await call(d.core, 'sync.review.list', {})).toEqual([]);
  });

  it('a contact moved from a team to the office reaches those outside the team whole', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await teamOf(admin, 'nord', lea.core.userId);
    await lea.sync();
    const contact = await call(lea.core, 'contacts.create', {
      firstName: 'Hélène',
      lastName: 'Dubois',
      jobTitle: 'Acheteuse',
      city: 'Lille',
      emails: [{ address: 'helene.dubois@example.fr', label: 'work' }],
      scope: 'team:nord',
    });
    await lea.sync();
    await new Promise((resolve) => setTimeout(resolve, 3));
    await call(lea.core, 'contacts.update', { id: contact.id, patch: { city: 'Roubaix' } });
    await lea.sync();
    await hugo.sync();
    expect(row(hugo, 'contacts', contact.id)).toBeUndefined();

    await call(lea.core, 'contacts.update', { id: contact.id, patch: { scope: null } });
    await lea.sync();
    expect(await hugo.sync()).toMatchObject({ snapshotRows: 0, conflicts: 0 });

    expect(await call(hugo.core, 'contacts.get', { id: contact.id })).toEqual(await call(lea.core, 'contacts.get', { id: contact.id }));
    expect(row(hugo, 'contacts', contact.id)).toMatchObject({ first_name: 'Hélène', last_name: 'Dubois', city: 'Roubaix', owner_id: lea.core.userId, scope: null });
    expectSameRow(lea, hugo, 'contacts', contact.id);
    expect(JSON.stringify(await call(hugo.core, 'search.global', { q: 'helene' }))).toContain(contact.id);
  });

  it('joining a team whose record was edited since the last sync: the edit does not make the row, the team snapshot brings it whole', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await teamOf(admin, 'nantes', hugo.core.userId);
    await hugo.sync();
    const contact = await call(hugo.core, 'contacts.create', { firstName: 'Yves', lastName: 'Nantais', jobTitle: 'Directeur', scope: 'team:nantes' });
    await hugo.sync();
    await lea.sync();
    await new Promise((resolve) => setTimeout(resolve, 3));
    await call(hugo.core, 'contacts.update', { id: contact.id, patch: { city: 'Nantes' } });
    await hugo.sync();

    const hlc = encodeHlc({ wallMs: Date.now(), counter: counter++ }, 'admin0000000000');
    const joined = await admin.transport.push([
      { txnId: `join-${counter++}`, changes: [{ hlc, tbl: 'team_members', rowId: `nantes-${lea.core.userId}`, changes: { created_at: new Date().toISOString(), team_id: 'nantes', user_id: lea.core.userId, deleted: 0 } }] },
    ]);
    expect(joined.results[0]?.status).toBe('accepted');
    await lea.sync();

    expect(row(lea, 'contacts', contact.id)).toMatchObject({ first_name: 'Yves', last_name: 'Nantais', job_title: 'Directeur', city: 'Nantes', owner_id: hugo.core.userId });
    expectSameRow(hugo, lea, 'contacts', contact.id);
    expect(incompleteRows(lea.core)).toEqual([]);
  });

  it('a private record handed over to someone else reaches its new owner whole', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const contact = await call(lea.core, 'contacts.create', { firstName: 'Marc', lastName: 'Lefort', city: 'Amiens', jobTitle: 'Gérant', scope: 'private' });
    await lea.sync();
    await hugo.sync();
    expect(row(hugo, 'contacts', contact.id)).toBeUndefined();

    await call(lea.core, 'contacts.update', { id: contact.id, patch: { ownerId: hugo.core.userId } });
    await lea.sync();
    expect(await hugo.sync()).toMatchObject({ snapshotRows: 0, conflicts: 0 });
    expect(row(hugo, 'contacts', contact.id)).toMatchObject({ first_name: 'Marc', last_name: 'Lefort', city: 'Amiens', job_title: 'Gérant', owner_id: hugo.core.userId, scope: 'private' });
    expect(await call(hugo.core, 'contacts.get', { id: contact.id })).toMatchObject({ firstName: 'Marc', lastName: 'Lefort', scope: 'private' });
    // Out of Léa's sight now: it leaves her device as it would leave any other.
    expect(row(lea, 'contacts', contact.id)).toBeUndefined();
  });

  it('a record shared and edited in one transaction, then made private again, reaches no one', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    const id = uuidv7();
    write(lea.core, (tx) => insertRecord(tx, 'contacts', id, { last_name: 'Furtif', owner_id: lea.core.userId, scope: 'private' }));
    await lea.sync();
    write(lea.core, (tx) => {
      updateRecord(tx, 'contacts', id, { scope: null });
      updateRecord(tx, 'contacts', id, { city: 'Arras' });
    });
    write(lea.core, (tx) => updateRecord(tx, 'contacts', id, { scope: 'private' }));
    await lea.sync();
    await hugo.sync();
    expect(row(hugo, 'contacts', id)).toBeUndefined();
    expect(hugo.core.db.prepare('SELECT count(*) FROM change_log WHERE row_id = ?').pluck().get(id)).toBe(0);
  });
});

describe.each(backends.map((backend) => [backend] as [Backend]))('a change for a row this device does not hold (%s server)', (backend) => {
  let server: TestServer;
  const devices: TestDevice[] = [];

  beforeEach(async () => {
    server = await startTestServer(undefined, backend);
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

  /** What an older server sent: the one changed field of a row Hugo never had, his cursor moved past it. */
  async function partialPull(hugo: TestDevice, lea: TestDevice, rowId: string, changes: PulledChange['changes']): Promise<void> {
    const hlc = lea.core.db.prepare('SELECT max(hlc) FROM change_log WHERE row_id = ?').pluck().get(rowId) as string;
    const partial: PulledChange = { seq: 1, hlc, tbl: 'activities', rowId, changes, txnId: 'old-server', deviceId: 'elsewhere', userId: lea.core.userId };
    const cursor = await server.store.lastSeq();
    write(hugo.core, (tx) => {
      applyChanges(hugo.core, tx, [partial], { userId: hugo.core.userId, groups: [], allGroups: false });
      setPullCursor(hugo.core, cursor);
    });
  }

  const count = (d: TestDevice, sql: string, id: string) => d.core.db.prepare(sql).pluck().get(id);

  it('is not turned into an almost empty row: the row is fetched whole at the next sync', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await hugo.sync();
    const task = await call(lea.core, 'activities.create', {
      kind: 'task',
      subject: 'Préparer le salon',
      scope: 'private',
      priority: 'high',
      timing: { allDay: true, startDate: '2027-03-25', endDate: '2027-03-26' },
    });
    await lea.sync();
    await call(lea.core, 'activities.update', { id: task.id, patch: { scope: null } });
    await lea.sync();

    await partialPull(hugo, lea, task.id, { scope: null });
    expect(count(hugo, 'SELECT count(*) FROM activities WHERE id = ?', task.id)).toBe(0);
    expect(count(hugo, 'SELECT count(*) FROM change_log WHERE row_id = ?', task.id)).toBe(0);
    expect(incompleteRows(hugo.core)).toEqual([{ tbl: 'activities', rowId: task.id }]);

    const summary = await hugo.sync();
    expect(summary.pulled).toBe(0);
    expect(summary.snapshotRows).toBe(1);
    expect(incompleteRows(hugo.core)).toEqual([]);
    expect(await call(hugo.core, 'activities.get', { id: task.id })).toEqual(await call(lea.core, 'activities.get', { id: task.id }));
    expect(hugo.core.db.prepare('SELECT * FROM activities WHERE id = ?').get(task.id)).toEqual(lea.core.db.prepare('SELECT * FROM activities WHERE id = ?').get(task.id));
  });

  it('a row that stays out of sight is forgotten, not fetched again and again', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await hugo.sync();
    const secret = await call(lea.core, 'activities.create', { kind: 'task', subject: 'Personnel', scope: 'private' });
    await lea.sync();
    await partialPull(hugo, lea, secret.id, { notes: null });
    expect(incompleteRows(hugo.core)).toHaveLength(1);
    expect((await hugo.sync()).snapshotRows).toBe(0);
    expect(incompleteRows(hugo.core)).toEqual([]);
    expect(count(hugo, 'SELECT count(*) FROM activities WHERE id = ?', secret.id)).toBe(0);
  });

  it('a server that cannot send rows by key is asked for a full snapshot instead', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await hugo.sync();
    const task = await call(lea.core, 'activities.create', { kind: 'call', subject: 'Appeler Morel', scope: 'private' });
    await lea.sync();
    await call(lea.core, 'activities.update', { id: task.id, patch: { scope: null } });
    await lea.sync();
    await partialPull(hugo, lea, task.id, { scope: null });

    const older: SyncTransport = {
      ...hugo.transport,
      snapshot: async (request) => {
        if (request.rows) throw new SyncError('server', 'Invalid request.', 'bad_request');
        return hugo.transport.snapshot(request);
      },
    };
    const summary = await syncOnce(hugo.core, older);
    expect(summary.snapshotRows).toBeGreaterThan(0);
    expect(incompleteRows(hugo.core)).toEqual([]);
    expect(await call(hugo.core, 'activities.get', { id: task.id })).toEqual(await call(lea.core, 'activities.get', { id: task.id }));
  });
});
