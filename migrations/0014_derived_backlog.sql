CREATE TABLE `derived_backlog` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`from_id` text NOT NULL,
	`to_id` text NOT NULL
);
