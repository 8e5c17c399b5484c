import { Hono, type Context } from 'hono';
import { clientIp } from '../../audit';
import { currentUser, forbidden, requirePolicy } from '../../auth/guards';
import { canManageProjects } from '../../auth/policy';
import { invalidatePublicPages } from '../../cache';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { readForm, type FieldErrors } from '../../validation/form';
import { euroInputValue } from '../projects/money';
import {
  addBudgetLine,
  addMilestone,
  createProject,
  removeBudgetLine,
  removeMilestone,
  updateBudgetLine,
  updateMilestone,
  updateProject,
  type CommandContext,
} from './commands';
import { loadManagementList, loadProjectForEdit, loadProjectFormOptions, loadProjectPlan, type ProjectForEdit, type ProjectPlan } from './queries';
import type { CommandResult } from './result';
import {
  budgetLineFormValues,
  formVersion,
  milestoneFormValues,
  projectFormValues,
  type BudgetLineFormValues,
  type MilestoneFormValues,
  type ProjectFormValues,
} from './schemas';
import { managementTexts } from './texts';
import { BudgetLineEditPage, BudgetPage, ManagementListPage, MilestoneEditPage, MilestonesPage, ProjectFormPage, type Notice } from './views';

export const projectManagementRoutes = new Hono<AppEnv>();

projectManagementRoutes.use('*', requirePolicy((user) => canManageProjects(user)));

type Ctx = Context<AppEnv>;

const NOTICES: Record<string, Notice> = { opgeslagen: 'saved', aangemaakt: 'created', verwijderd: 'removed' };
const noticeFrom = (c: Ctx): Notice => NOTICES[c.req.query('melding') ?? ''] ?? null;
const commandContext = (c: Ctx): CommandContext => ({ locale: c.var.locale, ip: clientIp(c) });
const texts = (c: Ctx) => managementTexts[c.var.locale];
const numericId = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : null);

/** Answers a refused command the same way everywhere: 403, 404, or the page again with 409/422. */
function refusal(c: Ctx, result: Exclude<CommandResult<unknown>, { ok: true }>, rerender: (status: 409 | 422) => Response | Promise<Response>) {
  if (result.kind === 'forbidden') return forbidden(c);
  if (result.kind === 'not-found') return renderNotFound(c);
  return rerender(result.kind === 'conflict' ? 409 : 422);
}

projectManagementRoutes.get('/', async (c) => {
  const data = await loadManagementList(c.var.db);
  return c.render(<ManagementListPage {...data} />, { title: texts(c).listTitle });
});

// --- Project details --------------------------------------------------------------------------------------------

const emptyProject: ProjectFormValues = {
  title: '',
  slug: '',
  summary: '',
  description: '',
  neighbourhoods: [],
  pillars: [],
  fundingProgramme: '',
  phase: '1',
  health: 'on-track',
  healthExplanation: '',
  partners: [],
  activities: [],
};

function storedValues(current: ProjectForEdit): ProjectFormValues {
  const p = current.project;
  return {
    title: p.title,
    slug: p.slug,
    summary: p.summary,
    description: p.description,
    neighbourhoods: current.neighbourhoodIds.map(String),
    pillars: current.pillarIds,
    fundingProgramme: p.fundingProgramme,
    phase: String(p.phase),
    health: p.health,
    healthExplanation: p.healthExplanation ?? '',
    partners: current.partners.map((x) => `${x.organisationId}:${x.role}`),
    activities: current.activityIds.map(String),
  };
}

projectManagementRoutes.get('/nieuw', async (c) => {
  const options = await loadProjectFormOptions(c.var.db);
  return c.render(<ProjectFormPage mode="create" title={texts(c).newTitle} values={emptyProject} errors={{}} options={options} />, {
    title: texts(c).newTitle,
  });
});

projectManagementRoutes.post('/nieuw', async (c) => {
  const input = projectFormValues(await readForm(c));
  const options = await loadProjectFormOptions(c.var.db);
  const result = await createProject(c.var.db, currentUser(c), input, options, commandContext(c));
  if (result.ok) {
    await invalidatePublicPages(c);
    return c.redirect(`/projectbeheer/${result.value.slug}?melding=aangemaakt`, 303);
  }
  return refusal(c, result, (status) => {
    c.status(status);
    const errors = result.kind === 'invalid' ? result.errors : {};
    return c.render(<ProjectFormPage mode="create" title={texts(c).newTitle} values={input} errors={errors} options={options} />, {
      title: texts(c).newTitle,
    });
  });
});

