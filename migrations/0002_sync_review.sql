CREATE TABLE `sync_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text,
	`local_value` text,
	`local_hlc` text,
	`remote_value` text,
	`remote_hlc` text,
	`remote_user_id` text,
	`remote_device_id` text,
	`reason` text,
	`created_at` text NOT NULL,
	`resolved_at` text
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open` ON `sync_conflicts` (`resolved_at`,`id`);