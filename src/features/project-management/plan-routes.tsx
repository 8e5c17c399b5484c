import { Hono, type Context } from 'hono';
import { commandContext } from '../../commands/context';
import type { CommandResult } from '../../commands/result';
import type { SignedInEnv } from '../../env';
import { idParam } from '../../http/params';
import { refusal } from '../../http/refusal';
import { renderNotFound } from '../../layout/status-pages';
import { readForm, type FieldErrors } from '../../validation/form';
import { euroInputValue } from '../projects/money';
import { addBudgetLine, removeBudgetLine, updateBudgetLine } from './budget-commands';
import { addMilestone, removeMilestone, updateMilestone } from './milestone-commands';
import { loadProjectPlan, type ProjectPlan } from './queries';
import { noticeFrom } from './notices';
import { budgetLineFormValues, formVersion, milestoneFormValues, type BudgetLineFormValues, type MilestoneFormValues } from './schemas';
import { managementTexts } from './texts';
import { BudgetLineEditPage, BudgetPage } from './budget-views';
import { MilestoneEditPage, MilestonesPage } from './milestone-views';
import type { Notice } from './views';

/** A project's milestones and budget lines, mounted under `/projectbeheer/:slug` (behind the parent's policy guard, hence `SignedInEnv`). */
export const planRoutes = new Hono<SignedInEnv>();

type Ctx = Context<SignedInEnv>;
const texts = (c: Ctx) => managementTexts[c.var.locale];

async function withPlan(c: Ctx, render: (plan: ProjectPlan) => Response | Promise<Response>) {
  const plan = await loadProjectPlan(c.var.db, c.req.param('slug') ?? '');
  return plan ? render(plan) : renderNotFound(c);
}

/** The plan and the milestone or budget-line id of the address; 404 for an unknown project or an id that is no number. */
function withPlanItem(c: Ctx, render: (plan: ProjectPlan, id: number) => Response | Promise<Response>) {
  return withPlan(c, (plan) => {
    const id = idParam(c);
    return id === null ? renderNotFound(c) : render(plan, id);
  });
}

type PlanSection = { path: 'mijlpalen' | 'begroting' };
const MILESTONES: PlanSection = { path: 'mijlpalen' };
const BUDGET: PlanSection = { path: 'begroting' };

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
  if (result.kind === 'ok') return c.redirect(`/projectbeheer/${plan.project.slug}/${section.path}?melding=${doneNotice}`, 303);
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

planRoutes.get('/mijlpalen', (c) => withPlan(c, (plan) => renderMilestones(c, plan, emptyMilestone, {}, noticeFrom(c))));

planRoutes.post('/mijlpalen', async (c) => {
  const form = await readForm(c);
  return withPlan(c, async (plan) => {
    const values = milestoneFormValues(form);
    const result = await addMilestone(commandContext(c), c.var.user, plan, formVersion(form), values);
    return answerPlanCommand(c, plan, MILESTONES, result, 'opgeslagen', (errors, notice) => renderMilestones(c, plan, values, errors, notice));
  });
});

planRoutes.get('/mijlpalen/:id', (c) =>
  withPlanItem(c, (plan, id) => {
    const m = plan.milestones.find((x) => x.id === id);
    if (!m) return renderNotFound(c);
    const values = { title: m.title, plannedDate: m.plannedDate, actualDate: m.actualDate ?? '', status: m.status, weight: String(m.weight) };
    return c.render(<MilestoneEditPage plan={plan} milestoneId={id} values={values} errors={{}} notice={null} />, {
      title: texts(c).editMilestoneTitle(m.title),
    });
  }),
);

planRoutes.post('/mijlpalen/:id', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const values = milestoneFormValues(form);
    const result = await updateMilestone(commandContext(c), c.var.user, plan, id, formVersion(form), values);
    return answerPlanCommand(c, plan, MILESTONES, result, 'opgeslagen', (errors, notice) =>
      c.render(<MilestoneEditPage plan={plan} milestoneId={id} values={values} errors={errors} notice={notice} />, {
        title: texts(c).editMilestoneTitle(values.title),
      }),
    );
  });
});

planRoutes.post('/mijlpalen/:id/verwijderen', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const result = await removeMilestone(commandContext(c), c.var.user, plan, id, formVersion(form));
    return answerPlanCommand(c, plan, MILESTONES, result, 'verwijderd', (errors, notice) =>
      renderMilestones(c, plan, emptyMilestone, errors, notice),
    );
  });
});

const emptyLine = { fundingSource: '', allocated: '', committed: '', spent: '' };

const renderBudget = (c: Ctx, plan: ProjectPlan, values: BudgetLineFormValues, errors: FieldErrors, notice: Notice) =>
  c.render(<BudgetPage plan={plan} values={values} errors={errors} notice={notice} />, { title: texts(c).budgetTitle(plan.project.title) });

planRoutes.get('/begroting', (c) => withPlan(c, (plan) => renderBudget(c, plan, emptyLine, {}, noticeFrom(c))));

planRoutes.post('/begroting', async (c) => {
  const form = await readForm(c);
  return withPlan(c, async (plan) => {
    const values = budgetLineFormValues(form);
    const result = await addBudgetLine(commandContext(c), c.var.user, plan, formVersion(form), values);
    return answerPlanCommand(c, plan, BUDGET, result, 'opgeslagen', (errors, notice) => renderBudget(c, plan, values, errors, notice));
  });
});

planRoutes.get('/begroting/:id', (c) =>
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

planRoutes.post('/begroting/:id', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const values = budgetLineFormValues(form);
    const result = await updateBudgetLine(commandContext(c), c.var.user, plan, id, formVersion(form), values);
    return answerPlanCommand(c, plan, BUDGET, result, 'opgeslagen', (errors, notice) =>
      c.render(<BudgetLineEditPage plan={plan} lineId={id} values={values} errors={errors} notice={notice} />, {
        title: texts(c).editBudgetLineTitle(values.fundingSource),
      }),
    );
  });
});

planRoutes.post('/begroting/:id/verwijderen', async (c) => {
  const form = await readForm(c);
  return withPlanItem(c, async (plan, id) => {
    const result = await removeBudgetLine(commandContext(c), c.var.user, plan, id, formVersion(form));
    return answerPlanCommand(c, plan, BUDGET, result, 'verwijderd', (errors, notice) => renderBudget(c, plan, emptyLine, errors, notice));
  });
});
