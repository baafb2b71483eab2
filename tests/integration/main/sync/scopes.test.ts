import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src-shared/sync/hlc';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord, updateRecord } from '../../../../src-main/db/write-path';
import { call } from '../../../helpers/core';
import { addAccount, connectDevice, startTestServer, type TestDevice, type TestServer } from '../../../helpers/sync';

/*
 * Records shared with a team reach its members only; leaving the team removes them from the
 * device (the unsent edit is kept for review); joining a team brings its existing records in a
 * snapshot; moving a record to another team takes it away from those who no longer see it.
 */
let server: TestServer;
const devices: TestDevice[] = [];
let counter = 0;

beforeEach(async () => {
  server = await startTestServer();
  await addAccount(server, 'admin@bureau.fr', 'administrator', 'Admin');
  await addAccount(server, 'lea@bureau.fr', 'salesperson', 'Léa');
  await addAccount(server, 'hugo@bureau.fr', 'salesperson', 'Hugo');
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

/** The administrator writes memberships as any device would: through the server's push. */
async function membership(admin: TestDevice, team: string, userId: string, deleted = 0): Promise<void> {
  const hlc = encodeHlc({ wallMs: Date.now(), counter: counter++ }, 'admin0000000000');
  const response = await admin.transport.push([
    { txnId: `membership-${counter++}`, changes: [{ hlc, tbl: 'team_members', rowId: `${team}-${userId}`, changes: { created_at: new Date().toISOString(), team_id: team, user_id: userId, deleted } }] },
  ]);
  expect(response.results[0]?.status).toBe('accepted');
}

function createContact(d: TestDevice, lastName: string, scope: string | null): string {
  const id = uuidv7();
  write(d.core, (tx) => insertRecord(tx, 'contacts', id, { last_name: lastName, owner_id: d.core.userId, scope }));
  return id;
}

const has = (d: TestDevice, id: string) => d.core.db.prepare('SELECT count(*) FROM contacts WHERE id = ?').pluck().get(id) === 1;

describe('scopes on devices', () => {
  it('a team record reaches members only, and leaves a device when its user leaves the team', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await membership(admin, 'lyon', lea.core.userId);
    await membership(admin, 'lyon', hugo.core.userId);
    await hugo.sync();
    const shared = createContact(hugo, 'Lyonnais', 'team:lyon');
    const office = createContact(hugo, 'Public', null);
    await hugo.sync();

    await lea.sync();
    expect(has(lea, shared)).toBe(true);
    expect(has(lea, office)).toBe(true);

    // Léa edits it offline; meanwhile she is taken out of the team.
    await call(lea.core, 'contacts.update', { id: shared, patch: { city: 'Villeurbanne' } });
    await membership(admin, 'lyon', lea.core.userId, 1);
    const summary = await lea.sync();
    expect(summary.rejected).toBe(1);
    expect(has(lea, shared)).toBe(false);
    expect(has(lea, office)).toBe(true);
    // Gone from search and from the log too; what she typed is kept for review.
    expect(JSON.stringify(await call(lea.core, 'search.global', { q: 'lyonnais' }))).not.toContain(shared);
    expect(lea.core.db.prepare('SELECT count(*) FROM change_log WHERE row_id = ? AND pushed = 1').pluck().get(shared)).toBe(0);
    const review = lea.core.db.prepare('SELECT kind, reason, local_value FROM sync_conflicts WHERE row_id = ?').all(shared) as { kind: string; reason: string; local_value: string }[];
    expect(review).toEqual([{ kind: 'rejected', reason: 'forbidden_row', local_value: JSON.stringify({ city: 'Villeurbanne' }) }]);
    // The server never took her edit.
    await hugo.sync();
    expect((await call(hugo.core, 'contacts.get', { id: shared })).city).toBeNull();
  });

  it('joining a team brings the records it already had, in a snapshot', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await membership(admin, 'nantes', hugo.core.userId);
    await hugo.sync();
    const before = createContact(hugo, 'Nantais', 'team:nantes');
    await hugo.sync();
    await lea.sync();
    expect(has(lea, before)).toBe(false);

    await membership(admin, 'nantes', lea.core.userId);
    const summary = await lea.sync();
    expect(summary.snapshotRows).toBeGreaterThan(0);
    expect(has(lea, before)).toBe(true);
    // Later edits then arrive by the ordinary pull.
    await call(hugo.core, 'contacts.update', { id: before, patch: { city: 'Nantes' } });
    await hugo.sync();
    const next = await lea.sync();
    expect(next.snapshotRows).toBe(0);
    expect((await call(lea.core, 'contacts.get', { id: before })).city).toBe('Nantes');
  });

  it('a record moved to another team leaves the devices of those who no longer see it; private records never leave their owner', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await membership(admin, 'lyon', lea.core.userId);
    await membership(admin, 'lyon', hugo.core.userId);
    await membership(admin, 'paris', hugo.core.userId);
    await hugo.sync();
    const moving = createContact(hugo, 'Voyageur', 'team:lyon');
    const secret = createContact(hugo, 'Secret', 'private');
    await hugo.sync();
    await lea.sync();
    expect(has(lea, moving)).toBe(true);
    expect(has(lea, secret)).toBe(false);

    write(hugo.core, (tx) => updateRecord(tx, 'contacts', moving, { scope: 'team:paris' }));
    await hugo.sync();
    await lea.sync();
    expect(has(lea, moving)).toBe(false);
    expect(has(hugo, moving)).toBe(true);
    // The administrator sees every team's records, but not Hugo's private one.
    await admin.sync();
    expect(has(admin, moving)).toBe(true);
    expect(has(admin, secret)).toBe(false);
  });
});
