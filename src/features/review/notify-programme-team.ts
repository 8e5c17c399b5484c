// Kept only for src/features/activity-editing/commands.ts, which another branch is rewriting today; the code lives in
// src/mail/programme-team.ts. Remove this file when activity-editing imports from there.
export { notifyProgrammeTeam, type ReviewItemKind } from '../../mail/programme-team';
