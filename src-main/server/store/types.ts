import type { CellValue } from '../../../src-shared/sync/catalog';
import type { PulledChange, PushResult, Role, SyncChange } from '../../../src-shared/sync/protocol';

export type Account = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  createdAt: number;
};

export type Session = { tokenHash: string; accountId: string; deviceId: string; deviceName: string; createdAt: number; expiresAt: number };

/**
 * A synced row as the server holds it: merged values, the winning HLC of each field, and its
 * audience (who may see it: space-separated scope keys, see src-shared/sync/scope.ts).
 */
export type RowState = { data: Record<string, CellValue>; hlcs: Record<string, string>; audience: string };

export type StoredRow = RowState & { tbl: string; rowId: string };

/** A row as its JSON texts: `data`, and `hlcs` packed or whole (see src-shared/sync/packed-hlcs.ts), passed on unparsed. */
export type StoredRowText = { tbl: string; rowId: string; data: string; hlcs: string; audience: string };

/**
 * An accepted change with its audience: who saw the row before it (and still do, or learn from it
 * that they no longer do) — or a whole row (`rowHlcs`) for those who see the row only since the
 * change before it. See src-main/server/visibility.ts.
 */
export type StoredChange = PulledChange & { audience: string };

export type NewChange = Omit<StoredChange, 'seq'>;

/** What a push transaction may read and write; one runs at a time (the server sequence is serialized). */
export type SyncWriter = {
  txnResult(txnId: string): Promise<PushResult | undefined>;
  recordTxn(result: PushResult, accountId: string, deviceId: string, now: number): Promise<void>;
  row(tbl: string, rowId: string): Promise<RowState | undefined>;
  putRow(tbl: string, rowId: string, state: RowState): Promise<void>;
  appendChange(change: NewChange): Promise<number>;
  /** Keeps one part of a transaction sent in parts (replacing a part of the same index, and parts of another split). */
  stagePart(part: StagedPart, now: number): Promise<void>;
  /** The parts of a transaction received so far, in index order. */
  stagedParts(key: PartKey): Promise<StagedPart[]>;
  /** Forgets the parts of a transaction (once applied), and any part older than `before` (abandoned). */
  dropStaged(key: PartKey, before: number): Promise<void>;
};

/** Parts belong to the device that sent them: no one else can add to or complete its transaction. */
export type PartKey = { txnId: string; accountId: string; deviceId: string };
export type StagedPart = PartKey & { index: number; count: number; changes: SyncChange[] };

/**
 * The server's storage, the same contract on SQLite and PostgreSQL. Methods are async so that
 * both back ends fit; the SQLite one runs them synchronously.
 */
export type ServerStore = {
  readonly kind: 'sqlite' | 'postgres';
  accountCount(): Promise<number>;
  accountByEmail(email: string): Promise<Account | undefined>;
  accountById(id: string): Promise<Account | undefined>;
  listAccounts(): Promise<Account[]>;
  insertAccount(account: Account): Promise<void>;
  updateAccount(id: string, patch: Partial<Pick<Account, 'displayName' | 'role' | 'passwordHash' | 'disabled'>>): Promise<void>;
  insertSession(session: Session): Promise<void>;
  sessionByHash(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(accountId: string): Promise<void>;
  /**
   * Runs `work` as one transaction, one at a time (this is what keeps the server sequence
   * gap-free in commit order): all or nothing. Reads elsewhere never see it before it commits.
   */
  write<T>(work: (writer: SyncWriter) => Promise<T>): Promise<T>;
  /** Accepted changes after `since`, in sequence order, at most `limit` (the service filters by audience). */
  changesSince(since: number, limit: number): Promise<StoredChange[]>;
  /** The last sequence assigned and committed (a snapshot's watermark). */
  lastSeq(): Promise<number>;
  /** Current rows in (tbl, rowId) order after the given key, at most `limit` (snapshots). */
  rowsAfter(after: { tbl: string; rowId: string } | null, limit: number): Promise<StoredRow[]>;
  /** The same rows as `rowsAfter`, as their stored JSON texts (a snapshot sends them on as they are). */
  rowTextsAfter(after: { tbl: string; rowId: string } | null, limit: number): Promise<StoredRowText[]>;
  /** The current rows of these keys that exist, in the keys' order. */
  rowsAt(keys: readonly { tbl: string; rowId: string }[]): Promise<StoredRow[]>;
  /** Rows of one table whose text field equals `value` (team and territory memberships). */
  rowsWhere(tbl: string, field: string, value: string): Promise<StoredRow[]>;
  close(): Promise<void>;
};
