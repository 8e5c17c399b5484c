ALTER TABLE `activities` ADD `next_date` text;--> statement-breakpoint
CREATE INDEX `activities_upcoming_idx` ON `activities` (`status`,`next_date`,`start_time`,`id`);