-- The deals table's default order (expected close, undated deals last) read from an index
-- instead of sorting every deal. (Written by hand: drizzle-kit splits the expression.)
CREATE INDEX `deals_by_close_order` ON `deals` (`deleted`, coalesce(`expected_close`, '9999-12-31'), `id`);
