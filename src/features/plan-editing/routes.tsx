import { Hono, type Context } from 'hono';
import { requirePolicy } from '../../auth/guards';
import { canEditPlans } from '../../auth/policy';
import { commandContext } from '../../commands/context';
import type { CommandResult } from '../../commands/result';
import type { AppEnv, SignedInEnv } from '../../env';
import { idParam } from '../../http/params';
import { refusal } from '../../http/refusal';
import { renderFragment } from '../../layout/renderer';
import { renderNotFound } from '../../layout/status-pages';
import { one, parseWith, readForm, type FieldErrors } from '../../validation/form';
import { csvRoutes } from './csv-routes';
import { checkGoalFields } from './goal-check';
import { addGoal, moveGoal, removeGoal, reorderGoal, updateGoal } from './goal-commands';
import { GoalField, GoalFormPage, isGoalField, type GoalFormContext } from './goal-form-view';
import { decimalText, targetsText, type GoalContent } from './model';
import { adoptPlanVersion, createPlan, startNewConcept, updatePlanVersion } from './plan-commands';
import { progressRoutes } from './progress-routes';
import { loadGoalOptions, loadPlanList, loadVersion, type LoadedVersion } from './queries';
import {
  adoptFormValues,
  formVersion,
  goalFormValues,
  goalSchema,
  planFormValues,
  versionFormValues,
  versionSchema,
  type AdoptFormValues,
  type GoalFormValues,
  type VersionFormValues,
} from './schemas';
import { planEditingTexts } from './texts';
import { isVersionField, VersionField } from './version-fields';
import { historyPath } from './version-routes';
import { planPath, type EditorNotice } from './editor-parts';
import { PlanListPage } from './plan-list-view';
import { VersionPage } from './version-editor-view';
import { withVersion } from './with-version';

/** `/plannen`: the programme team writes the strategic agenda and the execution plans. */
export const planEditingRoutes = new Hono<AppEnv>().use(
  '*',
  requirePolicy((user) => canEditPlans(user)),
);

type Ctx = Context<SignedInEnv>;
const texts = (c: Ctx) => planEditingTexts[c.var.locale];

const NOTICES: Record<string, EditorNotice> = {
  opgeslagen: 'saved',
  verwijderd: 'removed',
  vastgesteld: 'adopted',
  'nieuw-concept': 'new-concept',
  geimporteerd: 'imported',
};
const noticeFrom = (c: Ctx): EditorNotice => NOTICES[c.req.query('melding') ?? ''] ?? null;

const emptyPlan = { title: '', summary: '', periodStart: '', periodEnd: '', kind: 'execution-plan', neighbourhood: '' };

planEditingRoutes.get('/', async (c) => {
  const list = await loadPlanList(c.var.db);
  return c.render(<PlanListPage plans={list.plans} neighbourhoods={list.neighbourhoods} values={emptyPlan} errors={{}} />, {
    title: texts(c).listTitle,
  });
});

planEditingRoutes.post('/', async (c) => {
  const values = planFormValues(await readForm(c));
  const options = await loadGoalOptions(c.var.db);
  const result = await createPlan(commandContext(c), c.var.user, options.neighbourhoods, values);
  if (result.kind === 'ok') return c.redirect(planPath(result.value.versionId), 303);
  return refusal(c, result, async (status) => {
    c.status(status);
    const errors = result.kind === 'invalid' ? result.errors : {};
    return c.render(
      <PlanListPage plans={(await loadPlanList(c.var.db)).plans} neighbourhoods={options.neighbourhoods} values={values} errors={errors} />,
      { title: texts(c).listTitle },
    );
  });
});

/** The inline check of one field of the plan or version form (htmx, on blur): the field's wrapper with its message, nothing stored. */
planEditingRoutes.post('/valideren', async (c) => {
  const input = await readForm(c);
  const field = one(input, '_veld');
  if (!isVersionField(field)) return c.body(null, 400);
  const values = versionFormValues(input);
  const parsed = parseWith(versionSchema, values, c.var.locale, planEditingTexts);
  const message = parsed.ok ? undefined : parsed.errors[field];
  return renderFragment(c, <VersionField name={field} values={values} errors={message ? { [field]: message } : {}} t={texts(c)} />);
});

const storedVersion = (l: LoadedVersion): VersionFormValues => ({
  title: l.version.title,
  summary: l.version.summary,
  periodStart: String(l.version.periodStart),
  periodEnd: String(l.version.periodEnd),
});
const emptyAdopt: AdoptFormValues = { adoptedOn: '', adoptedBy: '' };

type VersionPageState = {
  values?: VersionFormValues;
  errors?: FieldErrors;
  adopt?: AdoptFormValues;
  adoptErrors?: FieldErrors;
  notice?: EditorNotice;
  formError?: string;
  typed?: boolean;
};

