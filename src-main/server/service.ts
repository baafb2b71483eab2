import { randomUUID } from 'node:crypto';
import { encodeHlc, decodeHlc, tickHlc, type HlcState } from '../../src-shared/sync/hlc';
import { winningFields } from '../../src-shared/sync/merge';
import {
  MAX_CLOCK_AHEAD_MS,
  PROTOCOL_VERSION,
  SYNC_SCHEMA_VERSION,
  type LoginRequest,
  type LoginResponse,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type PushResult,
  type PushTxn,
  type Role,
  type SessionUser,
} from '../../src-shared/sync/protocol';
import { decoyHash, hashPassword, LoginLimiter, newSessionToken, passwordMatches, passwordProblem, SESSION_TTL_MS, tokenHash } from './accounts';
import { refusalOf, visibilityOf, type Refusal } from './authorize';
import { ServerError } from './errors';
import { serverLog } from './log';
import type { Account, RowState, ServerStore, Session, SyncWriter } from './store/types';

export type Auth = { account: Account; session: Session };

export type SyncService = ReturnType<typeof createSyncService>;

const SERVER_DEVICE = 'server';

function sessionUser(account: Account): SessionUser {
  return { id: account.id, displayName: account.displayName, email: account.email, role: account.role };
}

function checkVersions(request: { protocol: number; schema: number }): void {
  if (request.protocol !== PROTOCOL_VERSION) {
    throw new ServerError('protocol_mismatch', `This server speaks sync protocol ${PROTOCOL_VERSION}, the app ${request.protocol}: update the ${request.protocol < PROTOCOL_VERSION ? 'app' : 'server'}.`);
  }
  if (request.schema > SYNC_SCHEMA_VERSION) {
    throw new ServerError('protocol_mismatch', `The app's data schema (${request.schema}) is newer than this server's (${SYNC_SCHEMA_VERSION}): update the server.`);
  }
}

/**
 * The office server's use cases over a store: accounts and sessions, push (authorize, dedupe,
 * sequence, merge) and pull (what the account may see, in order). No HTTP here.
 */
