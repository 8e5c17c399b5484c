import type { CurrentUser } from '../env';
import { INDICATOR_VISIBILITIES, type IndicatorVisibility } from '../db/enums';
import { isDevelopmentEnvironment } from '../security/environment';

/**
 * Every authorisation decision of the portal lives here. Deny by default: each function answers `true` only for
 * the roles and relations it names. Routes and commands ask these functions; nothing else checks roles.
 */

export const isLoggedIn = (user: CurrentUser | null): user is CurrentUser => user !== null;

export const isProgrammeTeam = (user: CurrentUser | null) => user?.role === 'programme';
export const isAdmin = (user: CurrentUser | null) => user?.role === 'admin';
export const isFunder = (user: CurrentUser | null) => user?.role === 'funder';
export const isPartner = (user: CurrentUser | null) => user?.role === 'partner';

export function membershipOf(user: CurrentUser | null, organisationId: number) {
  return user?.memberships.find((m) => m.organisationId === organisationId) ?? null;
}

/** Owners and editors keep their organisation's profile (an approved organisation's changes are reviewed). */
export function canEditOrganisation(user: CurrentUser | null, organisationId: number): boolean {
  return membershipOf(user, organisationId) !== null;
}

/** Only owners invite or remove colleagues. */
export function canManageMembers(user: CurrentUser | null, organisationId: number): boolean {
  return membershipOf(user, organisationId)?.role === 'owner';
}

