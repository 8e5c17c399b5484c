DROP INDEX `activities_org_idx`;--> statement-breakpoint
CREATE INDEX `activities_org_idx` ON `activities` (`organisation_id`,`status`,`last_date`,`stale_hidden_at`);