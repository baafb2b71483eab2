CREATE TABLE `activity_attendees` (
	`contact_id` text NOT NULL,
	`activity_id` text NOT NULL,
	PRIMARY KEY(`contact_id`, `activity_id`)
);
--> statement-breakpoint
CREATE INDEX `activity_attendees_by_activity` ON `activity_attendees` (`activity_id`);--> statement-breakpoint
CREATE TABLE `ical_imported` (
	`activity_id` text PRIMARY KEY NOT NULL,
	`fields` text NOT NULL
);
