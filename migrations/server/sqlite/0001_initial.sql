-- The office server's own database (SQLite back end). Accounts and sessions, the ordered log of
-- accepted changes (the server sequence is `seq`), the transactions already received (retries
-- are answered from here), and the merged current state of every synced row.
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX accounts_by_email ON accounts (lower(email));

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hlc TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  changes TEXT NOT NULL,
  txn_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  -- who may pull it: space-separated scope keys ('office', 'user:<id>', 'team:<id>', …), the
  -- row's audience before and after the change (so that those losing sight of it learn it)
  audience TEXT NOT NULL
);

CREATE TABLE txns (
  txn_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT,
  detail TEXT,
  received_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE rows (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  data TEXT NOT NULL,
  hlcs TEXT NOT NULL,
  audience TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
