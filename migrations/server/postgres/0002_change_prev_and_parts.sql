-- For each changed field, the HLC of the value the writer had seen (JSON object, or NULL when
-- the change created the row or came from an older client): handed back with the change so that
-- devices tell a concurrent edit from a later one.
ALTER TABLE changes ADD COLUMN prev TEXT COLLATE "C";

-- Parts of a transaction too large for one request, kept until the last one arrives (then the
-- transaction is applied whole and its parts dropped; abandoned parts are dropped after a month).
CREATE TABLE txn_parts (
  account_id TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  txn_id TEXT COLLATE "C" NOT NULL,
  part INTEGER NOT NULL,
  parts INTEGER NOT NULL,
  changes TEXT COLLATE "C" NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (account_id, device_id, txn_id, part)
);
