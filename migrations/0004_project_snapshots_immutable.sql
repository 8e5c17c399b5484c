-- Quarterly reports (project_snapshots) are frozen: the portal has no code path that changes one, and the database
-- refuses it too, so a report a funder downloaded today reads the same next year. Deleting stays possible only
-- through the cascade when a whole project is removed.
CREATE TRIGGER `project_snapshots_no_update` BEFORE UPDATE ON `project_snapshots` BEGIN
  SELECT RAISE(ABORT, 'project snapshots are immutable');
END;
