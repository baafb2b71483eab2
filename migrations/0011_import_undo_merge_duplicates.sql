CREATE TABLE `duplicate_keys` (
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`entity`, `kind`, `key`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `duplicate_keys_by_record` ON `duplicate_keys` (`entity`,`record_id`);--> statement-breakpoint
CREATE TABLE `import_batch_records` (
	`batch_id` text NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	PRIMARY KEY(`batch_id`, `entity`, `record_id`)
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `merge_log` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`survivor_before` text NOT NULL,
	`moved` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE INDEX `merge_log_by_record` ON `merge_log` (`entity`,`survivor_id`);--> statement-breakpoint
ALTER TABLE `companies` ADD `merged_into` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `merged_into` text;