function renderVersion(c: Ctx, loaded: LoadedVersion, state: VersionPageState = {}) {
  return c.render(
    <VersionPage
      loaded={loaded}
      values={state.values ?? storedVersion(loaded)}
      errors={state.errors ?? {}}
      adopt={state.adopt ?? emptyAdopt}
      adoptErrors={state.adoptErrors ?? {}}
      notice={state.notice ?? null}
      formError={state.formError}
      publicHistory={historyPath(loaded.plan)}
      typed={state.typed}
    />,
    { title: loaded.version.title },
  );
}

/**
 * Answers a command on a version: when done, back to the version page with a notice; when refused, 403/404, or the
 * page again with the input kept: 422 with the errors, 409 with the current state (reloaded) and a notice. The notice
 * tells the two 409s apart by that current state: a version that is no longer a concept is frozen (saving again can
 * never work; the way on is a new concept), a concept someone else changed can be saved again.
 */
async function answer(
  c: Ctx,
  versionId: number,
  result: CommandResult<unknown>,
  done: string,
  again: (errors: FieldErrors, fresh: LoadedVersion | null, notice: EditorNotice) => Response | Promise<Response>,
  target = planPath(versionId),
) {
  if (result.kind === 'ok') return c.redirect(`${target}?melding=${done}`, 303);
  return refusal(c, result, async (status) => {
    c.status(status);
    const fresh = status === 409 ? await loadVersion(c.var.db, versionId) : null;
    const notice: EditorNotice = fresh === null ? null : fresh.version.status === 'concept' ? 'conflict' : 'frozen';
    return again(result.kind === 'invalid' ? result.errors : {}, fresh, notice);
  });
}

planEditingRoutes.get('/:versionId{[0-9]+}', (c) => withVersion(c, (loaded) => renderVersion(c, loaded, { notice: noticeFrom(c) })));

planEditingRoutes.post('/:versionId{[0-9]+}', async (c) => {
  const form = await readForm(c);
  return withVersion(c, async (loaded) => {
    const values = versionFormValues(form);
    const waveYears = new Map((await loadGoalOptions(c.var.db)).waves.map((w) => [w.code, w.year]));
    const result = await updatePlanVersion(commandContext(c), c.var.user, loaded, waveYears, formVersion(form), values);
    return answer(c, loaded.version.id, result, 'opgeslagen', (errors, fresh, notice) =>
      renderVersion(c, fresh ?? loaded, { values, errors, notice, typed: notice === 'frozen' }),
    );
  });
});

planEditingRoutes.post('/:versionId{[0-9]+}/vaststellen', async (c) => {
  const form = await readForm(c);
  return withVersion(c, async (loaded) => {
    const adopt = adoptFormValues(form);
    const result = await adoptPlanVersion(commandContext(c), c.var.user, loaded, formVersion(form), adopt);
    return answer(c, loaded.version.id, result, 'vastgesteld', ({ _form, ...adoptErrors }, fresh, notice) =>
      renderVersion(c, fresh ?? loaded, { adopt, adoptErrors, formError: _form, notice }),
    );
  });
});

planEditingRoutes.post('/:versionId{[0-9]+}/nieuw-concept', (c) =>
  withVersion(c, async (loaded) => {
    const result = await startNewConcept(commandContext(c), c.var.user, loaded);
    if (result.kind === 'ok') return c.redirect(`${planPath(result.value.versionId)}?melding=nieuw-concept`, 303);
    return answer(c, loaded.version.id, result, '', (_errors, fresh) => renderVersion(c, fresh ?? loaded, { formError: texts(c).conceptExists }));
  }),
);

// --- Goals ------------------------------------------------------------------------------------------------------

const emptyGoal = (parent: string): GoalFormValues => ({
  title: '',
  description: '',
  parent,
  pillars: [],
  neighbourhoods: [],
  partners: [],
  weight: '',
  indicator: '',
  baselineWave: '',
  baselineValue: '',
  targets: '',
  agendaGoal: '',
});

const storedGoal = (g: GoalContent): GoalFormValues => ({
  title: g.title,
  description: g.description,
  parent: g.parentGoalId === null ? '' : String(g.parentGoalId),
  pillars: g.pillars,
  neighbourhoods: g.neighbourhoods.map(String),
  partners: g.partners.map(String),
  weight: g.weight === null ? '' : String(g.weight),
  indicator: g.indicatorCode ?? '',
  baselineWave: g.baselineWaveCode ?? '',
  baselineValue: g.baselineValue === null ? '' : decimalText(g.baselineValue),
  targets: targetsText(g.targets),
  agendaGoal: g.agendaGoalId === null ? '' : String(g.agendaGoalId),
});

async function renderGoalForm(
  c: Ctx,
  loaded: LoadedVersion,
  goalId: number | null,
  values: GoalFormValues,
  errors: FieldErrors,
  notice: EditorNotice = null,
) {
  const options = await loadGoalOptions(c.var.db);
  const ctx: GoalFormContext = { loaded, options, values, errors, goalId, validateUrl: `${planPath(loaded.version.id)}/doelen/valideren` };
  const goal = goalId === null ? null : loaded.goals.find((g) => g.goalId === goalId);
  return c.render(<GoalFormPage ctx={ctx} notice={notice} />, { title: goal ? texts(c).goalFormTitle(goal.title) : texts(c).addGoalHeading });
}