projectManagementRoutes.get('/:slug', async (c) => {
  const current = await loadProjectForEdit(c.var.db, c.req.param('slug'));
  if (!current) return renderNotFound(c);
  const title = texts(c).editTitle(current.project.title);
  return c.render(
    <ProjectFormPage
      mode="edit"
      slug={current.project.slug}
      title={title}
      values={storedValues(current)}
      errors={{}}
      options={current.options}
      version={current.project.version}
      notice={noticeFrom(c)}
    />,
    { title },
  );
});

projectManagementRoutes.post('/:slug', async (c) => {
  const form = await readForm(c);
  const current = await loadProjectForEdit(c.var.db, c.req.param('slug'));
  if (!current) return renderNotFound(c);
  const input = projectFormValues(form);
  const result = await updateProject(c.var.db, currentUser(c), current, formVersion(form), input, commandContext(c));
  if (result.ok) {
    await invalidatePublicPages(c);
    return c.redirect(`/projectbeheer/${result.value.slug}?melding=opgeslagen`, 303);
  }
  const title = texts(c).editTitle(current.project.title);
  return refusal(c, result, (status) => {
    c.status(status);
    // After a conflict the form shows the current state; after invalid input it shows what was typed.
    const isConflict = status === 409;
    return c.render(
      <ProjectFormPage
        mode="edit"
        slug={current.project.slug}
        title={title}
        values={isConflict ? storedValues(current) : input}
        errors={result.kind === 'invalid' ? result.errors : {}}
        options={current.options}
        version={current.project.version}
        notice={isConflict ? 'conflict' : null}
      />,
      { title },
    );
  });
});

// --- Milestones and budget lines ---------------------------------------------------------------------------------

async function withPlan(c: Ctx, render: (plan: ProjectPlan) => Response | Promise<Response>) {
  const plan = await loadProjectPlan(c.var.db, c.req.param('slug') ?? '');
  return plan ? render(plan) : renderNotFound(c);
}

/** The plan and the milestone or budget-line id of the address; 404 for an unknown project or an id that is no number. */
function withPlanItem(c: Ctx, render: (plan: ProjectPlan, id: number) => Response | Promise<Response>) {
  return withPlan(c, (plan) => {
    const id = numericId(c.req.param('id') ?? '');
    return id === null ? renderNotFound(c) : render(plan, id);
  });
}

type PlanSection = { path: 'mijlpalen' | 'begroting'; refreshesPublicPages: boolean };
// Milestones (and the progress made from them) are shown only to the programme team and funders, whose pages are never
// cached; budget lines change the total budget every visitor sees.
const MILESTONES: PlanSection = { path: 'mijlpalen', refreshesPublicPages: false };
const BUDGET: PlanSection = { path: 'begroting', refreshesPublicPages: true };

/**
 * Answers a milestone or budget-line command: when done, back to the section's page with a notice; when refused,
 * 403, 404, or the form's page again (409 with the conflict notice, 422 with the errors).
 */
async function answerPlanCommand(
  c: Ctx,
  plan: ProjectPlan,
  section: PlanSection,
  result: CommandResult,
  doneNotice: 'opgeslagen' | 'verwijderd',
  pageAgain: (errors: FieldErrors, notice: Notice) => Response | Promise<Response>,
) {
  if (result.ok) {
    if (section.refreshesPublicPages) await invalidatePublicPages(c);
    return c.redirect(`/projectbeheer/${plan.project.slug}/${section.path}?melding=${doneNotice}`, 303);
  }
  return refusal(c, result, (status) => {
    c.status(status);
    return pageAgain(result.kind === 'invalid' ? result.errors : {}, status === 409 ? 'conflict' : null);
  });
}

const emptyMilestone = { title: '', plannedDate: '', actualDate: '', status: 'planned', weight: '1' };

const renderMilestones = (c: Ctx, plan: ProjectPlan, values: MilestoneFormValues, errors: FieldErrors, notice: Notice) =>
  c.render(<MilestonesPage plan={plan} values={values} errors={errors} notice={notice} now={new Date()} />, {
    title: texts(c).milestonesTitle(plan.project.title),
  });

projectManagementRoutes.get('/:slug/mijlpalen', (c) => withPlan(c, (plan) => renderMilestones(c, plan, emptyMilestone, {}, noticeFrom(c))));

