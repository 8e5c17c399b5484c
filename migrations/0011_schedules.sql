CREATE TABLE `activity_occurrences` (
	`activity_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`pillar_keys` text,
	`neighbourhood_keys` text,
	`target_group_keys` text,
	PRIMARY KEY(`activity_id`, `date`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_occurrences_day_idx` ON `activity_occurrences` (`date`,`start_time`,`activity_id`,`end_time`,`pillar_keys`,`neighbourhood_keys`,`target_group_keys`);--> statement-breakpoint
CREATE TABLE `holiday_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `holiday_periods_dates_idx` ON `holiday_periods` (`from_date`,`to_date`);--> statement-breakpoint
ALTER TABLE `activities` ADD `schedule_interval` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` ADD `month_ordinals` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` ADD `month_day` integer;--> statement-breakpoint
ALTER TABLE `activities` ADD `series_dates` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `pause_in_holidays` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Schedules (src/features/activities/recurrence.ts). The next-date triggers of 0006 are recreated with the expression
-- that knows the new kinds (generated from nextDateTriggerStatements() in next-date.ts, checked by a test: do not edit
-- by hand); the occurrence rows copy the activity's filter keys and a trigger keeps them; existing activities (once
-- and weekly, the only kinds so far) get their occurrences over the horizon here, the daily job keeps them after.
DROP TRIGGER IF EXISTS `activities_next_date_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `activities_next_date_after_schedule_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `activity_exceptions_next_date_after_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `activity_exceptions_next_date_after_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `activity_exceptions_next_date_after_update`;
--> statement-breakpoint
CREATE TRIGGER `activities_next_date_after_insert` AFTER INSERT ON `activities` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activities_next_date_after_schedule_update` AFTER UPDATE OF `schedule_kind`, `first_date`, `last_date`, `weekdays`, `schedule_interval`, `pause_in_holidays` ON `activities` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_insert` AFTER INSERT ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_delete` AFTER DELETE ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = old.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_update` AFTER UPDATE ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = old.`activity_id`;
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   activities.schedule_interval AS every, activities.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activities_occurrence_keys_after_update` AFTER UPDATE OF `pillar_keys`, `neighbourhood_keys`, `target_group_keys` ON `activities` BEGIN
  UPDATE `activity_occurrences` SET `pillar_keys` = new.`pillar_keys`, `neighbourhood_keys` = new.`neighbourhood_keys`, `target_group_keys` = new.`target_group_keys` WHERE `activity_id` = new.`id`;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `activity_occurrences` (`activity_id`, `date`, `start_time`, `end_time`, `pillar_keys`, `neighbourhood_keys`, `target_group_keys`)
  WITH RECURSIVE `n`(`i`) AS (SELECT 0 UNION ALL SELECT `i` + 1 FROM `n` WHERE `i` < 400)
  SELECT a.`id`, d.`date`, a.`start_time`, a.`end_time`, a.`pillar_keys`, a.`neighbourhood_keys`, a.`target_group_keys`
    FROM `activities` a JOIN (SELECT date('now', '+' || `i` || ' days') AS `date` FROM `n`) d
      ON d.`date` BETWEEN a.`first_date` AND a.`last_date` AND d.`date` <= date('now', '+13 months')
   WHERE a.`last_date` >= date('now') AND a.`status` NOT IN ('archived', 'rejected')
     AND ((a.`schedule_kind` = 'once' AND d.`date` = a.`first_date`)
       OR (a.`schedule_kind` = 'weekly' AND (a.`weekdays` >> ((cast(strftime('%w', d.`date`) AS integer) + 6) % 7)) & 1
           AND NOT EXISTS (SELECT 1 FROM `activity_exceptions` e WHERE e.`activity_id` = a.`id` AND e.`date` = d.`date`)));
