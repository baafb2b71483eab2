import { randomUUID } from 'node:crypto';
import { encodeHlc, decodeHlc, receiveHlc, tickHlc, type HlcState } from '../../src-shared/sync/hlc';
import { catalogEntry, fieldProblem, syncCatalog, type TableCatalogEntry } from '../../src-shared/sync/catalog';
import { winningFields } from '../../src-shared/sync/merge';
import { audienceOf, canSee, joinAudience, splitAudience, type Viewer } from '../../src-shared/sync/scope';
import {
  MAX_CLOCK_AHEAD_MS,
  PROTOCOL_VERSION,
  SYNC_SCHEMA_VERSION,
  type LoginRequest,
  type LoginResponse,
  type PullRequest,
  type PulledChange,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type PushResult,
  type PushTxn,
  type Role,
  type SessionUser,
  type AccountSummary,
  type AdminUpdateUser,
  type SnapshotRequest,
  type SnapshotResponse,
  type ViewerScopes,
} from '../../src-shared/sync/protocol';
import { decoyHash, hashPassword, LoginLimiter, newSessionToken, passwordMatches, passwordProblem, SESSION_TTL_MS, tokenHash } from './accounts';
import { refusalOf, type Refusal } from './authorize';
import { ServerError } from './errors';
import { serverLog } from './log';
import type { Account, NewChange, RowState, ServerStore, Session, StoredChange, SyncWriter } from './store/types';
import { logEntries } from './visibility';

export type Auth = { account: Account; session: Session };

export type SyncService = ReturnType<typeof createSyncService>;

const SERVER_DEVICE = 'server';
/** Parts of a transaction whose other parts never came (a device wiped meanwhile) are dropped after a month. */
const ABANDONED_PARTS_MS = 30 * 24 * 3600_000;
/** A pull reads at most this many pages of the log looking for what the account may see. */
const PULL_SCAN_PAGES = 8;
/** Changes read first, after a full pull page, to find where its last transaction ends. */
const CONTINUATION_PROBE = 64;

const memberships = Object.entries(syncCatalog as Record<string, TableCatalogEntry>).flatMap(([tbl, entry]) => (entry.membership ? [{ tbl, ...entry.membership }] : []));

/** The account's team and territory keys, from the membership rows the server holds. */
async function viewerOf(store: ServerStore, account: Account): Promise<Viewer> {
  const groups: string[] = [];
  for (const { tbl, prefix, groupField, userField } of memberships) {
    for (const row of await store.rowsWhere(tbl, userField, account.id)) {
      const group = row.data[groupField];
      if (row.data.deleted !== 1 && typeof group === 'string') groups.push(`${prefix}:${group}`);
    }
  }
  return { userId: account.id, groups: [...new Set(groups)].sort(), allGroups: account.role === 'administrator' };
}

const scopesOf = (viewer: Viewer): ViewerScopes => ({ groups: [...viewer.groups], allGroups: viewer.allGroups });

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

type RowKey = { tbl: string; rowId: string };

/**
 * One page of a snapshot: rows after `request.after`, in key order, that the viewer may see (and
 * in one of `request.scopes`, when given), at most `request.limit`; `next` is where the next page
 * starts (null: none). Reads at most PULL_SCAN_PAGES pages of the store looking for them.
 */
