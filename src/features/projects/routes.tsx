import { Hono } from 'hono';
import { canManageProjects, canPostProjectUpdate, canSeeProjectBudget, canSeeProjectStatus, leadMembershipFor } from '../../auth/policy';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { budgetTotals } from './budget';
import { localDate } from '../../dates';
import { recentQuarters } from './dates';
import { overdueCount, progressPercent } from './progress';
import { loadProjectList, loadProjectPage } from './queries';
import { projectTexts } from './texts';
import { buildTimeline } from './timeline';
import { ProjectListPage } from './list-view';
import { ProjectPage } from './project-page';

export const projectRoutes = new Hono<AppEnv>();

const UPDATE_NOTICES: Record<string, 'published' | 'submitted'> = { gepubliceerd: 'published', ingediend: 'submitted' };

projectRoutes.get('/', async (c) => {
  const projects = await loadProjectList(c.var.db);
  return c.render(<ProjectListPage projects={projects} canManage={canManageProjects(c.var.user)} />, { title: projectTexts[c.var.locale].listTitle });
});

projectRoutes.get('/:slug', async (c) => {
  const user = c.var.user;
  const today = localDate(new Date());
  const data = await loadProjectPage(c.var.db, c.req.param('slug'), user, today);
  if (!data) return renderNotFound(c);
  const showStatus = canSeeProjectStatus(user, data.project.fundingProgramme, data.funderProgrammes);
  const showBudget = canSeeProjectBudget(user, data.project.fundingProgramme, data.funderProgrammes);
  const leadIds = data.partners.filter((p) => p.role === 'lead').map((p) => p.organisationId);
  const view = {
    data: {
      ...(showStatus ? data : { ...data, milestones: [], updates: [], events: [], snapshots: [] }),
      budgetLines: showBudget ? data.budgetLines : [],
    },
    showStatus,
    canManage: canManageProjects(user),
    canPostUpdate: canPostProjectUpdate(user, leadIds),
    isLeadMember: leadMembershipFor(user, leadIds) !== null,
    today,
    progress: progressPercent(data.milestones),
    overdue: overdueCount(data.milestones, today),
    totals: budgetTotals(data.budgetLines),
    timeline: showStatus ? buildTimeline(data.updates, data.events) : [],
    quarters: recentQuarters(today, 5),
    notice: UPDATE_NOTICES[c.req.query('bericht') ?? ''] ?? null,
  };
  const t = projectTexts[c.var.locale];
  return c.render(<ProjectPage view={view} />, {
    title: showStatus ? t.statusFor(data.project.title) : data.project.title,
    description: data.project.summary,
  });
});
