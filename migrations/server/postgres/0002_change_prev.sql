-- For each changed field, the HLC of the value the writer had seen (JSON object, or NULL when
-- the change created the row or came from an older client): handed back with the change so that
-- devices tell a concurrent edit from a later one.
ALTER TABLE changes ADD COLUMN prev TEXT COLLATE "C";
