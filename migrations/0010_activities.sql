CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`notes` text,
	`owner_id` text NOT NULL,
	`scope` text,
	`contact_id` text,
	`company_id` text,
	`deal_id` text,
	`all_day` integer DEFAULT 0 NOT NULL,
	`starts_at` text,
	`ends_at` text,
	`start_date` text,
	`end_date` text,
	`time_zone` text,
	`recurrence` text,
	`span_start` text DEFAULT '' NOT NULL,
	`span_end` text DEFAULT '' NOT NULL,
	`long_span` integer DEFAULT 0 NOT NULL,
	`location` text,
	`attendees` text DEFAULT '[]' NOT NULL,
	`priority` text,
	`done_at` text,
	`direction` text,
	`duration_min` integer,
	`outcome` text,
	`reminders` text DEFAULT '[]' NOT NULL,
	`follow_up_of` text,
	`ical_uid` text,
	`subject_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `activities_by_span` ON `activities` (`deleted`,`long_span`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_long_by_end` ON `activities` (`long_span`,`span_end`);--> statement-breakpoint
CREATE INDEX `activities_open_tasks` ON `activities` (`owner_id`,`kind`,`done_at`,`deleted`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_by_contact` ON `activities` (`contact_id`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_by_company` ON `activities` (`company_id`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_by_deal` ON `activities` (`deal_id`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_by_owner` ON `activities` (`owner_id`,`deleted`,`span_start`);--> statement-breakpoint
CREATE INDEX `activities_by_uid` ON `activities` (`ical_uid`);--> statement-breakpoint
CREATE TABLE `busy_slots` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`owner_id` text NOT NULL,
	`all_day` integer DEFAULT 0 NOT NULL,
	`starts_at` text,
	`ends_at` text,
	`start_date` text,
	`end_date` text,
	`time_zone` text,
	`recurrence` text,
	`span_start` text DEFAULT '' NOT NULL,
	`span_end` text DEFAULT '' NOT NULL,
	`long_span` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `busy_slots_by_span` ON `busy_slots` (`deleted`,`long_span`,`span_start`);--> statement-breakpoint
CREATE INDEX `busy_slots_long_by_end` ON `busy_slots` (`long_span`,`span_end`);--> statement-breakpoint
CREATE TABLE `reminder_acks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`user_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`occurrence_key` text DEFAULT '' NOT NULL,
	`remind_at` text NOT NULL,
	`state` text NOT NULL,
	`snoozed_until` text
);
--> statement-breakpoint
CREATE INDEX `reminder_acks_by_activity` ON `reminder_acks` (`activity_id`,`user_id`);