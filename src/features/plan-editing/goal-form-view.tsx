import { GOAL_STATUSES } from '../../db/enums';
import { Notice } from '../../layout/components';
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { planLabels } from '../plan-links/labels';
import { subtree, type GoalContent } from './model';
import type { GoalOptions, GoalState, LoadedVersion } from './queries';
import type { GoalFormValues, ProgressFormValues } from './schemas';
import { planEditingTexts, type PlanEditingTexts } from './texts';
import { BackToVersion, EditorNoticeBox, FrozenNotice, planPath, type EditorNotice } from './editor-parts';

export const GOAL_FIELDS = [
  'title',
  'description',
  'parent',
  'pillars',
  'neighbourhoods',
  'partners',
  'weight',
  'indicator',
  'baselineWave',
  'baselineValue',
  'targets',
  'agendaGoal',
] as const;
export type GoalFieldName = (typeof GOAL_FIELDS)[number];
export const isGoalField = (name: string): name is GoalFieldName => (GOAL_FIELDS as readonly string[]).includes(name);

export const goalLabels = (t: PlanEditingTexts): Record<GoalFieldName, string> => ({
  title: t.fieldGoalTitle,
  description: t.fieldDescription,
  parent: t.fieldParent,
  pillars: t.fieldPillars,
  neighbourhoods: t.fieldNeighbourhoods,
  partners: t.fieldPartners,
  weight: t.fieldWeight,
  indicator: t.fieldIndicator,
  baselineWave: t.fieldBaselineWave,
  baselineValue: t.fieldBaselineValue,
  targets: t.fieldTargets,
  agendaGoal: t.fieldAgendaGoal,
});

export type GoalFormContext = {
  loaded: LoadedVersion;
  options: GoalOptions;
  values: GoalFormValues;
  errors: FieldErrors;
  /** The goal being edited; null for a new one (then the parent is chosen in the form). */
  goalId: number | null;
  validateUrl: string;
};

/** htmx: checks the field on the server when it loses focus and swaps only its own wrapper. */
const inline = (ctx: GoalFormContext, name: GoalFieldName) => ({
  'hx-post': ctx.validateUrl,
  'hx-trigger': 'blur changed',
  'hx-target': `#veld-${name}-veld`,
  'hx-swap': 'outerMorph',
  'hx-vals': JSON.stringify({ _veld: name }),
});

const indent = (depth: number) => '— '.repeat(Math.max(0, depth - 1));

/** One field of the goal form, also rendered alone as the answer to an inline check. */
export function GoalField({ name, ctx }: { name: GoalFieldName; ctx: GoalFormContext }) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const locale = useAppContext().var.locale;
  const { values, errors, options, loaded } = ctx;
  const label = goalLabels(t)[name];
  switch (name) {
    case 'title':
      return (
        <TextField name="title" label={label} value={values.title} error={errors.title} required maxLength={200} attributes={inline(ctx, 'title')} />
      );
    case 'description':
      return <TextArea name="description" label={label} value={values.description} error={errors.description} rows={4} maxLength={4000} />;
    case 'parent': {
      const parents = loaded.goals.filter((g) => g.depth < 3);
      return (
        <SelectField
          name="parent"
          label={label}
          required
          value={values.parent}
          error={errors.parent}
          options={[
            { value: '', label: t.topLevel },
            ...parents.map((g) => ({ value: String(g.goalId), label: `${indent(g.depth)}${l.goalDepth(g.depth)}: ${g.title}` })),
          ]}
        />
      );
    }
    case 'pillars':
      return (
        <ChoiceGroup
          kind="checkbox"
          name="pillars"
          label={label}
          values={values.pillars}
          error={errors.pillars}
          options={options.pillars.map((p) => ({ value: p.id, label: locale === 'en' ? p.nameEn : p.nameNl }))}
        />
      );
    case 'neighbourhoods':
      return (
        <ChoiceGroup
          kind="checkbox"
          name="neighbourhoods"
          label={label}
          values={values.neighbourhoods}
          error={errors.neighbourhoods}
          options={options.neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))}
        />
      );
    case 'partners':
      return (
        <ChoiceGroup
          kind="checkbox"
          name="partners"
          label={label}
          values={values.partners}
          error={errors.partners}
          options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
      );
    case 'weight':
      return (
        <TextField
          name="weight"
          inputmode="numeric"
          label={label}
          value={values.weight}
          error={errors.weight}
          description={t.fieldWeightHelp}
          size={5}
          attributes={inline(ctx, 'weight')}
        />
      );
    case 'indicator':
      return (
        <SelectField
          name="indicator"
          label={label}
          value={values.indicator}
          error={errors.indicator}
          options={[
            { value: '', label: t.noIndicator },
            ...options.indicators.map((i) => ({ value: i.code, label: locale === 'en' ? i.nameEn : i.nameNl })),
          ]}
        />
      );
    case 'baselineWave':
      return (
        <SelectField
          name="baselineWave"
          label={label}
          value={values.baselineWave}
          error={errors.baselineWave}
          options={[{ value: '', label: t.noWave }, ...options.waves.map((w) => ({ value: w.code, label: w.name }))]}
        />
      );
    case 'baselineValue':
      return (
        <TextField
          name="baselineValue"
          inputmode="decimal"
          label={label}
          value={values.baselineValue}
          error={errors.baselineValue}
          size={8}
          attributes={inline(ctx, 'baselineValue')}
        />
      );
    case 'targets':
      return (
        <TextArea
          name="targets"
          label={label}
          value={values.targets}
          error={errors.targets}
          rows={3}
          maxLength={2000}
          description={t.fieldTargetsHelp(loaded.version.periodStart, loaded.version.periodEnd)}
          attributes={inline(ctx, 'targets')}
        />
      );
    case 'agendaGoal':
      return (
        <SelectField
          name="agendaGoal"
          label={label}
          value={values.agendaGoal}
          error={errors.agendaGoal}
          options={[
            { value: '', label: t.noAgendaGoal },
            ...options.agendaGoals.map((g) => ({ value: String(g.goalId), label: `${indent(g.depth)}${g.title}` })),
          ]}
        />
      );
  }
}

