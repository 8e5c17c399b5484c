CREATE TABLE `areas` (
	`code` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`name` text NOT NULL,
	`parent_code` text,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `areas_level_idx` ON `areas` (`level`,`sort_order`);--> statement-breakpoint
CREATE TABLE `monitor_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`file_name` text NOT NULL,
	`user_id` integer NOT NULL,
	`rows` text NOT NULL,
	`previous` text,
	`new_count` integer DEFAULT 0 NOT NULL,
	`changed_count` integer DEFAULT 0 NOT NULL,
	`unchanged_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`confirmed_at` integer,
	`undone_at` integer,
	`undone_by_user_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `monitor_imports_status_idx` ON `monitor_imports` (`status`,`confirmed_at`);--> statement-breakpoint
CREATE TABLE `monitor_indicators` (
	`code` text PRIMARY KEY NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`definition_nl` text NOT NULL,
	`definition_en` text NOT NULL,
	`pillar` text NOT NULL,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`source` text NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`min_count` integer DEFAULT 10 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `monitor_observations` (
	`indicator_code` text NOT NULL,
	`area_code` text NOT NULL,
	`wave_code` text NOT NULL,
	`value` real NOT NULL,
	`count` integer,
	`note` text,
	`import_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`indicator_code`, `wave_code`, `area_code`),
	FOREIGN KEY (`indicator_code`) REFERENCES `monitor_indicators`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_code`) REFERENCES `areas`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wave_code`) REFERENCES `monitor_waves`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `monitor_observations_area_idx` ON `monitor_observations` (`area_code`,`indicator_code`,`wave_code`);--> statement-breakpoint
