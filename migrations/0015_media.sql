ALTER TABLE `activities` ADD `photo_key` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `photo_alt` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `logo_key` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `logo_alt` text;