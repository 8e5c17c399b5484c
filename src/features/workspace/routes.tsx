import { Hono } from 'hono';
import { currentUser, requireUser } from '../../auth/guards';
import { canReview } from '../../auth/policy';
import type { AppEnv } from '../../env';
import { toWorkspaceActivity, workspaceActivitiesQuery, type WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';
import { WorkspacePage } from './views';

/** `/portaal`: the member's organisations and their activities by status, with what needs action. */
export const workspaceRoutes = new Hono<AppEnv>().get('/', requireUser(), async (c) => {
  const user = currentUser(c);
  const organisationIds = user.memberships.map((m) => m.organisationId);
  const approvedIds = user.memberships.filter((m) => m.organisationStatus === 'approved').map((m) => m.organisationId);
  let items: WorkspaceActivity[] = [];
  if (organisationIds.length) {
    const [rows] = await c.var.db.batch([workspaceActivitiesQuery(c.var.db, organisationIds, approvedIds)]);
    items = rows.map(toWorkspaceActivity);
  }
  return c.render(<WorkspacePage user={user} items={items} canReview={canReview(user)} />, { title: workspaceTexts[c.var.locale].title });
});
