CREATE TABLE `team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`team_id` text NOT NULL,
	`user_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `team_members_by_user` ON `team_members` (`user_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `team_members_by_team` ON `team_members` (`team_id`,`deleted`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `territories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`regions` text
);
--> statement-breakpoint
CREATE TABLE `territory_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`territory_id` text NOT NULL,
	`user_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `territory_members_by_user` ON `territory_members` (`user_id`,`deleted`);--> statement-breakpoint
CREATE INDEX `territory_members_by_territory` ON `territory_members` (`territory_id`,`deleted`);--> statement-breakpoint
ALTER TABLE `companies` ADD `scope` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `scope` text;