export function createSyncService(store: ServerStore, now: () => number = Date.now) {
  const limiter = new LoginLimiter();
  let clock: HlcState = { wallMs: 0, counter: 0 };
  const nextHlc = () => {
    clock = tickHlc(clock, now());
    return encodeHlc(clock, SERVER_DEVICE);
  };

  /** The server records an account's `users` row like any change, so devices learn names. */
  async function writeUserRow(writer: SyncWriter, account: Account, fields: Record<string, string | number | null>): Promise<void> {
    const hlc = nextHlc();
    const current = await writer.row('users', account.id);
    const data = { ...(current?.data ?? {}), ...fields };
    const hlcs = { ...(current?.hlcs ?? {}) };
    for (const field of Object.keys(fields)) hlcs[field] = hlc;
    await writer.putRow('users', account.id, { data, hlcs, visibleTo: null });
    await writer.appendChange({ hlc, tbl: 'users', rowId: account.id, changes: fields, txnId: randomUUID(), deviceId: SERVER_DEVICE, userId: account.id, visibleTo: null });
  }

  async function applyTxn(writer: SyncWriter, auth: Auth, txn: PushTxn, serverTime: number): Promise<PushResult> {
    const seen = await writer.txnResult(txn.txnId);
    if (seen) return { ...seen, status: seen.status === 'rejected' ? 'rejected' : 'duplicate' };
    const actor = { accountId: auth.account.id, role: auth.account.role };
    // First check every change (against the state this transaction itself builds), then write: all or nothing.
    const states = new Map<string, RowState | undefined>();
    let refusal: Refusal | null = null;
    for (const change of txn.changes) {
      if (decodeHlc(change.hlc).wallMs > serverTime + MAX_CLOCK_AHEAD_MS) {
        refusal = { reason: 'clock_ahead', detail: 'the device clock is ahead of the server' };
        break;
      }
      const key = `${change.tbl}\u0000${change.rowId}`;
      const current = states.has(key) ? states.get(key) : await writer.row(change.tbl, change.rowId);
      refusal = refusalOf(actor, change, current);
      if (refusal) break;
      const data = { ...(current?.data ?? {}) };
      const hlcs = { ...(current?.hlcs ?? {}) };
      for (const field of winningFields(change, hlcs, null)) {
        data[field] = change.changes[field] ?? null;
        hlcs[field] = change.hlc;
      }
      states.set(key, { data, hlcs, visibleTo: visibilityOf(change.tbl, data) });
    }
    // A clock ahead is not recorded: the device re-stamps the same transaction and sends it again.
    if (refusal?.reason === 'clock_ahead') return { txnId: txn.txnId, status: 'rejected', ...refusal };
    const result: PushResult = refusal ? { txnId: txn.txnId, status: 'rejected', ...refusal } : { txnId: txn.txnId, status: 'accepted' };
    await writer.recordTxn(result, auth.account.id, auth.session.deviceId, serverTime);
    if (refusal) return result;
    for (const change of txn.changes) {
      const state = states.get(`${change.tbl}\u0000${change.rowId}`);
      await writer.appendChange({ ...change, txnId: txn.txnId, deviceId: auth.session.deviceId, userId: auth.account.id, visibleTo: state?.visibleTo ?? null });
    }
    for (const [key, state] of states) {
      const [tbl, rowId] = key.split('\u0000') as [string, string];
      if (state) await writer.putRow(tbl, rowId, state);
    }
    return result;
  }

  return {
    store,
    now,

    async login(request: LoginRequest, address: string): Promise<LoginResponse> {
      const at = now();
      const keys = [`email:${request.email.toLowerCase()}`, `address:${address}`];
      const wait = limiter.retryAfter(keys, at);
      if (wait > 0) throw new ServerError('too_many_attempts', 'Too many failed logins: try again later.', wait);
      const account = await store.accountByEmail(request.email);
      const ok = await passwordMatches(account?.passwordHash ?? (await decoyHash()), request.password);
      if (!account || !ok) {
        limiter.fail(keys, at);
        serverLog.warn({ event: 'login_failed' }, 'login failed');
        throw new ServerError('unauthenticated', 'Wrong e-mail or password.');
      }
      if (account.disabled) throw new ServerError('account_disabled', 'This account is disabled: ask an administrator.');
      limiter.succeed(keys);
      const { token, tokenHash: hashed } = newSessionToken();
      const expiresAt = at + SESSION_TTL_MS;
      await store.insertSession({ tokenHash: hashed, accountId: account.id, deviceId: request.deviceId, deviceName: request.deviceName, createdAt: at, expiresAt });
      serverLog.info({ event: 'login', account: account.id, device: request.deviceId }, 'session opened');
      return { serverTime: now(), token, expiresAt, user: sessionUser(account) };
    },

    async authenticate(token: string | undefined): Promise<Auth> {
      if (!token) throw new ServerError('unauthenticated', 'Log in first.');
      const session = await store.sessionByHash(tokenHash(token));
      if (!session) throw new ServerError('unauthenticated', 'This session is not valid any more: log in again.');
      if (session.expiresAt <= now()) {
        await store.deleteSession(session.tokenHash);
        throw new ServerError('session_expired', 'This session has expired: log in again.');
      }
      const account = await store.accountById(session.accountId);
      if (!account) throw new ServerError('unauthenticated', 'This account no longer exists.');
      if (account.disabled) throw new ServerError('account_disabled', 'This account is disabled: ask an administrator.');
      return { account, session };
    },

    async logout(auth: Auth): Promise<void> {
      await store.deleteSession(auth.session.tokenHash);
    },

    async push(auth: Auth, request: PushRequest): Promise<PushResponse> {
      checkVersions(request);
      const serverTime = now();
      const results = await store.write(async (writer) => {
        const done: PushResult[] = [];
        for (const txn of request.txns) done.push(await applyTxn(writer, auth, txn, serverTime));
        return done;
      });
      const count = (status: PushResult['status']) => results.filter((result) => result.status === status).length;
      serverLog.info({ event: 'push', account: auth.account.id, device: auth.session.deviceId, accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected') }, 'push');
      return { serverTime: now(), results };
    },

    async pull(auth: Auth, request: PullRequest): Promise<PullResponse> {
      checkVersions(request);
      const changes = await store.changesSince(request.since, auth.account.id, request.limit);
      const cursor = changes.at(-1)?.seq ?? request.since;
      return { serverTime: now(), changes, cursor, more: changes.length === request.limit };
    },

    me(auth: Auth): SessionUser {
      return sessionUser(auth.account);
    },

    /* ---- administration (CLI, first start, the app's administration screen) ---- */

    async createAccount(input: { email: string; displayName: string; role: Role; password: string }): Promise<Account> {
      const problem = passwordProblem(input.password);
      if (problem) throw new ServerError('bad_request', problem);
      if (await store.accountByEmail(input.email)) throw new ServerError('bad_request', `An account already uses ${input.email}.`);
      const account: Account = {
        id: randomUUID(),
        email: input.email.trim(),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash: await hashPassword(input.password),
        disabled: false,
        createdAt: now(),
      };
      await store.insertAccount(account);
      await store.write((writer) => writeUserRow(writer, account, { created_at: new Date(account.createdAt).toISOString(), deleted: 0, display_name: account.displayName, email: account.email }));
      serverLog.info({ event: 'account_created', account: account.id, role: account.role }, 'account created');
      return account;
    },

    async setDisabled(accountId: string, disabled: boolean): Promise<void> {
      const account = await store.accountById(accountId);
      if (!account) throw new ServerError('not_found', 'No such account.');
      await store.updateAccount(accountId, { disabled });
      if (disabled) await store.deleteSessionsOf(accountId);
      serverLog.info({ event: disabled ? 'account_disabled' : 'account_enabled', account: accountId }, 'account state changed');
    },

    async resetPassword(accountId: string, password: string): Promise<void> {
      const problem = passwordProblem(password);
      if (problem) throw new ServerError('bad_request', problem);
      await store.updateAccount(accountId, { passwordHash: await hashPassword(password) });
      await store.deleteSessionsOf(accountId);
      serverLog.info({ event: 'password_reset', account: accountId }, 'password reset');
    },

    async setRole(accountId: string, role: Role): Promise<void> {
      await store.updateAccount(accountId, { role });
    },
  };
}
