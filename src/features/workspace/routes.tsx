import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { requireUser } from '../../auth/guards';
import { canReview, canViewOrganisationWorkspace } from '../../auth/policy';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../db/enums';
import type { AppEnv, CurrentUser, SignedInEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { idParam } from '../../http/params';
import { toWorkspaceActivity, workspaceActivitiesQuery, type WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';
import { byOrganisation, STATUS_ORDER } from './grouping';
import { OrganisationActivitiesPage } from './organisation-activities-view';
import { WorkspacePage } from './workspace-page';

/** Rows per page of an organisation's full list. */
export const ORGANISATION_LIST_PAGE_SIZE = 50;

/**
 * The activities the user keeps for the given organisations (all of theirs by default), in one round trip (the
 * session lookup is the other).
 */
async function loadItems(c: Context<SignedInEnv>, user: CurrentUser, only?: number): Promise<WorkspaceActivity[]> {
  const chosen = user.memberships.filter((m) => only === undefined || m.organisationId === only);
  const organisationIds = chosen.map((m) => m.organisationId);
  if (!organisationIds.length) return [];
  const approvedIds = chosen.filter((m) => m.organisationStatus === 'approved').map((m) => m.organisationId);
  const [rows] = await c.var.db.batch([workspaceActivitiesQuery(c.var.db, organisationIds, approvedIds)]);
  return rows.map(toWorkspaceActivity);
}

/** `/portaal`: the member's organisations and their activities by status, with what needs action. */
export const workspaceRoutes = new Hono<AppEnv>().get('/', requireUser(), async (c) => {
  const user = c.var.user;
  const items = await loadItems(c, user);
  return c.render(<WorkspacePage user={user} items={items} canReview={canReview(user)} />, { title: workspaceTexts[c.var.locale].title });
});

// Without a status (or with one that is not), the list opens on the first status group that has activities; a page
// that is not a number opens page 1: a mistyped link still leads somewhere useful, and the page shows where it is.
const listQuery = z.object({
  status: z.enum(ACTIVITY_STATUSES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** `/portaal/organisaties/:id/activiteiten?status=…&pagina=…`: all of one organisation's activities with one status. */
export const organisationActivitiesRoutes = new Hono<AppEnv>().get('/', requireUser(), async (c) => {
  const user = c.var.user;
  const id = idParam(c);
  const membership = id === null || !canViewOrganisationWorkspace(user, id) ? undefined : user.memberships.find((m) => m.organisationId === id);
  if (!membership) return renderNotFound(c);
  const query = listQuery.parse({ status: c.req.query('status'), pagina: c.req.query('pagina') ?? 1 });
  // Placed among all the user's organisations, as on /portaal: an activity co-organised by two of them is listed once.
  const own = byOrganisation(user.memberships, await loadItems(c, user, membership.organisationId)).get(membership.organisationId) ?? [];
  const counts = new Map<ActivityStatus, number>();
  for (const a of own) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const status = query.status ?? STATUS_ORDER.find((s) => counts.has(s)) ?? 'published';
  const page = query.pagina;
  const withStatus = own.filter((a) => a.status === status);
  const pages = Math.ceil(withStatus.length / ORGANISATION_LIST_PAGE_SIZE);
  const items = withStatus.slice((page - 1) * ORGANISATION_LIST_PAGE_SIZE, page * ORGANISATION_LIST_PAGE_SIZE);
  if (page > Math.max(pages, 1)) c.status(404);
  return c.render(<OrganisationActivitiesPage view={{ membership, status, counts, items, page, pages }} />, {
    title: workspaceTexts[c.var.locale].allActivitiesTitle(membership.organisationName),
  });
});
