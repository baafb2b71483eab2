-- A whole row, logged right after the change that lets someone new see it (a private record
-- shared again, a record moved to a team or handed to another owner): `changes` then holds every
-- field's current value and `row_hlcs` each field's winning HLC (JSON object), as a snapshot gives
-- the row; its audience is the scope keys that gained sight of it. NULL for an ordinary change.
ALTER TABLE changes ADD COLUMN row_hlcs TEXT COLLATE "C";
