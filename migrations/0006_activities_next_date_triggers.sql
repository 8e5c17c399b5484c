-- The stored next date of every activity (see src/features/activities/next-date.ts, which holds the same expression):
-- recomputed from today's date (UTC, never later than Maastricht's) whenever a schedule or a cancelled date changes,
-- so every writer (commands, seed, imports, tests) keeps it right without knowing it exists. The daily job moves
-- dates that have passed forward. Generated from nextDateText('activities', "date('now')"), checked by a test: do not edit by hand.
-- Note: a drizzle-kit table rebuild of `activities` drops these triggers; such a migration must recreate them.
CREATE TRIGGER `activities_next_date_after_insert` AFTER INSERT ON `activities` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activities_next_date_after_schedule_update` AFTER UPDATE OF `schedule_kind`, `first_date`, `last_date`, `weekdays` ON `activities` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_insert` AFTER INSERT ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_delete` AFTER DELETE ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = old.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `activity_exceptions_next_date_after_update` AFTER UPDATE ON `activity_exceptions` BEGIN
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = old.`activity_id`;
  UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p) WHERE `id` = new.`activity_id`;
END;
--> statement-breakpoint
UPDATE `activities` SET `next_date` = (SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                ELSE date(q.r, '+' || (CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each('[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91]') o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE WHEN (q.mask >> ((q.wd + 0) % 7)) & 1 THEN 0 WHEN (q.mask >> ((q.wd + 1) % 7)) & 1 THEN 1 WHEN (q.mask >> ((q.wd + 2) % 7)) & 1 THEN 2 WHEN (q.mask >> ((q.wd + 3) % 7)) & 1 THEN 3 WHEN (q.mask >> ((q.wd + 4) % 7)) & 1 THEN 4 WHEN (q.mask >> ((q.wd + 5) % 7)) & 1 THEN 5 WHEN (q.mask >> ((q.wd + 6) % 7)) & 1 THEN 6 END
    END) || ' days') END AS n, q.last AS last
      FROM (SELECT activities.schedule_kind AS kind, activities.first_date AS first, activities.last_date AS last,
                   activities.weekdays AS mask, activities.id AS aid, date('now') AS f, max(activities.first_date, date('now')) AS r,
                   (cast(strftime('%w', max(activities.first_date, date('now'))) AS integer) + 6) % 7 AS wd) q
  ) p);