/** The programme team decides on organisations, activities, revisions and partner updates. */
export function canReview(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

/** Admins manage accounts and roles. */
export function canManageUsers(user: CurrentUser | null): boolean {
  return isAdmin(user);
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts, organisations and members
// ---------------------------------------------------------------------------------------------------------------

/** Programme team and admin accounts must use a second factor (BIO2 5.17.01); for others it is optional. */
export function requiresSecondFactor(role: CurrentUser['role']): boolean {
  return role === 'programme' || role === 'admin';
}

/** A second factor may only be switched off where it is optional. */
export function canDisableSecondFactor(user: CurrentUser | null): boolean {
  return user !== null && user.totpEnabled && !requiresSecondFactor(user.role);
}

/** Members see their organisation's application or profile, its status and its members. */
export function canViewOrganisationWorkspace(user: CurrentUser | null, organisationId: number): boolean {
  return membershipOf(user, organisationId) !== null;
}

/** The programme team approves or rejects organisations and their profile changes. */
export function canDecideOrganisations(user: CurrentUser | null): boolean {
  return canReview(user);
}

/** Owners change a colleague's role or remove them; nobody manages themselves this way (they leave instead). */
export function canManageMember(user: CurrentUser | null, organisationId: number, memberUserId: number): boolean {
  return canManageMembers(user, organisationId) && user?.id !== memberUserId;
}

/** Any member may leave; the last owner is stopped by the command, so an organisation always keeps an owner. */
export function canLeaveOrganisation(user: CurrentUser | null, organisationId: number): boolean {
  return membershipOf(user, organisationId) !== null;
}

/** Admins change roles and disable accounts, but never their own (so they cannot lock the portal out by mistake). */
export function canChangeAccount(user: CurrentUser | null, targetUserId: number): boolean {
  return isAdmin(user) && user?.id !== targetUserId;
}

/** Who may invite an account of a role without an organisation: admins any such role, the programme team funders. */
export function canInviteAccount(user: CurrentUser | null, role: CurrentUser['role']): boolean {
  if (isAdmin(user)) return role === 'programme' || role === 'funder' || role === 'admin';
  if (isProgrammeTeam(user)) return role === 'funder';
  return false;
}

/** The development mailbox exists outside production only; there it is open so every flow can be finished by hand. */
export function canReadDevelopmentMailbox(environment: string | undefined): boolean {
  return isDevelopmentEnvironment(environment);
}

// ---------------------------------------------------------------------------------------------------------------
// Projects, funders and quarterly reports
// ---------------------------------------------------------------------------------------------------------------

/** The programme team keeps the holiday periods in which activities may pause (school holidays and the like). */
export function canManageHolidayPeriods(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

/** The programme team creates and edits projects, milestones, budget lines, funder accounts and reports. */
export function canManageProjects(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

/**
 * Whether a funder may see projects of a funding programme. `allowedProgrammes` are the funder's
 * funder_programmes rows; a funder without rows sees every programme.
 */
export function funderMaySeeProgramme(user: CurrentUser | null, allowedProgrammes: readonly string[], programme: string): boolean {
  if (!isFunder(user)) return false;
  return allowedProgrammes.length === 0 || allowedProgrammes.includes(programme);
}

/**
 * The full status of a project — health, progress, milestones, budget lines, timeline, reports and the update feed —
 * is for the programme team and for funders of the project's programme. Everyone else sees the public part.
 */
export function canSeeProjectStatus(user: CurrentUser | null, programme: string, allowedProgrammes: readonly string[]): boolean {
  return isProgrammeTeam(user) || funderMaySeeProgramme(user, allowedProgrammes, programme);
}

/** Whether a project page may show its status to this user for some programme, so the page reads the status parts. */
export function mightSeeProjectStatus(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user) || isFunder(user);
}

/** Budget lines (allocated, committed, spent) follow the status rule; the public only sees the total budget. */
export function canSeeProjectBudget(user: CurrentUser | null, programme: string, allowedProgrammes: readonly string[]): boolean {
  return canSeeProjectStatus(user, programme, allowedProgrammes);
}

/** The funder overview and its CSV export: funders (limited to their programmes) and the programme team. */
export function canOpenFunderOverview(user: CurrentUser | null): boolean {
  return isFunder(user) || isProgrammeTeam(user);
}

/** Progress updates come from the programme team or from members of one of the project's lead partners. */
export function canPostProjectUpdate(user: CurrentUser | null, leadOrganisationIds: readonly number[]): boolean {
  return isProgrammeTeam(user) || leadMembershipFor(user, leadOrganisationIds) !== null;
}

/** The approved lead partner a member posts for; null when the user is no member of an approved lead partner. */
export function leadMembershipFor(user: CurrentUser | null, leadOrganisationIds: readonly number[]) {
  if (user?.role !== 'partner') return null;
  return user.memberships.find((m) => m.organisationStatus === 'approved' && leadOrganisationIds.includes(m.organisationId)) ?? null;
}

/** The programme team's own updates are published at once; a lead partner's update is reviewed first. */
export function projectUpdateNeedsReview(user: CurrentUser | null): boolean {
  return !isProgrammeTeam(user);
}

/** A lead partner's member may rework their organisation's update after the programme team asked for changes. */
export function canReviseProjectUpdate(user: CurrentUser | null, update: { organisationId: number | null; status: string }): boolean {
  return update.organisationId !== null && update.status === 'changes-requested' && membershipOf(user, update.organisationId) !== null;
}

/** Partner updates are reviewed by the programme team, like activities. */
export function canReviewProjectUpdates(user: CurrentUser | null): boolean {
  return canReview(user);
}

/** Only the programme team freezes a quarterly report; who may read one follows `canSeeProjectStatus`. */
export function canFreezeSnapshot(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

/** The programme team invites funder accounts and sets the programmes they may see. */
export function canManageFunders(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

// ---------------------------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------------------------

/** Members of an approved organisation add activities for it (a pending organisation cannot publish anything). */
export function canCreateActivityFor(user: CurrentUser | null, organisationId: number): boolean {
  return membershipOf(user, organisationId)?.organisationStatus === 'approved';
}

/**
 * An activity is kept by the members of its organisation and of its co-organisers (other approved organisations
 * running it jointly). Nobody else edits, submits, withdraws, archives or confirms it — the programme team only
 * decides on it.
 */
export function canEditActivity(user: CurrentUser | null, activity: { organisationId: number; coOrganiserIds: readonly number[] }): boolean {
  if (membershipOf(user, activity.organisationId) !== null) return true;
  return activity.coOrganiserIds.some((id) => membershipOf(user, id)?.organisationStatus === 'approved');
}

/** Only the main organisation's members add or remove co-organisers; a co-organiser cannot take over the list. */
export function canChooseCoOrganisers(user: CurrentUser | null, activity: { organisationId: number }): boolean {
  return membershipOf(user, activity.organisationId) !== null;
}

/** The programme team decides on new activities and on changes to published ones. */
export function canReviewActivities(user: CurrentUser | null): boolean {
  return canReview(user);
}

// ---------------------------------------------------------------------------------------------------------------
// Navigation (issue 17): which work areas the header's person menu offers
// ---------------------------------------------------------------------------------------------------------------

/** The partner workspace is for partners and for anyone who is a member of an organisation. */
export function canUsePartnerWorkspace(user: CurrentUser | null): boolean {
  return user !== null && (user.role === 'partner' || user.memberships.length > 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Monitor
// ---------------------------------------------------------------------------------------------------------------

/** Indicators: `public` for everyone, `partners` for every logged-in account (partners, funders, …), `programme` for the programme team. */
export function canSeeIndicator(user: CurrentUser | null, visibility: IndicatorVisibility): boolean {
  if (visibility === 'public') return true;
  if (visibility === 'partners') return isLoggedIn(user);
  return isProgrammeTeam(user);
}

/** The visibility levels a user may see, for the SQL filter of the monitor queries. */
export function visibleIndicatorLevels(user: CurrentUser | null): IndicatorVisibility[] {
  return INDICATOR_VISIBILITIES.filter((v) => canSeeIndicator(user, v));
}

/** A value resting on fewer observations than its indicator's threshold is shown to the programme team only. */
export function seesSmallNumbers(user: CurrentUser | null): boolean {
  return isProgrammeTeam(user);
}

/** The programme team imports observations and resilience classes, and undoes imports. */
export function canImportMonitorData(user: CurrentUser | null): user is CurrentUser {
  return isProgrammeTeam(user);
}

// ---------------------------------------------------------------------------------------------------------------
// Programme plan: the public read side (issue 15, plan-pages)
// ---------------------------------------------------------------------------------------------------------------

/** The gap view of the programme plan (goals without activities, activities without goals, …) is the programme team's. */
export function canSeePlanGaps(user: CurrentUser | null): user is CurrentUser {
  return isProgrammeTeam(user);
}

// --- Programme plan: what activities and projects serve ---------------------------------------------------------

/** The programme team links projects to the plan goals they serve (partners choose an activity's goals in its form). */
export function canLinkProjectGoals(user: CurrentUser | null): user is CurrentUser {
  return isProgrammeTeam(user);
}

// ---------------------------------------------------------------------------------------------------------------
// Programme plan
// ---------------------------------------------------------------------------------------------------------------

/** The programme team (and admins) write the plans: concepts, goals, adoption, new versions, reported progress, CSV import. */
export function canEditPlans(user: CurrentUser | null): user is CurrentUser {
  return isProgrammeTeam(user) || isAdmin(user);
}
