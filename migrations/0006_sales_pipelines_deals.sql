CREATE TABLE `deal_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`deal_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`role` text
);
--> statement-breakpoint
CREATE INDEX `deal_contacts_by_deal` ON `deal_contacts` (`deal_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `deal_contacts_by_contact` ON `deal_contacts` (`contact_id`,`deleted`);--> statement-breakpoint
CREATE TABLE `deal_stage_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`deal_id` text NOT NULL,
	`stage_id` text NOT NULL,
	`entered_at` text NOT NULL,
	`user_id` text
);
--> statement-breakpoint
CREATE INDEX `deal_stage_entries_by_deal` ON `deal_stage_entries` (`deal_id`,`entered_at`);--> statement-breakpoint
CREATE INDEX `deal_stage_entries_by_stage` ON `deal_stage_entries` (`stage_id`,`entered_at`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`pipeline_id` text NOT NULL,
	`stage_id` text NOT NULL,
	`company_id` text,
	`owner_id` text NOT NULL,
	`amount_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`probability` integer,
	`expected_close` text,
	`source` text,
	`next_step` text,
	`lost_reason_id` text,
	`notes` text,
	`stage_entered_at` text,
	`closed_at` text,
	`scope` text,
	`title_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deals_by_stage` ON `deals` (`deleted`,`pipeline_id`,`stage_id`);--> statement-breakpoint
CREATE INDEX `deals_by_owner` ON `deals` (`owner_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `deals_by_company` ON `deals` (`company_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `deals_by_close` ON `deals` (`deleted`,`expected_close`);--> statement-breakpoint
CREATE INDEX `deals_by_title` ON `deals` (`deleted`,`title_key`,`id`);--> statement-breakpoint
CREATE INDEX `deals_by_updated` ON `deals` (`deleted`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `exchange_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`valid_from` text NOT NULL,
	`rate` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exchange_rates_by_currency` ON `exchange_rates` (`currency`,`deleted`,`valid_from`);--> statement-breakpoint
CREATE TABLE `lost_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`label` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `office_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pipeline_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`pipeline_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`probability` integer DEFAULT 0 NOT NULL,
	`kind` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pipeline_stages_by_pipeline` ON `pipeline_stages` (`pipeline_id`,`deleted`,`position`);--> statement-breakpoint
CREATE TABLE `pipelines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL
);