export function GoalFormPage({ ctx, notice }: { ctx: GoalFormContext; notice: EditorNotice }) {
  const t = useTexts(planEditingTexts);
  const { loaded, goalId } = ctx;
  const path = planPath(loaded.version.id);
  const goal = goalId === null ? null : loaded.goals.find((g) => g.goalId === goalId);
  // The agenda goal is offered in an execution plan only; elsewhere it is shown just to carry its refusal at the field.
  const showAgendaGoal = loaded.plan.kind === 'execution-plan' || ctx.errors.agendaGoal !== undefined;
  const fields = GOAL_FIELDS.filter((f) => (f !== 'parent' || goalId === null) && (f !== 'agendaGoal' || showAgendaGoal));
  // A frozen version shows what was typed (to carry over into the concept) but offers no way to save it here.
  const frozen = loaded.version.status !== 'concept';
  return (
    <>
      <BackToVersion loaded={loaded} />
      <h1 class="utrecht-heading-1">{goal ? t.goalFormTitle(goal.title) : t.addGoalHeading}</h1>
      <EditorNoticeBox notice={notice} />
      {frozen && <FrozenNotice loaded={loaded} refused={notice === 'frozen'} />}
      <form method="post" action={goal ? `${path}/doelen/${goal.goalId}` : `${path}/doelen`} novalidate>
        <ErrorSummary errors={ctx.errors} labels={goalLabels(t)} />
        <input type="hidden" name="version" value={String(loaded.version.version)} />
        {fields.map((name) => (
          <GoalField name={name} ctx={ctx} />
        ))}
        {!frozen && <SubmitButton label={goal ? t.save : t.addGoal} />}
      </form>
      {goal && !frozen && <MoveForm loaded={loaded} goal={goal} value={ctx.values.parent} error={ctx.errors.parent} />}
    </>
  );
}

function MoveForm({ loaded, goal, value, error }: { loaded: LoadedVersion; goal: GoalContent; value: string; error?: string }) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const own = new Set(subtree(loaded.goals, goal.goalId).map((g) => g.goalId));
  // Every goal is offered except the goal itself and its own sub-goals; a move that would be too deep is refused with its reason.
  const targets = loaded.goals.filter((g) => !own.has(g.goalId) && g.depth < 3);
  return (
    <section aria-labelledby="verplaatsen-kop">
      <h2 class="utrecht-heading-2" id="verplaatsen-kop">
        {t.moveHeading}
      </h2>
      <form method="post" action={`${planPath(loaded.version.id)}/doelen/${goal.goalId}/verplaatsen`} novalidate>
        <input type="hidden" name="version" value={String(loaded.version.version)} />
        <SelectField
          name="parent"
          label={t.moveTo}
          required
          value={value || (goal.parentGoalId === null ? '' : String(goal.parentGoalId))}
          error={error}
          options={[
            { value: '', label: t.topLevel },
            ...targets.map((g) => ({ value: String(g.goalId), label: `${indent(g.depth)}${l.goalDepth(g.depth)}: ${g.title}` })),
          ]}
        />
        <SubmitButton label={t.move} secondary />
      </form>
    </section>
  );
}

export function ProgressPage(props: {
  loaded: LoadedVersion;
  goal: GoalContent;
  state: GoalState;
  values: ProgressFormValues;
  errors: FieldErrors;
  conflict: boolean;
}) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const { loaded, goal, state, values, errors } = props;
  const path = `${planPath(loaded.version.id)}/doelen/${goal.goalId}/voortgang`;
  const isParent = loaded.goals.some((g) => g.parentGoalId === goal.goalId);
  return (
    <>
      <BackToVersion loaded={loaded} />
      <h1 class="utrecht-heading-1">{t.progressOf(goal.title)}</h1>
      {props.conflict && <Notice kind="warning">{t.progressConflict}</Notice>}
      <p class="utrecht-paragraph">{t.progressIntro}</p>
      <p class="utrecht-paragraph vw-meta">
        {l.goalStatus(state.status)}
        {state.progress !== null ? ` · ${state.progress}%` : ''}
        {state.progressNote ? ` · ${state.progressNote}` : ''}
      </p>
      <form method="post" action={path} novalidate>
        <ErrorSummary errors={errors} labels={{ status: t.fieldStatus, progress: t.fieldProgress, note: t.fieldProgressNote }} />
        <input type="hidden" name="version" value={String(state.version)} />
        <SelectField
          name="status"
          label={t.fieldStatus}
          required
          value={values.status}
          error={errors.status}
          options={GOAL_STATUSES.map((s) => ({ value: s, label: l.goalStatus(s) }))}
        />
        {!isParent && (
          <TextField
            name="progress"
            inputmode="numeric"
            label={t.fieldProgress}
            value={values.progress}
            error={errors.progress}
            size={4}
            description={t.fieldProgressHelp}
          />
        )}
        <TextArea name="note" label={t.fieldProgressNote} value={values.note} error={errors.note} rows={3} maxLength={2000} />
        <SubmitButton label={t.reportProgress} />
      </form>
    </>
  );
}