projectManagementRoutes.post('/:slug/mijlpalen', async (c) => {
  const form = await readForm(c);
  return withPlan(c, async (plan) => {
    const values = milestoneFormValues(form);
    const result = await addMilestone(c.var.db, currentUser(c), plan, formVersion(form), values, commandContext(c));
    return answerPlanCommand(c, plan, MILESTONES, result, 'opgeslagen', (errors, notice) => renderMilestones(c, plan, values, errors, notice));
  });
});

projectManagementRoutes.get('/:slug/mijlpalen/:id', (c) =>
  withPlanItem(c, (plan, id) => {
    const m = plan.milestones.find((x) => x.id === id);
    if (!m) return renderNotFound(c);
    const values = { title: m.title, plannedDate: m.plannedDate, actualDate: m.actualDate ?? '', status: m.status, weight: String(m.weight) };
    return c.render(<MilestoneEditPage plan={plan} milestoneId={id} values={values} errors={{}} notice={null} />, {
      title: texts(c).editMilestoneTitle(m.title),
    });
  }),
);

projectManagementRoutes.post('/:slug/mijlpalen/:id', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const values = milestoneFormValues(form);
    const result = await updateMilestone(c.var.db, currentUser(c), plan, id, formVersion(form), values, commandContext(c));
    return answerPlanCommand(c, plan, MILESTONES, result, 'opgeslagen', (errors, notice) =>
      c.render(<MilestoneEditPage plan={plan} milestoneId={id} values={values} errors={errors} notice={notice} />, {
        title: texts(c).editMilestoneTitle(values.title),
      }),
    );
  });
});

projectManagementRoutes.post('/:slug/mijlpalen/:id/verwijderen', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const result = await removeMilestone(c.var.db, currentUser(c), plan, id, formVersion(form), commandContext(c));
    return answerPlanCommand(c, plan, MILESTONES, result, 'verwijderd', (errors, notice) => renderMilestones(c, plan, emptyMilestone, errors, notice));
  });
});

const emptyLine = { fundingSource: '', allocated: '', committed: '', spent: '' };

const renderBudget = (c: Ctx, plan: ProjectPlan, values: BudgetLineFormValues, errors: FieldErrors, notice: Notice) =>
  c.render(<BudgetPage plan={plan} values={values} errors={errors} notice={notice} />, { title: texts(c).budgetTitle(plan.project.title) });

projectManagementRoutes.get('/:slug/begroting', (c) => withPlan(c, (plan) => renderBudget(c, plan, emptyLine, {}, noticeFrom(c))));

projectManagementRoutes.post('/:slug/begroting', async (c) => {
  const form = await readForm(c);
  return withPlan(c, async (plan) => {
    const values = budgetLineFormValues(form);
    const result = await addBudgetLine(c.var.db, currentUser(c), plan, formVersion(form), values, commandContext(c));
    return answerPlanCommand(c, plan, BUDGET, result, 'opgeslagen', (errors, notice) => renderBudget(c, plan, values, errors, notice));
  });
});

projectManagementRoutes.get('/:slug/begroting/:id', (c) =>
  withPlanItem(c, (plan, id) => {
    const line = plan.budgetLines.find((x) => x.id === id);
    if (!line) return renderNotFound(c);
    const locale = c.var.locale;
    const values = {
      fundingSource: line.fundingSource,
      allocated: euroInputValue(line.allocatedCents, locale),
      committed: euroInputValue(line.committedCents, locale),
      spent: euroInputValue(line.spentCents, locale),
    };
    return c.render(<BudgetLineEditPage plan={plan} lineId={id} values={values} errors={{}} notice={null} />, {
      title: texts(c).editBudgetLineTitle(line.fundingSource),
    });
  }),
);

projectManagementRoutes.post('/:slug/begroting/:id', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const values = budgetLineFormValues(form);
    const result = await updateBudgetLine(c.var.db, currentUser(c), plan, id, formVersion(form), values, commandContext(c));
    return answerPlanCommand(c, plan, BUDGET, result, 'opgeslagen', (errors, notice) =>
      c.render(<BudgetLineEditPage plan={plan} lineId={id} values={values} errors={errors} notice={notice} />, {
        title: texts(c).editBudgetLineTitle(values.fundingSource),
      }),
    );
  });
});

projectManagementRoutes.post('/:slug/begroting/:id/verwijderen', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const result = await removeBudgetLine(c.var.db, currentUser(c), plan, id, formVersion(form), commandContext(c));
    return answerPlanCommand(c, plan, BUDGET, result, 'verwijderd', (errors, notice) => renderBudget(c, plan, emptyLine, errors, notice));
  });
});
