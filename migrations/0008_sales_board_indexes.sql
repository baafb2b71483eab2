DROP INDEX `deals_by_stage`;--> statement-breakpoint
CREATE INDEX `deals_stage_totals` ON `deals` (`deleted`,`pipeline_id`,`stage_id`,`currency`,`amount_minor`,`probability`,`expected_close`,`owner_id`);--> statement-breakpoint
CREATE INDEX `deals_stage_cards` ON `deals` (`deleted`,`pipeline_id`,`stage_id`,`expected_close`,`title_key`,`id`);--> statement-breakpoint
DROP INDEX `price_list_companies_by_company`;--> statement-breakpoint
CREATE INDEX `price_list_companies_by_company` ON `price_list_companies` (`company_id`,`price_list_id`,`deleted`);