-- The filter keys of every activity (see src/features/activities/filter-keys.ts): copies of its pillars, neighbourhoods
-- and target groups as `|a|b|` text, kept by triggers on the link tables and filled here once, before the index that
-- holds them is built. Generated from filterKeysMigrationStatements(), checked by a test: do not edit by hand.
-- Note: a drizzle-kit table rebuild of `activities` or of a link table drops these triggers; such a migration must
-- recreate them.
DROP INDEX `activities_upcoming_idx`;--> statement-breakpoint
ALTER TABLE `activities` ADD `pillar_keys` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `neighbourhood_keys` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `target_group_keys` text;--> statement-breakpoint
CREATE TRIGGER `activity_pillars_keys_after_insert` AFTER INSERT ON `activity_pillars` BEGIN
  UPDATE `activities` SET `pillar_keys` = (SELECT '|' || group_concat(`pillar_id`, '|') || '|' FROM `activity_pillars` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_pillars_keys_after_delete` AFTER DELETE ON `activity_pillars` BEGIN
  UPDATE `activities` SET `pillar_keys` = (SELECT '|' || group_concat(`pillar_id`, '|') || '|' FROM `activity_pillars` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_pillars_keys_after_update` AFTER UPDATE ON `activity_pillars` BEGIN
  UPDATE `activities` SET `pillar_keys` = (SELECT '|' || group_concat(`pillar_id`, '|') || '|' FROM `activity_pillars` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
  UPDATE `activities` SET `pillar_keys` = (SELECT '|' || group_concat(`pillar_id`, '|') || '|' FROM `activity_pillars` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_neighbourhoods_keys_after_insert` AFTER INSERT ON `activity_neighbourhoods` BEGIN
  UPDATE `activities` SET `neighbourhood_keys` = (SELECT '|' || group_concat(`neighbourhood_id`, '|') || '|' FROM `activity_neighbourhoods` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_neighbourhoods_keys_after_delete` AFTER DELETE ON `activity_neighbourhoods` BEGIN
  UPDATE `activities` SET `neighbourhood_keys` = (SELECT '|' || group_concat(`neighbourhood_id`, '|') || '|' FROM `activity_neighbourhoods` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_neighbourhoods_keys_after_update` AFTER UPDATE ON `activity_neighbourhoods` BEGIN
  UPDATE `activities` SET `neighbourhood_keys` = (SELECT '|' || group_concat(`neighbourhood_id`, '|') || '|' FROM `activity_neighbourhoods` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
  UPDATE `activities` SET `neighbourhood_keys` = (SELECT '|' || group_concat(`neighbourhood_id`, '|') || '|' FROM `activity_neighbourhoods` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_target_groups_keys_after_insert` AFTER INSERT ON `activity_target_groups` BEGIN
  UPDATE `activities` SET `target_group_keys` = (SELECT '|' || group_concat(`target_group`, '|') || '|' FROM `activity_target_groups` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_target_groups_keys_after_delete` AFTER DELETE ON `activity_target_groups` BEGIN
  UPDATE `activities` SET `target_group_keys` = (SELECT '|' || group_concat(`target_group`, '|') || '|' FROM `activity_target_groups` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
END;--> statement-breakpoint
CREATE TRIGGER `activity_target_groups_keys_after_update` AFTER UPDATE ON `activity_target_groups` BEGIN
  UPDATE `activities` SET `target_group_keys` = (SELECT '|' || group_concat(`target_group`, '|') || '|' FROM `activity_target_groups` WHERE `activity_id` = old.`activity_id`) WHERE `id` = old.`activity_id`;
  UPDATE `activities` SET `target_group_keys` = (SELECT '|' || group_concat(`target_group`, '|') || '|' FROM `activity_target_groups` WHERE `activity_id` = new.`activity_id`) WHERE `id` = new.`activity_id`;
END;--> statement-breakpoint
UPDATE `activities` SET `pillar_keys` = (SELECT '|' || group_concat(`pillar_id`, '|') || '|' FROM `activity_pillars` WHERE `activity_id` = `activities`.`id`), `neighbourhood_keys` = (SELECT '|' || group_concat(`neighbourhood_id`, '|') || '|' FROM `activity_neighbourhoods` WHERE `activity_id` = `activities`.`id`), `target_group_keys` = (SELECT '|' || group_concat(`target_group`, '|') || '|' FROM `activity_target_groups` WHERE `activity_id` = `activities`.`id`);--> statement-breakpoint
CREATE INDEX `activities_upcoming_idx` ON `activities` (`status`,`next_date`,`start_time`,`id`,`organisation_id`,`stale_hidden_at`,`last_date`,`pillar_keys`,`neighbourhood_keys`,`target_group_keys`);
