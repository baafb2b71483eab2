CREATE TABLE `segments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`owner_id` text NOT NULL,
	`entity` text NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`scope` text
);
--> statement-breakpoint
CREATE INDEX `segments_by_entity` ON `segments` (`entity`,`deleted`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`period` text NOT NULL,
	`metric` text NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	`currency` text
);
--> statement-breakpoint
CREATE INDEX `targets_by_period` ON `targets` (`period`,`deleted`);--> statement-breakpoint
CREATE INDEX `targets_by_subject` ON `targets` (`subject_kind`,`subject_id`,`deleted`);