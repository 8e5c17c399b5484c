import type { ActivityStatus } from '../../db/enums';
import type { Membership } from '../../env';
import type { WorkspaceActivity } from './queries';

/** The order of the status groups on the page. */
export const STATUS_ORDER: ActivityStatus[] = ['changes-requested', 'draft', 'submitted', 'published', 'withdrawn', 'rejected', 'archived'];

/** /portaal shows at most this many activities per status group and in "what needs your attention"; the rest are on
 * the organisation's own list, so the page stays small for a partner with hundreds of activities. */
export const WORKSPACE_GROUP_LIMIT = 20;

export const organisationActivitiesHref = (organisationId: number, status: ActivityStatus, page = 1) =>
  `/portaal/organisaties/${organisationId}/activiteiten?status=${status}${page > 1 ? `&pagina=${page}` : ''}`;

/** Puts each activity under one of the user's organisations: its own organisation first, else a co-organiser. */
export function byOrganisation(memberships: Membership[], items: WorkspaceActivity[]) {
  const mine = new Set(memberships.map((m) => m.organisationId));
  const placed = new Map<number, WorkspaceActivity[]>(memberships.map((m) => [m.organisationId, []]));
  for (const a of items) {
    const home = mine.has(a.organisationId) ? a.organisationId : a.coOrganiserIds.find((id) => mine.has(id));
    if (home !== undefined) placed.get(home)!.push(a);
  }
  return placed;
}
