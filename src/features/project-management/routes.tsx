import { Hono, type Context } from 'hono';
import { requirePolicy } from '../../auth/guards';
import { canManageProjects } from '../../auth/policy';
import { commandContext } from '../../commands/context';
import type { AppEnv, SignedInEnv } from '../../env';
import { refusal } from '../../http/refusal';
import { renderNotFound } from '../../layout/status-pages';
import { readForm } from '../../validation/form';
import { funderAccountRoutes } from '../funder/routes';
import { goalRoutes } from './goal-routes';
import { planRoutes } from './plan-routes';
import { createProject, updateProject } from './project-commands';
import { loadManagementList, loadProjectForEdit, loadProjectFormOptions, type ProjectForEdit } from './queries';
import { formVersion, projectFormValues, type ProjectFormValues } from './schemas';
import { managementTexts } from './texts';
import { noticeFrom } from './notices';
import { ManagementListPage, ProjectFormPage } from './project-views';

export const projectManagementRoutes = new Hono<AppEnv>().use(
  '*',
  requirePolicy((user) => canManageProjects(user)),
);
// Funder accounts are a fixed segment, so they are mounted before the project addresses (`/:slug`).
projectManagementRoutes.route('/financiers', funderAccountRoutes);

type Ctx = Context<SignedInEnv>;

const texts = (c: Ctx) => managementTexts[c.var.locale];

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
  const result = await createProject(commandContext(c), c.var.user, input, options);
  if (result.kind === 'ok') return c.redirect(`/projectbeheer/${result.value.slug}?melding=aangemaakt`, 303);
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
  const result = await updateProject(commandContext(c), c.var.user, current, formVersion(form), input);
  if (result.kind === 'ok') return c.redirect(`/projectbeheer/${result.value.slug}?melding=opgeslagen`, 303);
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

projectManagementRoutes.route('/:slug', planRoutes);
projectManagementRoutes.route('/:slug', goalRoutes);
