import type { CellValue } from '../../../src-shared/sync/catalog';
import type { PulledChange, PushResult, Role } from '../../../src-shared/sync/protocol';

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

/** A synced row as the server holds it: merged values and the winning HLC of each field. */
export type RowState = { data: Record<string, CellValue>; hlcs: Record<string, string>; visibleTo: string | null };

export type NewChange = Omit<PulledChange, 'seq'> & { visibleTo: string | null };

/** What a push transaction may read and write; one runs at a time (the server sequence is serialized). */
export type SyncWriter = {
  txnResult(txnId: string): Promise<PushResult | undefined>;
  recordTxn(result: PushResult, accountId: string, deviceId: string, now: number): Promise<void>;
  row(tbl: string, rowId: string): Promise<RowState | undefined>;
  putRow(tbl: string, rowId: string, state: RowState): Promise<void>;
  appendChange(change: NewChange): Promise<number>;
};

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
  changesSince(since: number, accountId: string, limit: number): Promise<PulledChange[]>;
  close(): Promise<void>;
};
