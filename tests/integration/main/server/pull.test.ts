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
  // Three transactions: 30, 45 and 30 changes.
  for (const [txn, size] of [[1, 30], [2, 45], [3, 30]] as const) {
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
      for (const txn of new Set(txns)) expect(txns.filter((id) => id === txn)).toHaveLength(txn === 'txn-2' ? 45 : 30);
      since = page.cursor;
      if (!page.more) break;
    }
    expect(seen.flat()).toEqual(['txn-1', 'txn-2', 'txn-3']);
  });
});