CREATE TABLE `monitor_waves` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`source` text NOT NULL,
	`notes_nl` text,
	`notes_en` text
);
--> statement-breakpoint
CREATE TABLE `resilience_classes` (
	`area_code` text NOT NULL,
	`wave_code` text NOT NULL,
	`problems_level` integer NOT NULL,
	`vulnerable_level` integer NOT NULL,
	`import_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`wave_code`, `area_code`),
	FOREIGN KEY (`area_code`) REFERENCES `areas`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wave_code`) REFERENCES `monitor_waves`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "resilience_classes_problems_level" CHECK("resilience_classes"."problems_level" BETWEEN 1 AND 3),
	CONSTRAINT "resilience_classes_vulnerable_level" CHECK("resilience_classes"."vulnerable_level" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE INDEX `resilience_classes_area_idx` ON `resilience_classes` (`area_code`,`wave_code`);
--> statement-breakpoint
-- The CBS areas of Maastricht (Wijk- en Buurtkaart 2024): the city, its 7 wijken and 44 buurten.
INSERT INTO `areas` (`code`, `level`, `name`, `parent_code`, `sort_order`) VALUES
  ('GM0935', 'gemeente', 'Maastricht', NULL, 0),
  ('WK093500', 'wijk', 'Centrum', 'GM0935', 1),
  ('WK093501', 'wijk', 'Buitenwijk Zuidwest', 'GM0935', 2),
  ('WK093502', 'wijk', 'Buitenwijk West', 'GM0935', 3),
  ('WK093503', 'wijk', 'Buitenwijk Noordwest', 'GM0935', 4),
  ('WK093504', 'wijk', 'Buitenwijk Oost', 'GM0935', 5),
  ('WK093505', 'wijk', 'Buitenwijk Noordoost', 'GM0935', 6),
  ('WK093506', 'wijk', 'Buitenwijk Zuidoost', 'GM0935', 7),
  ('BU09350000', 'buurt', 'Binnenstad', 'WK093500', 1),
  ('BU09350001', 'buurt', 'Jekerkwartier', 'WK093500', 2),
  ('BU09350002', 'buurt', 'Kommelkwartier', 'WK093500', 3),
  ('BU09350003', 'buurt', 'Statenkwartier', 'WK093500', 4),
  ('BU09350004', 'buurt', 'Boschstraatkwartier', 'WK093500', 5),
  ('BU09350005', 'buurt', 'Sint Maartenspoort', 'WK093500', 6),
  ('BU09350006', 'buurt', 'Wyck', 'WK093500', 7),
  ('BU09350100', 'buurt', 'Villapark', 'WK093501', 8),
  ('BU09350101', 'buurt', 'Jekerdal', 'WK093501', 9),
  ('BU09350102', 'buurt', 'Biesland', 'WK093501', 10),
  ('BU09350103', 'buurt', 'Campagne', 'WK093501', 11),
  ('BU09350104', 'buurt', 'Wolder', 'WK093501', 12),
  ('BU09350105', 'buurt', 'Sint Pieter', 'WK093501', 13),
  ('BU09350200', 'buurt', 'Brusselsepoort', 'WK093502', 14),
  ('BU09350201', 'buurt', 'Mariaberg', 'WK093502', 15),
  ('BU09350202', 'buurt', 'Belfort', 'WK093502', 16),
  ('BU09350203', 'buurt', 'Pottenberg', 'WK093502', 17),
  ('BU09350204', 'buurt', 'Malpertuis', 'WK093502', 18),
  ('BU09350205', 'buurt', 'Caberg', 'WK093502', 19),
  ('BU09350206', 'buurt', 'Oud-Caberg', 'WK093502', 20),
  ('BU09350207', 'buurt', 'Malberg', 'WK093502', 21),
  ('BU09350208', 'buurt', 'Dousberg-Hazendans', 'WK093502', 22),
  ('BU09350209', 'buurt', 'Daalhof', 'WK093502', 23),
  ('BU09350300', 'buurt', 'Boschpoort', 'WK093503', 24),
  ('BU09350301', 'buurt', 'Bosscherveld', 'WK093503', 25),
  ('BU09350302', 'buurt', 'Frontenkwartier', 'WK093503', 26),
  ('BU09350303', 'buurt', 'Belvédère', 'WK093503', 27),
  ('BU09350304', 'buurt', 'Lanakerveld', 'WK093503', 28),
  ('BU09350400', 'buurt', 'Wyckerpoort', 'WK093504', 29),
  ('BU09350401', 'buurt', 'Heugemerveld', 'WK093504', 30),
  ('BU09350402', 'buurt', 'Wittevrouwenveld', 'WK093504', 31),
  ('BU09350403', 'buurt', 'Nazareth', 'WK093504', 32),
  ('BU09350404', 'buurt', 'Limmel', 'WK093504', 33),
  ('BU09350405', 'buurt', 'Scharn', 'WK093504', 34),
  ('BU09350406', 'buurt', 'Amby', 'WK093504', 35),
  ('BU09350500', 'buurt', 'Beatrixhaven', 'WK093505', 36),
  ('BU09350501', 'buurt', 'Borgharen', 'WK093505', 37),
  ('BU09350502', 'buurt', 'Itteren', 'WK093505', 38),
  ('BU09350503', 'buurt', 'Meerssenhoven', 'WK093505', 39),
  ('BU09350600', 'buurt', 'Randwyck', 'WK093506', 40),
  ('BU09350601', 'buurt', 'Heugem', 'WK093506', 41),
  ('BU09350602', 'buurt', 'Heer', 'WK093506', 42),
  ('BU09350603', 'buurt', 'De Heeg', 'WK093506', 43),
  ('BU09350604', 'buurt', 'Vroendaal', 'WK093506', 44);
--> statement-breakpoint
-- The research waves of the programme (PRODUCT.md): Circusvis 2021 and 2023, and the maps of 2025.
INSERT INTO `monitor_waves` (`code`, `name`, `year`, `source`, `notes_nl`, `notes_en`) VALUES
  ('circusvis-2021', 'Circusvis 2021', 2021, 'Circusvis', NULL, NULL),
  ('circusvis-2023', 'Circusvis 2023', 2023, 'Circusvis', NULL, NULL),
  ('kaarten-2025', 'Kaarten 2025', 2025, 'Circusvis / In.Fact Research, Veerkracht gebieden in kaart', NULL, NULL);
--> statement-breakpoint
-- The programme neighbourhoods are CBS buurten: their cbs_code links them to `areas` (slugs and pages unchanged).
UPDATE `neighbourhoods` SET `cbs_code` = 'BU09350203' WHERE `slug` = 'pottenberg' AND `cbs_code` IS NULL;
--> statement-breakpoint
UPDATE `neighbourhoods` SET `cbs_code` = 'BU09350403' WHERE `slug` = 'nazareth' AND `cbs_code` IS NULL;
