-- The publication moment of every activity that was ever approved, for the Atom feed of newly published activities
-- (newest first). The review's approve command sets it from now on; here: the last approval in the audit log, else
-- (a published row from before the audit log) its last change.
UPDATE `activities` SET `published_at` = coalesce(
	(SELECT max(`at`) FROM `audit_log` WHERE `object_type` = 'activity' AND `object_id` = CAST(`activities`.`id` AS TEXT) AND `action` = 'activity.approve'),
	`updated_at`
) WHERE `published_at` IS NULL AND (`status` = 'published' OR EXISTS (
	SELECT 1 FROM `audit_log` WHERE `object_type` = 'activity' AND `object_id` = CAST(`activities`.`id` AS TEXT) AND `action` = 'activity.approve'
));--> statement-breakpoint
CREATE INDEX `activities_published_idx` ON `activities` (`status`,`published_at`,`id`,`organisation_id`,`stale_hidden_at`,`last_date`,`next_date`,`pillar_keys`,`neighbourhood_keys`,`target_group_keys`);
