import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SYNC_SCHEMA_VERSION, MAX_BODY_BYTES } from '../../../../src-shared/sync/protocol';
import { addAccount, backends, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

let server: TestServer;
let now = Date.UTC(2026, 10, 22, 9, 0, 0);

async function post(path: string, body: unknown, token?: string, raw?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function login(email = 'lea@bureau.fr', password = PASSWORD) {
  return post('/v1/login', { email, password, deviceId: 'device-1', deviceName: 'Portable de Léa' });
}

const versions = { protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION };
const hlcAt = (ms: number, node = 'abcdef0123456789') => `${String(ms).padStart(15, '0')}-00000-${node}`;

// The same tests on both back ends (invariant 11).
describe.each(backends)('the office server over HTTP (%s)', (backend) => {
  beforeEach(async () => {
    now = Date.UTC(2026, 10, 22, 9, 0, 0);
    server = await startTestServer(() => now, backend);
    await addAccount(server, 'lea@bureau.fr', 'salesperson', 'Léa');
  });
  afterEach(async () => server.stop());

  it('answers health with its versions and time, without a session', async () => {
    const response = await fetch(`${server.url}/v1/health`);
    expect(await response.json()).toEqual({ status: 'ok', protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, backend, serverTime: now });
  });

  it('logs in with the right password only, and keeps only a hash of the token', async () => {
    expect((await login('lea@bureau.fr', 'wrong password')).body.error.code).toBe('unauthenticated');
    const ok = await login();
    expect(ok.status).toBe(200);
    expect(ok.body.token).toMatch(/^[\w-]{22}$/);
    expect(ok.body.user).toMatchObject({ email: 'lea@bureau.fr', role: 'salesperson' });
    const stored = await server.store.sessionByHash(ok.body.token as string);
    expect(stored).toBeUndefined();
  });

  it('hashes passwords with argon2id at OWASP parameters', async () => {
    const account = await server.store.accountByEmail('lea@bureau.fr');
    expect(account?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses logins after five failures for a quarter of an hour, then lets them through again', async () => {
    for (let i = 0; i < 5; i++) expect((await login('lea@bureau.fr', `essai ${i}`)).status).toBe(401);
    const limited = await login();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    now += 15 * 60_000 + 1;
    expect((await login()).status).toBe(200);
  });

  it('refuses requests without a session, with an unknown token, or after the session expired', async () => {
    expect((await post('/v1/pull', { ...versions, since: 0, limit: 10 })).body.error.code).toBe('unauthenticated');
    expect((await post('/v1/pull', { ...versions, since: 0, limit: 10 }, 'not-a-token')).body.error.code).toBe('unauthenticated');
    const { token } = (await login()).body;
    expect((await post('/v1/pull', { ...versions, since: 0, limit: 10 }, token)).status).toBe(200);
    now += 31 * 24 * 3600_000;
    expect((await post('/v1/pull', { ...versions, since: 0, limit: 10 }, token)).body.error.code).toBe('session_expired');
  });

  it('revokes the sessions of a disabled account', async () => {
    const { token } = (await login()).body;
    const account = await server.store.accountByEmail('lea@bureau.fr');
    await server.service.setDisabled(account?.id ?? '', true);
    expect((await post('/v1/pull', { ...versions, since: 0, limit: 10 }, token)).status).toBe(401);
    expect((await login()).body.error.code).toBe('account_disabled');
  });

  it('refuses malformed, oversized and unknown-version requests with a clear code, storing nothing', async () => {
    const { token } = (await login()).body;
    expect((await post('/v1/push', null, token, '{not json')).body.error.code).toBe('bad_request');
    expect((await post('/v1/push', { ...versions, txns: [{ txnId: 't1', changes: [{ hlc: 'yesterday', tbl: 'contacts', rowId: 'c1', changes: {} }] }] }, token)).body.error).toMatchObject({ code: 'bad_request' });
    expect((await post('/v1/push', { ...versions, txns: [], extra: 1 }, token)).body.error.code).toBe('bad_request');
    // Control characters in ids (PostgreSQL text cannot even hold NUL) are refused on both back ends alike.
    const hlcNow = `${String(Date.now()).padStart(15, '0')}-00000-nul`;
    expect((await post('/v1/push', { ...versions, txns: [{ txnId: 't\u0000', changes: [{ hlc: hlcNow, tbl: 'contacts', rowId: 'c\u0000', changes: { city: 'x' } }] }] }, token)).body.error.code).toBe('bad_request');
    expect((await post('/v1/login', { email: 'a\u0000@bureau.fr', password: 'x', deviceId: 'd', deviceName: 'n' })).body.error.code).toBe('bad_request');
    // What the writer had seen may only name fields the change writes, with well-formed stamps.
    const change = { hlc: hlcNow, tbl: 'tags', rowId: 'tag-prev', changes: { name: 'VIP' } };
    expect((await post('/v1/push', { ...versions, txns: [{ txnId: 't-prev', changes: [{ ...change, prev: { color: hlcNow } }] }] }, token)).body.error.code).toBe('bad_request');
    expect((await post('/v1/push', { ...versions, txns: [{ txnId: 't-prev', changes: [{ ...change, prev: { name: 'hier' } }] }] }, token)).body.error.code).toBe('bad_request');
    expect((await post('/v1/push', { protocol: 99, schema: 1, txns: [] }, token)).body.error.code).toBe('protocol_mismatch');
    const huge = JSON.stringify({ ...versions, txns: [], pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post('/v1/push', null, token, huge)).status).toBe(413);
    const pulled = await post('/v1/pull', { ...versions, since: 0, limit: 100 }, token);
    expect(pulled.body.changes.filter((change: { tbl: string }) => change.tbl !== 'users')).toEqual([]);
  });

  it('refuses a transaction stamped a week ahead of its clock, whole, without recording it', async () => {
    const { token } = (await login()).body;
    const txn = (id: string, ms: number) => ({
      txnId: id,
      changes: [
        { hlc: hlcAt(ms), tbl: 'tags', rowId: `tag-${id}`, changes: { created_at: '2026-11-22T09:00:00.000Z', name: 'VIP', color: 'red' } },
        { hlc: hlcAt(ms + 1), tbl: 'tags', rowId: `tag2-${id}`, changes: { created_at: '2026-11-22T09:00:00.000Z', name: 'Froid', color: 'blue' } },
      ],
    });
    const ahead = await post('/v1/push', { ...versions, txns: [txn('t-ahead', now + 7 * 24 * 3600_000)] }, token);
    expect(ahead.body.results).toEqual([{ txnId: 't-ahead', status: 'rejected', reason: 'clock_ahead', detail: 'the device clock is ahead of the server' }]);
    const fine = await post('/v1/push', { ...versions, txns: [txn('t-ahead', now)] }, token);
    expect(fine.body.results[0].status).toBe('accepted');
  });

  it('keeps the parts of a transaction aside until the last one, then applies it whole; parts of another device do not count', async () => {
    await addAccount(server, 'hugo@bureau.fr', 'salesperson', 'Hugo');
    const lea = (await login()).body.token as string;
    const hugo = (await post('/v1/login', { email: 'hugo@bureau.fr', password: PASSWORD, deviceId: 'device-2', deviceName: 'Portable de Hugo' })).body.token as string;
    const tag = (i: number) => ({ hlc: hlcAt(now + i), tbl: 'tags', rowId: `tag-part-${i}`, changes: { created_at: '2026-11-22T09:00:00.000Z', name: `Salon ${i}`, color: 'red' } });
    const part = (index: number, count: number) => ({ txnId: 't-parts', changes: [tag(index)], part: { index, count } });
    const tags = async () => (await post('/v1/pull', { ...versions, since: 0, limit: 100 }, lea)).body.changes.filter((change: { tbl: string }) => change.tbl === 'tags');
    expect((await post('/v1/push', { ...versions, txns: [part(0, 3)] }, lea)).body.results).toEqual([{ txnId: 't-parts', status: 'partial' }]);
    // The same transaction id from someone else completes nothing of Léa's.
    expect((await post('/v1/push', { ...versions, txns: [part(1, 3)] }, hugo)).body.results[0].status).toBe('partial');
    expect((await post('/v1/push', { ...versions, txns: [part(1, 3)] }, lea)).body.results[0].status).toBe('partial');
    expect(await tags()).toEqual([]);
    expect((await post('/v1/push', { ...versions, txns: [part(2, 3)] }, lea)).body.results).toEqual([{ txnId: 't-parts', status: 'accepted' }]);
    expect((await tags()).map((change: { rowId: string }) => change.rowId)).toEqual(['tag-part-0', 'tag-part-1', 'tag-part-2']);
    // A part index outside its count is malformed.
    expect((await post('/v1/push', { ...versions, txns: [{ ...part(0, 2), part: { index: 2, count: 2 } }] }, lea)).body.error.code).toBe('bad_request');
  });

  it('hands back with each change what its writer had seen of the fields it wrote', async () => {
    const { token } = (await login()).body;
    const created = { hlc: hlcAt(now), tbl: 'tags', rowId: 'tag-seen', changes: { created_at: '2026-11-22T09:00:00.000Z', name: 'VIP', color: 'red' } };
    const renamed = { hlc: hlcAt(now + 1), tbl: 'tags', rowId: 'tag-seen', changes: { name: 'Client VIP' }, prev: { name: hlcAt(now) } };
    const pushed = await post('/v1/push', { ...versions, txns: [{ txnId: 't-created', changes: [created] }, { txnId: 't-renamed', changes: [renamed] }] }, token);
    expect(pushed.body.results.map((result: { status: string }) => result.status)).toEqual(['accepted', 'accepted']);
    const pulled = (await post('/v1/pull', { ...versions, since: 0, limit: 100 }, token)).body.changes.filter((change: { tbl: string }) => change.tbl === 'tags');
    expect(pulled.map((change: { prev?: unknown }) => change.prev)).toEqual([undefined, { name: hlcAt(now) }]);
  });
});
