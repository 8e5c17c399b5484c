// Kept for the accounts files only (changed on another branch today); the code lives in src/mail/compose.ts.
export { composeMail, queueMailTo, queueMailToUsersStatement, type LocalisedMail, type MailContent } from '../../mail/compose';
