CREATE TABLE `price_list_companies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`price_list_id` text NOT NULL,
	`company_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `price_list_companies_by_company` ON `price_list_companies` (`company_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `price_list_companies_by_list` ON `price_list_companies` (`price_list_id`,`deleted`);--> statement-breakpoint
CREATE TABLE `price_list_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`price_list_id` text NOT NULL,
	`product_id` text NOT NULL,
	`min_quantity_milli` integer DEFAULT 0 NOT NULL,
	`unit_price_minor` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `price_list_items_by_list` ON `price_list_items` (`price_list_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `price_list_items_by_product` ON `price_list_items` (`product_id`,`deleted`,`price_list_id`);--> statement-breakpoint
CREATE TABLE `price_lists` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`valid_from` text,
	`valid_until` text,
	`general` integer DEFAULT 0 NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `price_lists_by_currency` ON `price_lists` (`currency`,`deleted`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`reference` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`unit` text,
	`kind` text DEFAULT 'product' NOT NULL,
	`vat_rate_bp` integer DEFAULT 2000 NOT NULL,
	`default_price_minor` integer,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`reference_key` text DEFAULT '' NOT NULL,
	`name_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `products_by_name` ON `products` (`deleted`,`name_key`,`id`);--> statement-breakpoint
CREATE INDEX `products_by_reference` ON `products` (`deleted`,`reference_key`,`id`);--> statement-breakpoint
CREATE TABLE `quote_series` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`code` text NOT NULL,
	`device_id` text NOT NULL,
	`last_number` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`deal_id` text NOT NULL,
	`company_id` text,
	`contact_id` text,
	`owner_id` text NOT NULL,
	`scope` text,
	`number` text NOT NULL,
	`series` text NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`superseded_by` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`issue_date` text NOT NULL,
	`valid_until` text,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`lines` text DEFAULT '[]' NOT NULL,
	`global_discount_bp` integer DEFAULT 0 NOT NULL,
	`terms` text,
	`notes` text,
	`sent_at` text,
	`decided_at` text
);
--> statement-breakpoint
CREATE INDEX `quotes_by_deal` ON `quotes` (`deal_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `quotes_by_number` ON `quotes` (`number`,`version`);--> statement-breakpoint
CREATE INDEX `quotes_by_series` ON `quotes` (`series`,`sequence`);