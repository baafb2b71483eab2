CREATE TABLE `change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hlc` text NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`changes` text NOT NULL,
	`txn` integer NOT NULL,
	`pushed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_by_row` ON `change_log` (`row_id`,`hlc`);--> statement-breakpoint
CREATE INDEX `change_log_outbox` ON `change_log` (`seq`) WHERE pushed = 0;--> statement-breakpoint
CREATE TABLE `change_txns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`txn_id` text NOT NULL,
	`device_id` text NOT NULL,
	`user_id` text
);
--> statement-breakpoint
CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`legal_id` text,
	`industry` text,
	`size` text,
	`website` text,
	`addresses` text DEFAULT '[]' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`emails` text DEFAULT '[]' NOT NULL,
	`parent_company_id` text,
	`owner_id` text NOT NULL,
	`notes` text,
	`sort_key` text DEFAULT '' NOT NULL,
	`city_key` text DEFAULT '' NOT NULL,
	`city` text,
	`industry_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `companies_by_name` ON `companies` (`deleted`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `companies_by_city` ON `companies` (`deleted`,`city_key`,`id`);--> statement-breakpoint
CREATE INDEX `companies_by_industry` ON `companies` (`deleted`,`industry_key`,`id`);--> statement-breakpoint
CREATE INDEX `companies_by_owner` ON `companies` (`owner_id`,`deleted`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `companies_by_parent` ON `companies` (`parent_company_id`);--> statement-breakpoint
CREATE INDEX `companies_by_created` ON `companies` (`deleted`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `companies_by_updated` ON `companies` (`deleted`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `contact_companies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`contact_id` text NOT NULL,
	`company_id` text NOT NULL,
	`role` text,
	`start_date` text,
	`end_date` text,
	`is_primary` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contact_companies_by_contact` ON `contact_companies` (`contact_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `contact_companies_by_company` ON `contact_companies` (`company_id`,`deleted`,`contact_id`);--> statement-breakpoint
CREATE TABLE `contact_relations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`from_contact_id` text NOT NULL,
	`to_contact_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `contact_relations_by_from` ON `contact_relations` (`from_contact_id`);--> statement-breakpoint
CREATE INDEX `contact_relations_by_to` ON `contact_relations` (`to_contact_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`civility` text,
	`first_name` text,
	`last_name` text,
	`job_title` text,
	`emails` text DEFAULT '[]' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`address` text,
	`city` text,
	`postcode` text,
	`country` text,
	`language` text,
	`birthday` text,
	`source` text,
	`notes` text,
	`owner_id` text NOT NULL,
	`consent_email` text DEFAULT 'unknown' NOT NULL,
	`consent_phone` text DEFAULT 'unknown' NOT NULL,
	`consent_mail` text DEFAULT 'unknown' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL,
	`first_key` text DEFAULT '' NOT NULL,
	`city_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contacts_by_name` ON `contacts` (`deleted`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_by_first_name` ON `contacts` (`deleted`,`first_key`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_by_city` ON `contacts` (`deleted`,`city_key`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_by_owner` ON `contacts` (`owner_id`,`deleted`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_by_created` ON `contacts` (`deleted`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_by_updated` ON `contacts` (`deleted`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `record_tags` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`tag_id` text NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `record_tags_by_tag` ON `record_tags` (`tag_id`,`entity`,`deleted`,`record_id`);--> statement-breakpoint
CREATE INDEX `record_tags_by_record` ON `record_tags` (`entity`,`record_id`,`deleted`);--> statement-breakpoint
CREATE TABLE `row_versions` (
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`base_hlc` text NOT NULL,
	`field_hlcs` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`tbl`, `row_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`owner_id` text NOT NULL,
	`entity` text NOT NULL,
	`name` text NOT NULL,
	`state` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `saved_views_by_owner` ON `saved_views` (`owner_id`,`entity`,`deleted`);--> statement-breakpoint
CREATE TABLE `search_docs` (
	`doc_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`record_rowid` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_by_record` ON `search_docs` (`entity`,`record_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`color` text DEFAULT 'grey' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`display_name` text NOT NULL,
	`email` text
);
