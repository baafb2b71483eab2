import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION } from '../../../../src-shared/sync/protocol';
import type { Auth } from '../../../../src-main/server/service';
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

/* Pull pages: bounded, in order, and never ending inside a transaction (atomicity, sync.md invariant 5). */
let server: TestServer;
let auth: Auth;
const versions = { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION };

beforeAll(async () => {
  server = await startTestServer();
  await addAccount(server, 'lea@bureau.fr');
  const session = await server.service.login({ email: 'lea@bureau.fr', password: PASSWORD, deviceId: 'lea-pc', deviceName: 'PC' }, '127.0.0.1');
  auth = await server.service.authenticate(session.token);
  const contact = (i: number, txn: number) => ({
    hlc: `${String(Date.now() - 1000).padStart(15, '0')}-${String(i).padStart(5, '0')}-t${txn}`,
    tbl: 'contacts',
    rowId: `c-${txn}-${i}`,
    changes: { created_at: '2026-11-22T08:00:00.000Z', owner_id: auth.account.id, last_name: `N${i}` },
  });
  // Four transactions: 30, 45, 30 and 150 changes (longer than a page and than the first look past one).
  for (const [txn, size] of [[1, 30], [2, 45], [3, 30], [4, 150]] as const) {
    const result = await server.service.push(auth, { ...versions, txns: [{ txnId: `txn-${txn}`, changes: Array.from({ length: size }, (_, i) => contact(i, txn)) }] });
    expect(result.results[0]?.status).toBe('accepted');
  }
});
afterAll(async () => server.stop());

describe('pull pages', () => {
  it('end at a transaction boundary, even when that makes a page longer than asked', async () => {
    const seen: string[][] = [];
    let since = 0;
    for (let guard = 0; guard < 20; guard++) {
      const page = await server.service.pull(auth, { ...versions, since, limit: 40 });
      const txns = page.changes.filter((change) => change.tbl === 'contacts').map((change) => change.txnId);
      seen.push([...new Set(txns)]);
      // Every transaction in a page is there whole.
      const sizes: Record<string, number> = { 'txn-1': 30, 'txn-2': 45, 'txn-3': 30, 'txn-4': 150 };
      for (const txn of new Set(txns)) expect(txns.filter((id) => id === txn)).toHaveLength(sizes[txn] ?? -1);
      since = page.cursor;
      if (!page.more) break;
    }
    expect(seen.flat()).toEqual(['txn-1', 'txn-2', 'txn-3', 'txn-4']);
  });

  it('say whether more follows a transaction that ends a page, however long it is', async () => {
    const all = await server.service.pull(auth, { ...versions, since: 0, limit: 1000 });
    const startOf = (txn: string) => (all.changes.find((change) => change.txnId === txn)?.seq ?? 0) - 1;
    const contactsIn = (changes: readonly { tbl: string; txnId: string }[], txn: string) => changes.filter((change) => change.tbl === 'contacts' && change.txnId === txn).length;
    // txn-1 fills the page, txn-2 is not cut, and txn-3 follows.
    const first = await server.service.pull(auth, { ...versions, since: startOf('txn-1'), limit: 20 });
    expect([contactsIn(first.changes, 'txn-1'), contactsIn(first.changes, 'txn-2'), contactsIn(first.changes, 'txn-3')]).toEqual([30, 0, 0]);
    expect(first.more).toBe(true);
    const second = await server.service.pull(auth, { ...versions, since: startOf('txn-3'), limit: 40 });
    // txn-3 and the 150 changes of txn-4, whole: the page ends with the log.
    expect([contactsIn(second.changes, 'txn-3'), contactsIn(second.changes, 'txn-4')]).toEqual([30, 150]);
    expect(second.more).toBe(false);
    expect((await server.service.pull(auth, { ...versions, since: second.cursor, limit: 40 })).changes).toEqual([]);
  });
});