function withGoal(c: Ctx, render: (loaded: LoadedVersion, goal: GoalContent) => Response | Promise<Response>) {
  return withVersion(c, (loaded) => {
    const id = idParam(c, 'goalId');
    const goal = loaded.goals.find((g) => g.goalId === id);
    return goal ? render(loaded, goal) : renderNotFound(c);
  });
}

planEditingRoutes.get('/:versionId{[0-9]+}/doelen/nieuw', (c) =>
  withVersion(c, (loaded) => renderGoalForm(c, loaded, null, emptyGoal(c.req.query('onder') ?? ''), {})),
);

/** The inline check of one goal field (htmx, on blur): the field's wrapper with its message, nothing stored. */
planEditingRoutes.post('/:versionId{[0-9]+}/doelen/valideren', async (c) => {
  const input = await readForm(c);
  const field = one(input, '_veld');
  if (!isGoalField(field)) return c.body(null, 400);
  return withVersion(c, async (loaded) => {
    const options = await loadGoalOptions(c.var.db);
    const values = goalFormValues(input);
    const parsed = parseWith(goalSchema, values, c.var.locale, planEditingTexts);
    const checked = parsed.ok ? checkGoalFields(parsed.data, loaded, options, c.var.locale) : { errors: parsed.errors };
    const message = 'errors' in checked ? checked.errors[field] : undefined;
    const ctx: GoalFormContext = {
      loaded,
      options,
      values,
      errors: message ? { [field]: message } : {},
      goalId: null,
      validateUrl: `${planPath(loaded.version.id)}/doelen/valideren`,
    };
    return renderFragment(c, <GoalField name={field} ctx={ctx} />);
  });
});

planEditingRoutes.post('/:versionId{[0-9]+}/doelen', async (c) => {
  const form = await readForm(c);
  return withVersion(c, async (loaded) => {
    const values = goalFormValues(form);
    const result = await addGoal(commandContext(c), c.var.user, loaded, await loadGoalOptions(c.var.db), formVersion(form), values);
    return answer(c, loaded.version.id, result, 'opgeslagen', (errors, fresh, notice) =>
      renderGoalForm(c, fresh ?? loaded, null, values, errors, notice),
    );
  });
});

planEditingRoutes.get('/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}', (c) =>
  withGoal(c, (loaded, goal) => renderGoalForm(c, loaded, goal.goalId, storedGoal(goal), {}, noticeFrom(c))),
);

planEditingRoutes.post('/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}', async (c) => {
  const form = await readForm(c);
  return withGoal(c, async (loaded, goal) => {
    const values = goalFormValues(form);
    const result = await updateGoal(commandContext(c), c.var.user, loaded, await loadGoalOptions(c.var.db), goal.goalId, formVersion(form), values);
    return answer(c, loaded.version.id, result, 'opgeslagen', (errors, fresh, notice) =>
      renderGoalForm(c, fresh ?? loaded, goal.goalId, values, errors, notice),
    );
  });
});

planEditingRoutes.post('/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/verplaatsen', async (c) => {
  const form = await readForm(c);
  return withGoal(c, async (loaded, goal) => {
    const result = await moveGoal(commandContext(c), c.var.user, loaded, goal.goalId, formVersion(form), { parent: one(form, 'parent') });
    return answer(c, loaded.version.id, result, 'opgeslagen', (errors, fresh, notice) =>
      renderGoalForm(c, fresh ?? loaded, goal.goalId, { ...storedGoal(goal), parent: one(form, 'parent') }, errors, notice),
    );
  });
});

for (const [path, direction] of [
  ['omhoog', 'up'],
  ['omlaag', 'down'],
] as const) {
  planEditingRoutes.post(`/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/${path}`, async (c) => {
    const form = await readForm(c);
    return withGoal(c, async (loaded, goal) => {
      const result = await reorderGoal(commandContext(c), c.var.user, loaded, goal.goalId, direction, formVersion(form));
      return answer(c, loaded.version.id, result, 'opgeslagen', (_e, fresh, notice) => renderVersion(c, fresh ?? loaded, { notice }));
    });
  });
}

planEditingRoutes.post('/:versionId{[0-9]+}/doelen/:goalId{[0-9]+}/verwijderen', async (c) => {
  const form = await readForm(c);
  return withGoal(c, async (loaded, goal) => {
    const result = await removeGoal(commandContext(c), c.var.user, loaded, goal.goalId, formVersion(form));
    return answer(c, loaded.version.id, result, 'verwijderd', (errors, fresh, notice) =>
      renderVersion(c, fresh ?? loaded, { formError: errors._form, notice }),
    );
  });
});

planEditingRoutes.route('/:versionId{[0-9]+}', progressRoutes);
planEditingRoutes.route('/:versionId{[0-9]+}', csvRoutes);