async function snapshotPage<R extends RowKey & { audience: string }>(
  read: (after: RowKey | null, limit: number) => Promise<R[]>,
  viewer: Viewer,
  request: SnapshotRequest,
): Promise<{ rows: R[]; next: RowKey | null }> {
  const only = request.scopes ? new Set(request.scopes) : null;
  const rows: R[] = [];
  let after = request.after;
  let next: RowKey | null = null;
  for (let page = 0; page < PULL_SCAN_PAGES && rows.length < request.limit; page++) {
    const batch = await read(after, request.limit);
    for (const row of batch) {
      after = { tbl: row.tbl, rowId: row.rowId };
      const audience = splitAudience(row.audience);
      if (!catalogEntry(row.tbl) || !canSee(viewer, audience)) continue;
      if (only && !audience.some((key) => only.has(key))) continue;
      rows.push(row);
      if (rows.length === request.limit) break;
    }
    next = batch.length < request.limit && rows.length < request.limit ? null : after;
    if (next === null) break;
  }
  return { rows, next };
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

  /**
   * The server writes a synced row itself (an account's `users` row, so devices learn names;
   * teams and memberships from the CLI) as a change like any other, by the given account.
   * Its stamp is above the row's current ones, whatever this process's clock did since the
   * last start, so the write wins as it should.
   */
  async function writeServerRow(writer: SyncWriter, tbl: string, rowId: string, fields: Record<string, string | number | null>, byAccount: string): Promise<void> {
    const current = await writer.row(tbl, rowId);
    const newest = Object.values(current?.hlcs ?? {}).sort().at(-1);
    if (newest) clock = receiveHlc(clock, decodeHlc(newest), now());
    const hlc = nextHlc();
    const data = { ...(current?.data ?? {}), ...fields };
    const hlcs = { ...(current?.hlcs ?? {}) };
    for (const field of Object.keys(fields)) hlcs[field] = hlc;
    const after: RowState = { data, hlcs, audience: joinAudience(audienceOf(tbl, data)) };
    await writer.putRow(tbl, rowId, after);
    for (const entry of logEntries({ hlc, tbl, rowId, changes: fields, txnId: randomUUID(), deviceId: SERVER_DEVICE, userId: byAccount }, current, after)) {
      await writer.appendChange(entry);
    }
  }

  async function applyTxn(writer: SyncWriter, auth: Auth, viewer: Viewer, txn: PushTxn, serverTime: number): Promise<PushResult> {
    const seen = await writer.txnResult(txn.txnId);
    if (seen) return { ...seen, status: seen.status === 'rejected' ? 'rejected' : 'duplicate' };
    const actor = { accountId: auth.account.id, role: auth.account.role, viewer };
    // First check every change (against the state this transaction itself builds), then write: all or nothing.
    const states = new Map<string, RowState | undefined>();
    const entries: NewChange[] = [];
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
      const after: RowState = { data, hlcs, audience: joinAudience(audienceOf(change.tbl, data)) };
      // Who pulls the change, and the whole row for those who see it only from now on.
      entries.push(...logEntries({ ...change, txnId: txn.txnId, deviceId: auth.session.deviceId, userId: auth.account.id }, current, after));
      states.set(key, after);
    }
    // A clock ahead is not recorded: the device re-stamps the same transaction and sends it again.
    if (refusal?.reason === 'clock_ahead') return { txnId: txn.txnId, status: 'rejected', ...refusal };
    const result: PushResult = refusal ? { txnId: txn.txnId, status: 'rejected', ...refusal } : { txnId: txn.txnId, status: 'accepted' };
    await writer.recordTxn(result, auth.account.id, auth.session.deviceId, serverTime);
    if (refusal) return result;
    for (const entry of entries) await writer.appendChange(entry);
    for (const [key, state] of states) {
      const [tbl, rowId] = key.split('\u0000') as [string, string];
      if (state) await writer.putRow(tbl, rowId, state);
    }
    return result;
  }

  /**
   * One part of a transaction sent in parts: kept until all its parts are here, then the whole
   * transaction is checked and applied like any other (all or nothing), and its parts dropped.
   */
  async function applyPart(writer: SyncWriter, auth: Auth, viewer: Viewer, txn: PushTxn & { part: { index: number; count: number } }, serverTime: number): Promise<PushResult> {
    const seen = await writer.txnResult(txn.txnId);
    if (seen) return { ...seen, status: seen.status === 'rejected' ? 'rejected' : 'duplicate' };
    const key = { txnId: txn.txnId, accountId: auth.account.id, deviceId: auth.session.deviceId };
    await writer.stagePart({ ...key, index: txn.part.index, count: txn.part.count, changes: txn.changes }, serverTime);
    const parts = await writer.stagedParts(key);
    if (parts.length < txn.part.count) return { txnId: txn.txnId, status: 'partial' };
    await writer.dropStaged(key, serverTime - ABANDONED_PARTS_MS);
    return applyTxn(writer, auth, viewer, { txnId: txn.txnId, changes: parts.flatMap((part) => part.changes) }, serverTime);
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
      const viewer = await viewerOf(store, auth.account);
      const results = await store.write(async (writer) => {
        const done: PushResult[] = [];
        for (const txn of request.txns) {
          const { part } = txn;
          done.push(part ? await applyPart(writer, auth, viewer, { ...txn, part }, serverTime) : await applyTxn(writer, auth, viewer, txn, serverTime));
        }
        return done;
      });
      const count = (status: PushResult['status']) => results.filter((result) => result.status === status).length;
      serverLog.info({ event: 'push', account: auth.account.id, device: auth.session.deviceId, accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected'), partial: count('partial') }, 'push');
      return { serverTime: now(), results };
    },

    async pull(auth: Auth, request: PullRequest): Promise<PullResponse> {
      checkVersions(request);
      const viewer = await viewerOf(store, auth.account);
      // The log is read in order and filtered here (one rule for both back ends); the cursor
      // moves past what the account may not see, so a sparse scope does not rescan it.
      const changes: PulledChange[] = [];
      let cursor = request.since;
      let more = true;
      for (let page = 0; page < PULL_SCAN_PAGES && changes.length < request.limit; page++) {
        const batch: StoredChange[] = await store.changesSince(cursor, request.limit);
        for (const { audience, ...change } of batch) {
          cursor = change.seq;
          if (canSee(viewer, splitAudience(audience))) changes.push(change);
          if (changes.length === request.limit) break;
        }
        if (batch.length < request.limit && changes.length < request.limit) {
          more = false;
          break;
        }
      }
      // A page never ends inside a transaction: a device applies a transaction whole or not at all.
      // Most transactions are short: a few changes are read to find its end, whole pages only
      // for a long one (reading a page to keep none of it doubled the cost of a pull).
      const last = changes.at(-1);
      let read = CONTINUATION_PROBE;
      while (more && last) {
        const rest = await store.changesSince(cursor, read);
        const end = rest.findIndex((change) => change.txnId !== last.txnId || change.deviceId !== last.deviceId);
        const sameTxn = end === -1 ? rest : rest.slice(0, end);
        for (const { audience, ...change } of sameTxn) {
          cursor = change.seq;
          if (canSee(viewer, splitAudience(audience))) changes.push(change);
        }
        if (sameTxn.length < rest.length || rest.length < read) {
          more = rest.length > sameTxn.length;
          break;
        }
        read = Math.max(request.limit, CONTINUATION_PROBE);
      }
      return { serverTime: now(), changes, cursor, more, scopes: scopesOf(viewer) };
    },

    async snapshot(auth: Auth, request: SnapshotRequest): Promise<SnapshotResponse> {
      checkVersions(request);
      const viewer = await viewerOf(store, auth.account);
      // Read the watermark first: whatever commits later is pulled again, and merging is idempotent.
      const watermark = await store.lastSeq();
      if (request.rows) {
        // Rows asked for by key: those the account may see, in one page.
        const known = await store.rowsAt(request.rows.filter((key) => catalogEntry(key.tbl)));
        const rows = known.filter((row) => canSee(viewer, splitAudience(row.audience))).map((row) => ({ tbl: row.tbl, rowId: row.rowId, data: row.data, hlcs: row.hlcs }));
        return { serverTime: now(), rows, next: null, watermark, scopes: scopesOf(viewer) };
      }
      const { rows, next } = await snapshotPage(store.rowsAfter, viewer, request);
      return { serverTime: now(), rows: rows.map(({ tbl, rowId, data, hlcs }) => ({ tbl, rowId, data, hlcs })), next, watermark, scopes: scopesOf(viewer) };
    },

    /**
     * A snapshot as the JSON text of its answer, for a device that reads packed HLCs: each row's
     * data and HLCs are sent on as the store keeps them, never parsed and written again here
     * (large: ~650 MB of JSON less to read and write). The same rows as `snapshot`.
     */
    async snapshotText(auth: Auth, request: SnapshotRequest): Promise<string> {
      if (!request.packed || request.rows) return JSON.stringify(await this.snapshot(auth, request));
      checkVersions(request);
      const viewer = await viewerOf(store, auth.account);
      const watermark = await store.lastSeq();
      const { rows, next } = await snapshotPage(store.rowTextsAfter, viewer, request);
      const texts = rows.map((row) => `{"tbl":${JSON.stringify(row.tbl)},"rowId":${JSON.stringify(row.rowId)},"data":${row.data},"hlcs":${row.hlcs}}`);
      const head = JSON.stringify({ serverTime: now(), next, watermark, scopes: scopesOf(viewer) });
      return `${head.slice(0, -1)},"rows":[${texts.join(',')}]}`;
    },

    me(auth: Auth): SessionUser {
      return sessionUser(auth.account);
    },

    /* ---- administration (CLI, first start, the app's administration screen) ---- */

    /**
     * Writes fields of a synced row as the server (teams, territories and memberships from the
     * CLI): checked against the catalog like a pushed change, then sequenced and merged.
     */
    async writeRow(tbl: string, rowId: string, fields: Record<string, string | number | null>, byAccount: string): Promise<void> {
      const entry = catalogEntry(tbl);
      if (!entry) throw new ServerError('bad_request', `Unknown table ${tbl}.`);
      for (const [field, value] of Object.entries(fields)) {
        const problem = fieldProblem(entry, field, value);
        if (problem) throw new ServerError('bad_request', `${tbl}: ${problem}`);
      }
      await store.write((writer) => writeServerRow(writer, tbl, rowId, fields, byAccount));
    },

    /** Refuses anyone but an administrator (the app's administration screen goes through HTTP). */
    requireAdministrator(auth: Auth): void {
      if (auth.account.role !== 'administrator') throw new ServerError('forbidden', 'Only administrators manage accounts.');
    },

    async listAccounts(): Promise<AccountSummary[]> {
      return (await store.listAccounts()).map(({ passwordHash: _hash, ...summary }) => summary);
    },

    /** An administrator's change to an account (not their own role or state: there must stay one administrator). */
    async updateAccount(auth: Auth, input: AdminUpdateUser): Promise<void> {
      if (input.id === auth.account.id && (input.role !== undefined || input.disabled !== undefined)) {
        throw new ServerError('bad_request', 'You cannot change your own role or disable yourself: ask another administrator.');
      }
      if (!(await store.accountById(input.id))) throw new ServerError('not_found', 'No such account.');
      if (input.password !== undefined) await this.resetPassword(input.id, input.password);
      if (input.role !== undefined) await this.setRole(input.id, input.role);
      if (input.disabled !== undefined) await this.setDisabled(input.id, input.disabled);
    },

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
      await store.write((writer) => writeServerRow(writer, 'users', account.id, { created_at: new Date(account.createdAt).toISOString(), deleted: 0, display_name: account.displayName, email: account.email }, account.id));
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
