import { Notice } from '../../layout/components';
import { formatDay } from '../../layout/dates';
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import type { FieldErrors } from '../../validation/form';
import { planLabels } from '../plan-links/labels';
import { childrenOf, type GoalContent } from './model';
import type { GoalOptions, LoadedVersion, PlanListItem } from './queries';
import type { AdoptFormValues, PlanFormValues, VersionFormValues } from './schemas';
import { planEditingTexts, type PlanEditingTexts } from './texts';

export type EditorNotice = 'saved' | 'removed' | 'adopted' | 'new-concept' | 'imported' | 'conflict' | null;

export const planPath = (versionId: number) => `/plannen/${versionId}`;

/** The link back to the version a form belongs to. */
export function BackToVersion({ loaded }: { loaded: LoadedVersion }) {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={planPath(loaded.version.id)}>
        {loaded.version.title}
      </a>
    </p>
  );
}

export function EditorNoticeBox({ notice }: { notice: EditorNotice }) {
  const t = useTexts(planEditingTexts);
  if (!notice) return null;
  if (notice === 'conflict') return <Notice kind="warning">{t.conflict}</Notice>;
  const text = { saved: t.noticeSaved, removed: t.noticeRemoved, adopted: t.noticeAdopted, 'new-concept': t.noticeNewConcept, imported: t.noticeImported }[notice];
  return <Notice kind="ok">{text}</Notice>;
}

export function VersionFields({ values, errors, t }: { values: VersionFormValues; errors: FieldErrors; t: PlanEditingTexts }) {
  return (
    <>
      <TextField name="title" label={t.fieldTitle} value={values.title} error={errors.title} required maxLength={200} />
      <TextArea name="summary" label={t.fieldSummary} value={values.summary} error={errors.summary} rows={3} maxLength={4000} />
      <TextField name="periodStart" inputmode="numeric" label={t.fieldPeriodStart} value={values.periodStart} error={errors.periodStart} required size={5} description={t.fieldPeriodHelp} />
      <TextField name="periodEnd" inputmode="numeric" label={t.fieldPeriodEnd} value={values.periodEnd} error={errors.periodEnd} required size={5} />
    </>
  );
}

const versionLabels = (t: PlanEditingTexts) => ({ title: t.fieldTitle, summary: t.fieldSummary, periodStart: t.fieldPeriodStart, periodEnd: t.fieldPeriodEnd });

