-- For each changed field, the HLC of the value the writer had seen (JSON object, or NULL when
-- the change created the row or came from an older client): handed back with the change so that
-- devices tell a concurrent edit from a later one.
ALTER TABLE changes ADD COLUMN prev TEXT;

-- Parts of a transaction too large for one request, kept until the last one arrives (then the
-- transaction is applied whole and its parts dropped; abandoned parts are dropped after a month).
CREATE TABLE txn_parts (
  account_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  txn_id TEXT NOT NULL,
  part INTEGER NOT NULL,
  parts INTEGER NOT NULL,
  changes TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, device_id, txn_id, part)
) WITHOUT ROWID;
