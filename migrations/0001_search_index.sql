-- Global search: FTS5 with diacritics removed ("helene" finds "Hélène") and prefix indexes for
-- search-as-you-type. (FTS5's 'secure-delete' option costs milliseconds per edit; the GDPR
-- erasure operation turns it on for its own transaction, so erased names do not linger.)
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
--> statement-breakpoint
-- Merge segments in larger, rarer steps while editing (fewer latency spikes); the idle-time
-- maintenance job merges the rest (jobs/db-maintenance.ts).
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('automerge', 16);
