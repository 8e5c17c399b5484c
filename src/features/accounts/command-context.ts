// Kept for the accounts and activity-editing files only (changed on other branches today); the code lives in
// src/commands/context.ts and src/http/origin.ts.
export { commandContext, type CommandContext } from '../../commands/context';
export { publicOrigin } from '../../http/origin';
