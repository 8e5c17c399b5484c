ALTER TABLE `saved_drafts` ADD `session_hash` text;--> statement-breakpoint
ALTER TABLE `saved_drafts` ADD `ip` text;--> statement-breakpoint
CREATE INDEX `saved_drafts_session_idx` ON `saved_drafts` (`session_hash`);--> statement-breakpoint
CREATE INDEX `saved_drafts_ip_idx` ON `saved_drafts` (`ip`,`expires_at`);