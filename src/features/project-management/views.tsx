import type { Child } from 'hono/jsx';
import { FUNDING_PROGRAMMES, MILESTONE_STATUSES, PROJECT_HEALTHS, PROJECT_PARTNER_ROLES, PROJECT_PHASES } from '../../db/enums';
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField, fieldId } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { budgetTotals } from '../projects/budget';
import { BudgetTable, HealthBadge, MilestoneTable } from '../projects/components';
import { localDate } from '../projects/dates';
import { projectLabels, projectTexts } from '../projects/texts';
import type { ProjectFormOptions, ProjectPlan } from './queries';
import type { BudgetLineFormValues, MilestoneFormValues, ProjectFormValues } from './schemas';
import { managementTexts } from './texts';

export type Notice = 'saved' | 'created' | 'removed' | 'conflict' | null;

export function NoticeBanner({ notice }: { notice: Notice }) {
  const t = useTexts(managementTexts);
  if (!notice) return null;
  if (notice === 'conflict') {
    return (
      <div class="utrecht-alert utrecht-alert--warning vw-project-notice" role="alert">
        <h2 class="utrecht-heading-3">{t.conflictTitle}</h2>
        <p class="utrecht-paragraph">{t.conflictBody}</p>
      </div>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--ok vw-project-notice" role="status">
      <p class="utrecht-paragraph">{notice === 'created' ? t.created : notice === 'removed' ? t.removed : t.saved}</p>
    </div>
  );
}

export function ProjectSubNav({ slug, current }: { slug: string; current: 'details' | 'milestones' | 'budget' }) {
  const t = useTexts(managementTexts);
  const items: [string, string, boolean][] = [
    [`/projectbeheer/${slug}`, t.tabDetails, current === 'details'],
    [`/projectbeheer/${slug}/mijlpalen`, t.tabMilestones, current === 'milestones'],
    [`/projectbeheer/${slug}/begroting`, t.tabBudget, current === 'budget'],
    [`/projecten/${slug}`, t.tabStatusPage, false],
  ];
  return (
    <nav class="vw-project-subnav" aria-label={t.subNavLabel}>
      <ul>
        {items.map(([href, label, active]) => (
          <li>
            <a class="utrecht-link" href={href} aria-current={active ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ManagementListPage({ projects, pendingUpdates }: { projects: { slug: string; title: string; phase: number; health: string; fundingProgramme: string }[]; pendingUpdates: number }) {
  const t = useTexts(managementTexts);
  const l = useTexts(projectLabels);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <ul class="vw-project-actions">
        <li>
          <a class="utrecht-link" href="/projectbeheer/nieuw">
            {t.newProject}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/beoordelen/voortgangsberichten">
            {t.reviewUpdates(pendingUpdates)}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/projectbeheer/financiers">
            {t.manageFunders}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href="/financier">
            {t.funderOverview}
          </a>
        </li>
      </ul>
      {projects.length === 0 ? (
        <p class="utrecht-paragraph">{t.noProjects}</p>
      ) : (
        <div class="utrecht-table-container">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption vw-visually-hidden">{t.listTitle}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.colProject}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colProgramme}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colPhase}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colHealth}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colActions}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {projects.map((p) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link" href={`/projecten/${p.slug}`}>
                      {p.title}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">{l.programme(p.fundingProgramme)}</td>
                  <td class="utrecht-table__cell">{l.phase(p.phase)}</td>
                  <td class="utrecht-table__cell">
                    <HealthBadge health={p.health} />
                  </td>
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/projectbeheer/${p.slug}`} aria-label={t.editNamed(p.title)}>
                      {t.tabDetails}
                    </a>{' '}
                    ·{' '}
                    <a class="utrecht-link" href={`/projectbeheer/${p.slug}/mijlpalen`}>
                      {t.tabMilestones}
                    </a>{' '}
                    ·{' '}
                    <a class="utrecht-link" href={`/projectbeheer/${p.slug}/begroting`}>
                      {t.tabBudget}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function PartnerGrid({ options, values, error }: { options: ProjectFormOptions; values: string[]; error?: string }) {
  const t = useTexts(managementTexts);
  const l = useTexts(projectLabels);
  const chosen = new Set(values);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={`${fieldId('partners')}-veld`}
      aria-describedby={`${fieldId('partners')}-uitleg${error ? ` ${fieldId('partners')}-fout` : ''}`}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t.fieldPartners}</legend>
      <div class="utrecht-form-field-description" id={`${fieldId('partners')}-uitleg`}>
        {t.fieldPartnersHelp}
      </div>
      {error && (
        <div class="utrecht-form-field-error-message" id={`${fieldId('partners')}-fout`}>
          {error}
        </div>
      )}
      <div class="utrecht-table-container vw-project-partner-grid">
        <table class="utrecht-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t.colOrganisation}</th>
              {PROJECT_PARTNER_ROLES.map((role) => (
                <th class="utrecht-table__header-cell" scope="col">{l.partnerRole(role)}</th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {options.organisations.map((org, row) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{org.name}</th>
                {PROJECT_PARTNER_ROLES.map((role, col) => {
                  const value = `${org.id}:${role}`;
                  const id = row === 0 && col === 0 ? fieldId('partners') : `${fieldId('partners')}-${org.id}-${role}`;
                  return (
                    <td class="utrecht-table__cell">
                      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name="partners" value={value} checked={chosen.has(value)} />
                      <label class="vw-visually-hidden" for={id}>
                        {t.partnerCell(org.name, l.partnerRole(role))}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

export function ProjectForm({ mode, slug, values, errors, options, version }: {
  mode: 'create' | 'edit';
  slug?: string;
  values: ProjectFormValues;
  errors: FieldErrors;
  options: ProjectFormOptions;
  version?: number;
}) {
  const t = useTexts(managementTexts);
  const l = useTexts(projectLabels);
  const locale = useAppContext().var.locale;
  const labels: Record<string, string> = {
    title: t.fieldTitle,
    slug: t.fieldSlug,
    summary: t.fieldSummary,
    description: t.fieldDescription,
    neighbourhoods: t.fieldNeighbourhoods,
    pillars: t.fieldPillars,
    fundingProgramme: t.fieldProgramme,
    phase: t.fieldPhase,
    health: t.fieldHealth,
    healthExplanation: t.fieldHealthExplanation,
    partners: t.fieldPartners,
    activities: t.fieldActivities,
  };
  return (
    <form method="post" action={mode === 'create' ? '/projectbeheer/nieuw' : `/projectbeheer/${slug}`} novalidate>
      <ErrorSummary errors={errors} labels={labels} />
      {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
      <TextField name="title" label={t.fieldTitle} value={values.title} error={errors.title} required maxLength={150} />
      <TextField name="slug" label={t.fieldSlug} value={values.slug} error={errors.slug} description={t.fieldSlugHelp} maxLength={80} />
      <TextArea name="summary" label={t.fieldSummary} value={values.summary} error={errors.summary} description={t.fieldSummaryHelp} required rows={3} maxLength={400} />
      <TextArea name="description" label={t.fieldDescription} value={values.description} error={errors.description} description={t.fieldDescriptionHelp} rows={8} />
      <ChoiceGroup
        kind="checkbox"
        name="neighbourhoods"
        label={t.fieldNeighbourhoods}
        required
        error={errors.neighbourhoods}
        options={options.neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))}
        values={values.neighbourhoods}
      />
      <ChoiceGroup
        kind="checkbox"
        name="pillars"
        label={t.fieldPillars}
        required
        error={errors.pillars}
        options={options.pillars.map((p) => ({ value: p.id, label: locale === 'nl' ? p.nameNl : p.nameEn }))}
        values={values.pillars}
      />
      <SelectField
        name="fundingProgramme"
        label={t.fieldProgramme}
        required
        error={errors.fundingProgramme}
        placeholder={t.choose}
        value={values.fundingProgramme}
        options={FUNDING_PROGRAMMES.map((p) => ({ value: p, label: l.programme(p) }))}
      />
      <SelectField
        name="phase"
        label={t.fieldPhase}
        required
        error={errors.phase}
        description={t.fieldPhaseHelp}
        value={values.phase}
        options={PROJECT_PHASES.map((p) => ({ value: String(p), label: `${p} – ${l.phase(p)}` }))}
      />
      <ChoiceGroup
        kind="radio"
        name="health"
        label={t.fieldHealth}
        required
        error={errors.health}
        options={PROJECT_HEALTHS.map((h) => ({ value: h, label: l.health(h) }))}
        values={[values.health]}
      />
      <TextArea
        name="healthExplanation"
        label={t.fieldHealthExplanation}
        value={values.healthExplanation}
        error={errors.healthExplanation}
        description={t.fieldHealthExplanationHelp}
        rows={3}
        maxLength={2000}
      />
      <PartnerGrid options={options} values={values.partners} error={errors.partners} />
      {options.activities.length ? (
        <ChoiceGroup
          kind="checkbox"
          name="activities"
          label={t.fieldActivities}
          description={t.fieldActivitiesHelp}
          error={errors.activities}
          options={options.activities.map((a) => ({ value: String(a.id), label: `${a.title} (${a.organisationName})` }))}
          values={values.activities}
        />
      ) : (
        <p class="utrecht-paragraph">{t.noActivities}</p>
      )}
      <SubmitButton label={mode === 'create' ? t.create : t.save} />
    </form>
  );
}

export function ProjectFormPage(props: Parameters<typeof ProjectForm>[0] & { title: string; notice?: Notice }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{props.title}</h1>
      {props.mode === 'edit' && props.slug && <ProjectSubNav slug={props.slug} current="details" />}
      <NoticeBanner notice={props.notice ?? null} />
      <ProjectForm {...props} />
    </>
  );
}

function MilestoneFields({ values, errors }: { values: MilestoneFormValues; errors: FieldErrors }) {
  const t = useTexts(managementTexts);
  const l = useTexts(projectLabels);
  return (
    <>
      <TextField name="title" label={t.fieldMilestoneTitle} value={values.title} error={errors.title} required maxLength={200} />
      <TextField name="plannedDate" type="date" label={t.fieldPlannedDate} value={values.plannedDate} error={errors.plannedDate} description={t.fieldPlannedDateHelp} required />
      <TextField name="actualDate" type="date" label={t.fieldActualDate} value={values.actualDate} error={errors.actualDate} description={t.fieldActualDateHelp} />
      <SelectField
        name="status"
        label={t.fieldMilestoneStatus}
        required
        error={errors.status}
        value={values.status}
        options={MILESTONE_STATUSES.map((s) => ({ value: s, label: l.milestoneStatus(s) }))}
      />
      <TextField name="weight" inputmode="numeric" label={t.fieldWeight} value={values.weight} error={errors.weight} description={t.fieldWeightHelp} size={5} />
    </>
  );
}

const milestoneLabels = (t: (typeof managementTexts)['nl']) => ({
  title: t.fieldMilestoneTitle,
  plannedDate: t.fieldPlannedDate,
  actualDate: t.fieldActualDate,
  status: t.fieldMilestoneStatus,
  weight: t.fieldWeight,
});

function RemoveButton({ action, version, label }: { action: string; version: number; label: string }) {
  const t = useTexts(managementTexts);
  return (
    <form method="post" action={action} class="vw-inline-form">
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" class="vw-linklike" aria-label={label}>
        {t.remove}
      </button>
    </form>
  );
}

export function MilestonesPage({ plan, values, errors, notice, now }: {
  plan: ProjectPlan;
  values: MilestoneFormValues;
  errors: FieldErrors;
  notice: Notice;
  now: Date;
}) {
  const t = useTexts(managementTexts);
  const pt = useTexts(projectTexts);
  const { project } = plan;
  const removeError = errors._form;
  const formErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== '_form'));
  const actions = (i: number): Child => {
    const m = plan.milestones[i]!;
    return (
      <>
        <a class="utrecht-link" href={`/projectbeheer/${project.slug}/mijlpalen/${m.id}`} aria-label={t.editNamed(m.title)}>
          {t.edit}
        </a>{' '}
        · <RemoveButton action={`/projectbeheer/${project.slug}/mijlpalen/${m.id}/verwijderen`} version={project.version} label={t.removeNamed(m.title)} />
      </>
    );
  };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.milestonesTitle(project.title)}</h1>
      <ProjectSubNav slug={project.slug} current="milestones" />
      <NoticeBanner notice={notice} />
      {removeError && (
        <div class="utrecht-alert utrecht-alert--error vw-project-notice" role="alert">
          <p class="utrecht-paragraph">{removeError}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{t.progressRule}</p>
      <MilestoneTable milestones={plan.milestones} today={localDate(now)} caption={pt.milestonesHeading} actions={actions} />
      <h2 class="utrecht-heading-2">{t.addMilestoneHeading}</h2>
      <form method="post" action={`/projectbeheer/${project.slug}/mijlpalen`} novalidate>
        <ErrorSummary errors={formErrors} labels={milestoneLabels(t)} />
        <input type="hidden" name="version" value={String(project.version)} />
        <MilestoneFields values={values} errors={formErrors} />
        <SubmitButton label={t.addMilestone} />
      </form>
    </>
  );
}

export function MilestoneEditPage({ plan, milestoneId, values, errors, notice }: {
  plan: ProjectPlan;
  milestoneId: number;
  values: MilestoneFormValues;
  errors: FieldErrors;
  notice: Notice;
}) {
  const t = useTexts(managementTexts);
  const { project } = plan;
  const current = plan.milestones.find((m) => m.id === milestoneId);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.editMilestoneTitle(current?.title ?? values.title)}</h1>
      <ProjectSubNav slug={project.slug} current="milestones" />
      <NoticeBanner notice={notice} />
      <form method="post" action={`/projectbeheer/${project.slug}/mijlpalen/${milestoneId}`} novalidate>
        <ErrorSummary errors={errors} labels={milestoneLabels(t)} />
        <input type="hidden" name="version" value={String(project.version)} />
        <MilestoneFields values={values} errors={errors} />
        <SubmitButton label={t.save} />
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/projectbeheer/${project.slug}/mijlpalen`}>
          {t.back}
        </a>
      </p>
    </>
  );
}

function BudgetLineFields({ values, errors }: { values: BudgetLineFormValues; errors: FieldErrors }) {
  const t = useTexts(managementTexts);
  return (
    <>
      <TextField name="fundingSource" label={t.fieldFundingSource} value={values.fundingSource} error={errors.fundingSource} description={t.fieldFundingSourceHelp} required maxLength={150} />
      <TextField name="allocated" inputmode="decimal" label={t.fieldAllocated} value={values.allocated} error={errors.allocated} description={t.amountHelp} size={16} />
      <TextField name="committed" inputmode="decimal" label={t.fieldCommitted} value={values.committed} error={errors.committed} description={t.amountHelp} size={16} />
      <TextField name="spent" inputmode="decimal" label={t.fieldSpent} value={values.spent} error={errors.spent} description={t.amountHelp} size={16} />
    </>
  );
}

const budgetLabels = (t: (typeof managementTexts)['nl']) => ({
  fundingSource: t.fieldFundingSource,
  allocated: t.fieldAllocated,
  committed: t.fieldCommitted,
  spent: t.fieldSpent,
});

export function BudgetPage({ plan, values, errors, notice }: { plan: ProjectPlan; values: BudgetLineFormValues; errors: FieldErrors; notice: Notice }) {
  const t = useTexts(managementTexts);
  const pt = useTexts(projectTexts);
  const { project } = plan;
  const actions = (i: number): Child => {
    const line = plan.budgetLines[i]!;
    return (
      <>
        <a class="utrecht-link" href={`/projectbeheer/${project.slug}/begroting/${line.id}`} aria-label={t.editNamed(line.fundingSource)}>
          {t.edit}
        </a>{' '}
        · <RemoveButton action={`/projectbeheer/${project.slug}/begroting/${line.id}/verwijderen`} version={project.version} label={t.removeNamed(line.fundingSource)} />
      </>
    );
  };
  return (
    <>
      <h1 class="utrecht-heading-1">{t.budgetTitle(project.title)}</h1>
      <ProjectSubNav slug={project.slug} current="budget" />
      <NoticeBanner notice={notice} />
      <BudgetTable lines={plan.budgetLines} totals={budgetTotals(plan.budgetLines)} caption={pt.budgetHeading} actions={actions} />
      <h2 class="utrecht-heading-2">{t.addBudgetLineHeading}</h2>
      <form method="post" action={`/projectbeheer/${project.slug}/begroting`} novalidate>
        <ErrorSummary errors={errors} labels={budgetLabels(t)} />
        <input type="hidden" name="version" value={String(project.version)} />
        <BudgetLineFields values={values} errors={errors} />
        <SubmitButton label={t.addBudgetLine} />
      </form>
    </>
  );
}

export function BudgetLineEditPage({ plan, lineId, values, errors, notice }: {
  plan: ProjectPlan;
  lineId: number;
  values: BudgetLineFormValues;
  errors: FieldErrors;
  notice: Notice;
}) {
  const t = useTexts(managementTexts);
  const { project } = plan;
  const current = plan.budgetLines.find((l) => l.id === lineId);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.editBudgetLineTitle(current?.fundingSource ?? values.fundingSource)}</h1>
      <ProjectSubNav slug={project.slug} current="budget" />
      <NoticeBanner notice={notice} />
      <form method="post" action={`/projectbeheer/${project.slug}/begroting/${lineId}`} novalidate>
        <ErrorSummary errors={errors} labels={budgetLabels(t)} />
        <input type="hidden" name="version" value={String(project.version)} />
        <BudgetLineFields values={values} errors={errors} />
        <SubmitButton label={t.save} />
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/projectbeheer/${project.slug}/begroting`}>
          {t.back}
        </a>
      </p>
    </>
  );
}
