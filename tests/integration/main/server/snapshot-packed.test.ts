import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerError } from '../../../../src-main/server/errors';
import { listen } from '../../../../src-main/server/http';
import type { Auth, SyncService } from '../../../../src-main/server/service';
import { httpTransport } from '../../../../src-main/sync/transport';
import { unpackHlcs } from '../../../../src-shared/sync/packed-hlcs';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION, type SnapshotRequest, type SnapshotResponse } from '../../../../src-shared/sync/protocol';
import { addAccount, backends, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

/*
 * A snapshot asked for with packed HLCs is the same snapshot: the same rows (those the account
 * may see, in the same pages), each field with the same winning HLC, once unpacked.
 */
const versions = { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION };
const hlcAt = (ms: number, node: string) => `${String(ms).padStart(15, '0')}-00000-${node}`;
const created = '2026-11-22T08:00:00.000Z';

describe.each(backends)('a packed snapshot (%s)', (backend) => {
  let server: TestServer;
  let lea: Auth;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer(undefined, backend);
    await addAccount(server, 'lea@bureau.fr');
    await addAccount(server, 'marc@bureau.fr');
    const session = await server.service.login({ email: 'lea@bureau.fr', password: PASSWORD, deviceId: 'lea-pc', deviceName: 'PC' }, '127.0.0.1');
    token = session.token;
    lea = await server.service.authenticate(session.token);
    const marc = await server.service.authenticate((await server.service.login({ email: 'marc@bureau.fr', password: PASSWORD, deviceId: 'marc-pc', deviceName: 'PC' }, '127.0.0.1')).token);
    const now = Date.now() - 60_000;
    const contact = (i: number, owner: Auth, extra: Record<string, string> = {}) => ({
      hlc: hlcAt(now + i, 'a1'),
      tbl: 'contacts',
      rowId: `c-${owner.account.id.slice(0, 4)}-${i}`,
      changes: { created_at: created, deleted: 0, owner_id: owner.account.id, last_name: `N${i}`, city: 'Lyon', ...extra },
    });
    await server.service.push(lea, { ...versions, txns: [{ txnId: 'lea-1', changes: Array.from({ length: 7 }, (_, i) => contact(i, lea)) }] });
    // Marc's private contacts stay his: Léa's snapshot must not hold them, packed or not.
    await server.service.push(marc, { ...versions, txns: [{ txnId: 'marc-1', changes: Array.from({ length: 3 }, (_, i) => contact(i, marc, { scope: 'private' })) }] });
    // Later edits: rows whose fields have different HLCs.
    const edit = (i: number, ms: number, changes: Record<string, string>) => ({ hlc: hlcAt(ms, 'b2'), tbl: 'contacts', rowId: `c-${lea.account.id.slice(0, 4)}-${i}`, changes });
    await server.service.push(lea, { ...versions, txns: [{ txnId: 'lea-2', changes: [edit(1, now + 100, { city: 'Paris' }), edit(2, now + 200, { city: 'Nantes', last_name: 'Z' }), edit(3, now + 300, { notes: 'rappeler' })] }] });
  });
  afterAll(async () => server.stop());

  const unpacked = (text: string): SnapshotResponse => {
    const answer = JSON.parse(text) as SnapshotResponse;
    return { ...answer, rows: answer.rows.map((row) => ({ ...row, hlcs: unpackHlcs(row.data, row.hlcs) })) };
  };

  it('gives the same pages as an unpacked one, and fewer bytes', async () => {
    let after: SnapshotRequest['after'] = null;
    let pages = 0;
    let rows = 0;
    for (;;) {
      const request: SnapshotRequest = { ...versions, after, limit: 3 };
      const plain = await server.service.snapshot(lea, request);
      const text = await server.service.snapshotText(lea, { ...request, packed: true });
      expect({ ...unpacked(text), serverTime: 0 }).toEqual({ ...plain, serverTime: 0 });
      expect(text.length).toBeLessThanOrEqual(JSON.stringify(plain).length);
      expect(plain.rows.every((row) => row.data.scope !== 'private')).toBe(true);
      pages += 1;
      rows += plain.rows.length;
      if (!plain.next) break;
      after = plain.next;
    }
    // Léa's 7 contacts and her and Marc's users rows, 3 to a page (a full page says where the next starts).
    expect(rows).toBe(9);
    expect(pages).toBe(4);
    const all = await server.service.snapshot(lea, { ...versions, after: null, limit: 100 });
    const edited = all.rows.find((row) => row.rowId === `c-${lea.account.id.slice(0, 4)}-2`);
    expect(edited?.hlcs.city).not.toBe(edited?.hlcs.owner_id);
    expect(edited?.hlcs.last_name).toBe(edited?.hlcs.city);
    expect(all.rows.find((row) => row.rowId === `c-${lea.account.id.slice(0, 4)}-3`)?.hlcs.notes).toBeDefined();
  });

  it('reaches a device whole through its transport', async () => {
    const transport = httpTransport(server.url, () => token);
    const got = await transport.snapshot({ after: null, limit: 100 });
    const plain = await server.service.snapshot(lea, { ...versions, after: null, limit: 100 });
    expect({ ...got, serverTime: 0 }).toEqual({ ...plain, serverTime: 0 });
  });

  it('is asked for again unpacked from a server that refuses packed rows', async () => {
    let refused = 0;
    const older: SyncService = {
      ...server.service,
      snapshotText: async () => {
        refused += 1;
        throw new ServerError('bad_request', 'Invalid request: body Unrecognized key: "packed".');
      },
    };
    const running = await listen(older, { port: 0, host: '127.0.0.1' });
    try {
      const transport = httpTransport(running.url, () => token);
      const first = await transport.snapshot({ after: null, limit: 100 });
      const second = await transport.snapshot({ after: null, limit: 100 });
      const plain = await server.service.snapshot(lea, { ...versions, after: null, limit: 100 });
      expect({ ...first, serverTime: 0 }).toEqual({ ...plain, serverTime: 0 });
      expect({ ...second, serverTime: 0 }).toEqual({ ...plain, serverTime: 0 });
      // Asked once packed, then as the server understands.
      expect(refused).toBe(1);
    } finally {
      await running.close();
    }
  });
});
