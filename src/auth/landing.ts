import type { OrganisationStatus, UserRole } from '../db/enums';

/**
 * Where a user lands after logging in without a `?terug=` address: partners in their workspace — or, while their
 * only organisation still waits for approval, on its application; the programme team at the review queue; funders
 * at their overview; admins at account management.
 */
export function landingPath(role: UserRole, memberships: { organisationId: number; organisationStatus: OrganisationStatus }[]): string {
  switch (role) {
    case 'programme':
      return '/beoordelen';
    case 'admin':
      return '/beheer';
    case 'funder':
      return '/financier';
    case 'partner': {
      const [only] = memberships;
      if (memberships.length === 1 && only && only.organisationStatus !== 'approved') {
        return `/portaal/organisaties/${only.organisationId}/profiel`;
      }
      return '/portaal';
    }
  }
}
