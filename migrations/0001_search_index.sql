-- Global search: FTS5 with diacritics removed ("helene" finds "Hélène") and prefix indexes for
-- search-as-you-type. secure-delete so that erased personal data does not linger in the index.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
--> statement-breakpoint
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('secure-delete', 1);
