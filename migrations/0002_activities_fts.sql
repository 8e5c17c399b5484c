-- Full-text search over activities (SQLite FTS5, supported by D1). External-content table: the text lives only in
-- `activities`; the index is kept in sync by the triggers below. `remove_diacritics 2` lets "cafe" find "café".
-- Note: a drizzle-kit table rebuild of `activities` (DROP + RENAME) drops these triggers; such a migration must
-- recreate them and run the 'rebuild' command at the end of this file again.
CREATE VIRTUAL TABLE `activities_fts` USING fts5(
  `title`, `summary`, `description`, `location_name`, `street`,
  content='activities', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `activities_fts_after_insert` AFTER INSERT ON `activities` BEGIN
  INSERT INTO `activities_fts` (`rowid`, `title`, `summary`, `description`, `location_name`, `street`)
  VALUES (new.`id`, new.`title`, new.`summary`, new.`description`, new.`location_name`, new.`street`);
END;
--> statement-breakpoint
CREATE TRIGGER `activities_fts_after_delete` AFTER DELETE ON `activities` BEGIN
  INSERT INTO `activities_fts` (`activities_fts`, `rowid`, `title`, `summary`, `description`, `location_name`, `street`)
  VALUES ('delete', old.`id`, old.`title`, old.`summary`, old.`description`, old.`location_name`, old.`street`);
END;
--> statement-breakpoint
CREATE TRIGGER `activities_fts_after_update` AFTER UPDATE OF `title`, `summary`, `description`, `location_name`, `street` ON `activities` BEGIN
  INSERT INTO `activities_fts` (`activities_fts`, `rowid`, `title`, `summary`, `description`, `location_name`, `street`)
  VALUES ('delete', old.`id`, old.`title`, old.`summary`, old.`description`, old.`location_name`, old.`street`);
  INSERT INTO `activities_fts` (`rowid`, `title`, `summary`, `description`, `location_name`, `street`)
  VALUES (new.`id`, new.`title`, new.`summary`, new.`description`, new.`location_name`, new.`street`);
END;
--> statement-breakpoint
INSERT INTO `activities_fts` (`activities_fts`) VALUES ('rebuild');