export function PlanListPage({ plans, neighbourhoods, values, errors }: { plans: PlanListItem[]; neighbourhoods: GoalOptions['neighbourhoods']; values: PlanFormValues; errors: FieldErrors }) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  return (
    <>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      {plans.length === 0 && <p class="utrecht-paragraph">{t.noPlans}</p>}
      {plans.map(({ plan, neighbourhoodName, versions }) => (
        <section class="vw-card" aria-labelledby={`plan-${plan.id}`}>
          <h2 class="utrecht-heading-2" id={`plan-${plan.id}`}>
            {l.planKind(plan.kind)}
            {neighbourhoodName ? ` ${neighbourhoodName}` : ''} {plan.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
          </h2>
          <ul class="utrecht-unordered-list">
            {versions.map((v) => (
              <li>
                <a class="utrecht-link" href={planPath(v.id)}>
                  {t.versionNumber(v.number)}: {v.title}
                </a>{' '}
                · {l.versionStatus(v.status)}
                {v.adoptedOn && v.adoptedBy ? ` · ${t.adoptedOnBy(formatDay(v.adoptedOn, locale), v.adoptedBy)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2 class="utrecht-heading-2">{t.newPlanHeading}</h2>
      <form method="post" action="/plannen" novalidate>
        <ErrorSummary errors={errors} labels={{ ...versionLabels(t), kind: t.fieldKind, neighbourhood: t.fieldNeighbourhood }} />
        <SelectField
          name="kind"
          label={t.fieldKind}
          required
          value={values.kind}
          error={errors.kind}
          options={(['strategic-agenda', 'execution-plan'] as const).map((k) => ({ value: k, label: l.planKind(k) }))}
        />
        <SelectField name="neighbourhood" label={t.fieldNeighbourhood} value={values.neighbourhood} error={errors.neighbourhood} placeholder="" options={neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))} />
        <VersionFields values={values} errors={errors} t={t} />
        <SubmitButton label={t.createPlan} />
      </form>
    </>
  );
}

/** A button that posts the concept's version: reorder, remove, start a new concept. */
export function VersionButton({ action, version, label, ariaLabel, variant }: { action: string; version: number; label: string; ariaLabel?: string; variant?: 'link' | 'secondary' }) {
  return (
    <form method="post" action={action} class="vw-inline-form">
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" class={variant === 'secondary' ? 'utrecht-button utrecht-button--secondary-action' : 'vw-linklike'} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

function GoalActions({ goal, loaded, goals }: { goal: GoalContent; loaded: LoadedVersion; goals: GoalContent[] }) {
  const t = useTexts(planEditingTexts);
  const base = `${planPath(loaded.version.id)}/doelen/${goal.goalId}`;
  const v = loaded.version.version;
  const progress = (
    <a class="utrecht-link" href={`${base}/voortgang`}>
      {t.progressHeading}
    </a>
  );
  if (loaded.version.status !== 'concept') return progress;
  const siblings = childrenOf(goals, goal.parentGoalId);
  const index = siblings.findIndex((s) => s.goalId === goal.goalId);
  const hasChildren = goals.some((g) => g.parentGoalId === goal.goalId);
  return (
    <>
      <a class="utrecht-link" href={base} aria-label={t.editNamed(goal.title)}>
        {t.edit}
      </a>
      {index > 0 && (
        <>
          {' · '}
          <VersionButton action={`${base}/omhoog`} version={v} label={t.moveUp} ariaLabel={t.moveUpNamed(goal.title)} />
        </>
      )}
      {index < siblings.length - 1 && (
        <>
          {' · '}
          <VersionButton action={`${base}/omlaag`} version={v} label={t.moveDown} ariaLabel={t.moveDownNamed(goal.title)} />
        </>
      )}
      {goal.depth < 3 && (
        <>
          {' · '}
          <a class="utrecht-link" href={`${planPath(loaded.version.id)}/doelen/nieuw?onder=${goal.goalId}`}>
            {t.addChild}
          </a>
        </>
      )}
      {!hasChildren && (
        <>
          {' · '}
          <VersionButton action={`${base}/verwijderen`} version={v} label={t.remove} ariaLabel={t.removeNamed(goal.title)} />
        </>
      )}
      {' · '}
      {progress}
    </>
  );
}

/** The goal tree, indented by level (nested lists), with each goal's actions. */
export function GoalTree({ loaded, parentId = null }: { loaded: LoadedVersion; parentId?: number | null }) {
  const l = useTexts(planLabels);
  const children = childrenOf(loaded.goals, parentId);
  if (children.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list vw-plan-tree">
      {children.map((g) => {
        const state = loaded.states.get(g.goalId);
        return (
          <li id={`doel-${g.goalId}`}>
            <strong>{l.goalDepth(g.depth)}:</strong> {g.title}
            <span class="vw-meta">
              {' '}
              · {state ? l.goalStatus(state.status) : ''}
              {state?.progress !== null && state?.progress !== undefined ? ` · ${state.progress}%` : ''}
              {g.weight !== null ? ` · ${g.weight}×` : ''}
              {g.indicatorCode ? ` · ${g.indicatorCode}` : ''}
            </span>
            <br />
            <GoalActions goal={g} loaded={loaded} goals={loaded.goals} />
            <GoalTree loaded={loaded} parentId={g.goalId} />
          </li>
        );
      })}
    </ul>
  );
}

export function VersionPage(props: {
  loaded: LoadedVersion;
  values: VersionFormValues;
  errors: FieldErrors;
  adopt: AdoptFormValues;
  adoptErrors: FieldErrors;
  notice: EditorNotice;
  formError?: string;
  publicHistory: string;
}) {
  const t = useTexts(planEditingTexts);
  const l = useTexts(planLabels);
  const layout = useTexts(layoutTexts);
  const locale = useAppContext().var.locale;
  const { loaded } = props;
  const v = loaded.version;
  const path = planPath(v.id);
  const concept = v.status === 'concept';
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/plannen">
          {t.listTitle}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {v.title} · {t.versionNumber(v.number)} ({l.versionStatus(v.status)}) {loaded.plan.isDemo && <span class="vw-demo-badge">{layout.demoBadge}</span>}
      </h1>
      <EditorNoticeBox notice={props.notice} />
      {props.formError && <Notice kind="error">{props.formError}</Notice>}
      {!concept && <Notice kind="info">{t.frozenNotice}</Notice>}
      {v.adoptedOn && v.adoptedBy && <p class="utrecht-paragraph">{t.adoptedOnBy(formatDay(v.adoptedOn, locale), v.adoptedBy)}</p>}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={props.publicHistory}>
          {t.versionsOf}
        </a>
      </p>
      {concept && (
        <section aria-labelledby="versie-kop">
          <h2 class="utrecht-heading-2" id="versie-kop">
            {t.versionHeading}
          </h2>
          <form method="post" action={path} novalidate>
            <ErrorSummary errors={props.errors} labels={versionLabels(t)} />
            <input type="hidden" name="version" value={String(v.version)} />
            <VersionFields values={props.values} errors={props.errors} t={t} />
            <SubmitButton label={t.save} />
          </form>
        </section>
      )}
      <section aria-labelledby="doelen-kop">
        <h2 class="utrecht-heading-2" id="doelen-kop">
          {t.goalsHeading}
        </h2>
        {loaded.goals.length === 0 ? <p class="utrecht-paragraph">{t.noGoals}</p> : <GoalTree loaded={loaded} />}
        {concept && (
          <p class="utrecht-paragraph">
            <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`${path}/doelen/nieuw`}>
              {t.addGoal}
            </a>
          </p>
        )}
      </section>
      <CsvSection path={path} concept={concept} />
      {concept ? <AdoptForm path={path} version={v.version} values={props.adopt} errors={props.adoptErrors} /> : null}
      {v.status === 'adopted' && (
        <section aria-labelledby="nieuw-concept-kop">
          <h2 class="utrecht-heading-2" id="nieuw-concept-kop">
            {t.newConcept}
          </h2>
          <p class="utrecht-paragraph">{t.newConceptIntro}</p>
          <VersionButton action={`${path}/nieuw-concept`} version={v.version} label={t.newConcept} variant="secondary" />
        </section>
      )}
    </>
  );
}

function AdoptForm({ path, version, values, errors }: { path: string; version: number; values: AdoptFormValues; errors: FieldErrors }) {
  const t = useTexts(planEditingTexts);
  return (
    <section aria-labelledby="vaststellen-kop">
      <h2 class="utrecht-heading-2" id="vaststellen-kop">
        {t.adoptHeading}
      </h2>
      <p class="utrecht-paragraph">{t.adoptIntro}</p>
      <form method="post" action={`${path}/vaststellen`} novalidate>
        <ErrorSummary errors={errors} labels={{ adoptedOn: t.fieldAdoptedOn, adoptedBy: t.fieldAdoptedBy }} />
        <input type="hidden" name="version" value={String(version)} />
        <TextField name="adoptedOn" type="date" label={t.fieldAdoptedOn} value={values.adoptedOn} error={errors.adoptedOn} required />
        <TextField name="adoptedBy" label={t.fieldAdoptedBy} value={values.adoptedBy} error={errors.adoptedBy} required maxLength={200} description={t.fieldAdoptedByHelp} />
        <SubmitButton label={t.adopt} />
      </form>
    </section>
  );
}

function CsvSection({ path, concept }: { path: string; concept: boolean }) {
  const t = useTexts(planEditingTexts);
  return (
    <section aria-labelledby="csv-kop">
      <h2 class="utrecht-heading-2" id="csv-kop">
        {t.csvHeading}
      </h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${path}/doelen.csv`} download>
          {t.csvExport}
        </a>
      </p>
      {concept && (
        <form method="post" action={`${path}/import`} enctype="multipart/form-data" novalidate>
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="veld-bestand">
                {t.csvFile}
              </label>
            </div>
            <div class="utrecht-form-field-description" id="veld-bestand-uitleg">
              {t.csvHelp}
            </div>
            <div class="utrecht-form-field__input">
              <input type="file" id="veld-bestand" name="bestand" accept=".csv,text/csv" aria-describedby="veld-bestand-uitleg" />
            </div>
          </div>
          <SubmitButton label={t.csvImport} secondary />
        </form>
      )}
    </section>
  );
}
