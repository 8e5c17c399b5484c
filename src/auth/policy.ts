import type { CurrentUser } from '../env';

/**
 * Every authorisation decision of the portal lives here. Deny by default: each function answers `true` only for
 * the roles and relations it names. Routes and commands ask these functions; nothing else checks roles.
 */

export const isLoggedIn = (user: CurrentUser | null): user is CurrentUser => user !== null;

export const isProgrammeTeam = (user: CurrentUser | null) => user?.role === 'programme';
export const isAdmin = (user: CurrentUser | null) => user?.role === 'admin';
export const isFunder = (user: CurrentUser | null) => user?.role === 'funder';

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
