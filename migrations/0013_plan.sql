CREATE TABLE `activity_goals` (
	`activity_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `goal_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_goals_goal_idx` ON `activity_goals` (`goal_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`status` text DEFAULT 'not-started' NOT NULL,
	`progress` integer,
	`progress_note` text,
	`progress_updated_at` integer,
	`progress_updated_by_user_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`progress_updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "goals_progress_range" CHECK("goals"."progress" IS NULL OR "goals"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE INDEX `goals_plan_idx` ON `goals` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_goal_neighbourhoods` (
	`plan_version_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`neighbourhood_id` integer NOT NULL,
	PRIMARY KEY(`plan_version_id`, `goal_id`, `neighbourhood_id`),
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`,`goal_id`) REFERENCES `plan_goals`(`plan_version_id`,`goal_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goal_neighbourhoods_nb_idx` ON `plan_goal_neighbourhoods` (`neighbourhood_id`);--> statement-breakpoint
CREATE TABLE `plan_goal_partners` (
	`plan_version_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`plan_version_id`, `goal_id`, `organisation_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_version_id`,`goal_id`) REFERENCES `plan_goals`(`plan_version_id`,`goal_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goal_partners_org_idx` ON `plan_goal_partners` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `plan_goal_pillars` (
	`plan_version_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`pillar_id` text NOT NULL,
	PRIMARY KEY(`plan_version_id`, `goal_id`, `pillar_id`),
	FOREIGN KEY (`pillar_id`) REFERENCES `pillars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`,`goal_id`) REFERENCES `plan_goals`(`plan_version_id`,`goal_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plan_goal_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_version_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`year` integer,
	`wave_code` text,
	`value` real NOT NULL,
	FOREIGN KEY (`wave_code`) REFERENCES `monitor_waves`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`,`goal_id`) REFERENCES `plan_goals`(`plan_version_id`,`goal_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "plan_goal_targets_one_period" CHECK(("plan_goal_targets"."year" IS NULL) <> ("plan_goal_targets"."wave_code" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `plan_goal_targets_goal_idx` ON `plan_goal_targets` (`plan_version_id`,`goal_id`);--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`plan_version_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	`parent_goal_id` integer,
	`depth` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`weight` integer,
	`indicator_code` text,
	`baseline_wave_code` text,
	`baseline_value` real,
	`agenda_goal_id` integer,
	PRIMARY KEY(`plan_version_id`, `goal_id`),
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_code`) REFERENCES `monitor_indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`baseline_wave_code`) REFERENCES `monitor_waves`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_goals_depth" CHECK("plan_goals"."depth" BETWEEN 1 AND 3),
	CONSTRAINT "plan_goals_weight" CHECK("plan_goals"."weight" IS NULL OR "plan_goals"."weight" >= 0)
);
--> statement-breakpoint
CREATE INDEX `plan_goals_parent_idx` ON `plan_goals` (`plan_version_id`,`parent_goal_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `plan_goals_agenda_idx` ON `plan_goals` (`agenda_goal_id`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`adopted_on` text,
	`adopted_by` text,
	`adopted_by_user_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`adopted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_versions_period" CHECK("plan_versions"."period_end" >= "plan_versions"."period_start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_number_unique` ON `plan_versions` (`plan_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_one_concept` ON `plan_versions` (`plan_id`) WHERE status = 'concept';--> statement-breakpoint
CREATE INDEX `plan_versions_status_idx` ON `plan_versions` (`plan_id`,`status`,`number`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`neighbourhood_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`neighbourhood_id`) REFERENCES `neighbourhoods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_slug_unique` ON `plans` (`slug`);--> statement-breakpoint
CREATE INDEX `plans_neighbourhood_idx` ON `plans` (`neighbourhood_id`,`kind`);--> statement-breakpoint
CREATE TABLE `project_goals` (
	`project_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `goal_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_goals_goal_idx` ON `project_goals` (`goal_id`);--> statement-breakpoint
-- An adopted plan version is frozen, like the quarterly reports: the portal has no code path that changes one, and the
-- database refuses it too. The one change allowed is adopted -> superseded when a newer version is adopted.
CREATE TRIGGER `plan_versions_frozen` BEFORE UPDATE ON `plan_versions`
WHEN OLD.status = 'superseded'
  OR (OLD.status = 'adopted' AND (NEW.status <> 'superseded' OR NEW.plan_id IS NOT OLD.plan_id OR NEW.number IS NOT OLD.number
    OR NEW.title IS NOT OLD.title OR NEW.summary IS NOT OLD.summary OR NEW.period_start IS NOT OLD.period_start
    OR NEW.period_end IS NOT OLD.period_end OR NEW.adopted_on IS NOT OLD.adopted_on OR NEW.adopted_by IS NOT OLD.adopted_by))
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goals_frozen_insert` BEFORE INSERT ON `plan_goals`
WHEN (SELECT status FROM plan_versions WHERE id = NEW.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goals_frozen_update` BEFORE UPDATE ON `plan_goals`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goals_frozen_delete` BEFORE DELETE ON `plan_goals`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_pillars_frozen_insert` BEFORE INSERT ON `plan_goal_pillars`
WHEN (SELECT status FROM plan_versions WHERE id = NEW.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_pillars_frozen_update` BEFORE UPDATE ON `plan_goal_pillars`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_pillars_frozen_delete` BEFORE DELETE ON `plan_goal_pillars`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_neighbourhoods_frozen_insert` BEFORE INSERT ON `plan_goal_neighbourhoods`
WHEN (SELECT status FROM plan_versions WHERE id = NEW.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_neighbourhoods_frozen_update` BEFORE UPDATE ON `plan_goal_neighbourhoods`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_neighbourhoods_frozen_delete` BEFORE DELETE ON `plan_goal_neighbourhoods`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_partners_frozen_insert` BEFORE INSERT ON `plan_goal_partners`
WHEN (SELECT status FROM plan_versions WHERE id = NEW.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_partners_frozen_update` BEFORE UPDATE ON `plan_goal_partners`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_partners_frozen_delete` BEFORE DELETE ON `plan_goal_partners`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_targets_frozen_insert` BEFORE INSERT ON `plan_goal_targets`
WHEN (SELECT status FROM plan_versions WHERE id = NEW.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_targets_frozen_update` BEFORE UPDATE ON `plan_goal_targets`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_goal_targets_frozen_delete` BEFORE DELETE ON `plan_goal_targets`
WHEN (SELECT status FROM plan_versions WHERE id = OLD.plan_version_id) <> 'concept'
BEGIN
  SELECT RAISE(ABORT, 'adopted plan versions are frozen');
END;
