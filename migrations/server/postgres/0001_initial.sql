-- The office server's own database (PostgreSQL back end): the same tables as the SQLite one.
-- Accounts and sessions, the ordered log of accepted changes (the server sequence is `seq`), the
-- transactions already received (retries are answered from here), and the merged current state
-- of every synced row.
--
-- Text columns use the "C" collation: ordering and lower() then work on bytes and ASCII exactly
-- as SQLite's do, whatever the database's default locale (both back ends must answer the same).
-- Field values stay JSON text, byte for byte what SQLite holds: jsonb would reorder keys and
-- refuses some strings SQLite keeps (\u0000, lone surrogates).
-- The bookkeeping table `server_migrations` (one row per applied file) is made by the store
-- (src-main/server/store/postgres.ts), which applies these files under an advisory lock.
CREATE TABLE accounts (
  id TEXT COLLATE "C" PRIMARY KEY,
  email TEXT COLLATE "C" NOT NULL,
  display_name TEXT COLLATE "C" NOT NULL,
  role TEXT COLLATE "C" NOT NULL,
  password_hash TEXT COLLATE "C" NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT false,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX accounts_by_email ON accounts (lower(email));

CREATE TABLE sessions (
  token_hash TEXT COLLATE "C" PRIMARY KEY,
  account_id TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  device_name TEXT COLLATE "C" NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- `seq` is given by the store, not by a sequence: the next number is read under the write lock
-- (pg_advisory_xact_lock) inside the writing transaction, so numbers are gap-free (a rolled-back
-- push burns none, as with SQLite) and commit in order (a reader polling "seq > N" never skips a
-- row that commits later with a smaller number).
CREATE TABLE changes (
  seq BIGINT PRIMARY KEY,
  hlc TEXT COLLATE "C" NOT NULL,
  tbl TEXT COLLATE "C" NOT NULL,
  row_id TEXT COLLATE "C" NOT NULL,
  changes TEXT COLLATE "C" NOT NULL,
  txn_id TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  account_id TEXT COLLATE "C" NOT NULL,
  -- who may pull it: space-separated scope keys ('office', 'user:<id>', 'team:<id>', …), the
  -- row's audience before and after the change (so that those losing sight of it learn it)
  audience TEXT COLLATE "C" NOT NULL
);

CREATE TABLE txns (
  txn_id TEXT COLLATE "C" PRIMARY KEY,
  account_id TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  reason TEXT COLLATE "C",
  detail TEXT COLLATE "C",
  received_at BIGINT NOT NULL
);

-- Keyset paging (snapshots) walks the primary key in (tbl, row_id) byte order.
CREATE TABLE rows (
  tbl TEXT COLLATE "C" NOT NULL,
  row_id TEXT COLLATE "C" NOT NULL,
  data TEXT COLLATE "C" NOT NULL,
  hlcs TEXT COLLATE "C" NOT NULL,
  audience TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (tbl, row_id)
);
