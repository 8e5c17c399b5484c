import type { Child } from 'hono/jsx';
import { FUNDING_PROGRAMMES, MILESTONE_STATUSES, PROJECT_HEALTHS, PROJECT_PARTNER_ROLES, PROJECT_PHASES } from '../../db/enums';
import { DataTable } from '../../layout/data-table';
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

type SubNavTab = 'details' | 'milestones' | 'budget';

export function ProjectSubNav({ slug, current }: { slug: string; current: SubNavTab }) {
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
      <DataTable
        caption={t.listTitle}
        captionHidden
        columns={[t.colProject, t.colProgramme, t.colPhase, t.colHealth, t.colActions]}
        rows={projects}
        empty={t.noProjects}
        row={(p) => (
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
        )}
      />
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
                      <input class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" type="checkbox" id={id} name="partners" value={value} checked={chosen.has(value)} />
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

/** The top of every page about one project: its title, the tabs (once the project exists) and the notice. */
function ProjectPageHeading({ title, slug, tab, notice }: { title: string; slug?: string; tab: SubNavTab; notice: Notice }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {slug && <ProjectSubNav slug={slug} current={tab} />}
      <NoticeBanner notice={notice} />
    </>
  );
}

export function ProjectFormPage(props: Parameters<typeof ProjectForm>[0] & { title: string; notice?: Notice }) {
  return (
    <>
      <ProjectPageHeading title={props.title} slug={props.mode === 'edit' ? props.slug : undefined} tab="details" notice={props.notice ?? null} />
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

/** A milestone or budget-line form: the error summary, the project version it was opened at, its fields. */
function PlanItemForm(props: { action: string; version: number; errors: FieldErrors; labels: Record<string, string>; submitLabel: string; children: Child }) {
  return (
    <form method="post" action={props.action} novalidate>
      <ErrorSummary errors={props.errors} labels={props.labels} />
      <input type="hidden" name="version" value={String(props.version)} />
      {props.children}
      <SubmitButton label={props.submitLabel} />
    </form>
  );
}

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

/** The actions in a row of the milestone or budget table; `itemPath` is the item's page, which also takes the removal. */
function PlanItemActions({ itemPath, name, version }: { itemPath: string; name: string; version: number }) {
  const t = useTexts(managementTexts);
  return (
    <>
      <a class="utrecht-link" href={itemPath} aria-label={t.editNamed(name)}>
        {t.edit}
      </a>{' '}
      · <RemoveButton action={`${itemPath}/verwijderen`} version={version} label={t.removeNamed(name)} />
    </>
  );
}

function BackLink({ href }: { href: string }) {
  const t = useTexts(managementTexts);
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={href}>
        {t.back}
      </a>
    </p>
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
  const section = `/projectbeheer/${project.slug}/mijlpalen`;
  const removeError = errors._form;
  const formErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k !== '_form'));
  const actions = (i: number): Child => {
    const m = plan.milestones[i]!;
    return <PlanItemActions itemPath={`${section}/${m.id}`} name={m.title} version={project.version} />;
  };
  return (
    <>
      <ProjectPageHeading title={t.milestonesTitle(project.title)} slug={project.slug} tab="milestones" notice={notice} />
      {removeError && (
        <div class="utrecht-alert utrecht-alert--error vw-project-notice" role="alert">
          <p class="utrecht-paragraph">{removeError}</p>
        </div>
      )}
      <p class="utrecht-paragraph">{t.progressRule}</p>
      <MilestoneTable milestones={plan.milestones} today={localDate(now)} caption={pt.milestonesHeading} actions={actions} />
      <h2 class="utrecht-heading-2">{t.addMilestoneHeading}</h2>
      <PlanItemForm action={section} version={project.version} errors={formErrors} labels={milestoneLabels(t)} submitLabel={t.addMilestone}>
        <MilestoneFields values={values} errors={formErrors} />
      </PlanItemForm>
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
  const section = `/projectbeheer/${project.slug}/mijlpalen`;
  const current = plan.milestones.find((m) => m.id === milestoneId);
  return (
    <>
      <ProjectPageHeading title={t.editMilestoneTitle(current?.title ?? values.title)} slug={project.slug} tab="milestones" notice={notice} />
      <PlanItemForm action={`${section}/${milestoneId}`} version={project.version} errors={errors} labels={milestoneLabels(t)} submitLabel={t.save}>
        <MilestoneFields values={values} errors={errors} />
      </PlanItemForm>
      <BackLink href={section} />
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
  const section = `/projectbeheer/${project.slug}/begroting`;
  const actions = (i: number): Child => {
    const line = plan.budgetLines[i]!;
    return <PlanItemActions itemPath={`${section}/${line.id}`} name={line.fundingSource} version={project.version} />;
  };
  return (
    <>
      <ProjectPageHeading title={t.budgetTitle(project.title)} slug={project.slug} tab="budget" notice={notice} />
      <BudgetTable lines={plan.budgetLines} totals={budgetTotals(plan.budgetLines)} caption={pt.budgetHeading} actions={actions} />
      <h2 class="utrecht-heading-2">{t.addBudgetLineHeading}</h2>
      <PlanItemForm action={section} version={project.version} errors={errors} labels={budgetLabels(t)} submitLabel={t.addBudgetLine}>
        <BudgetLineFields values={values} errors={errors} />
      </PlanItemForm>
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
  const section = `/projectbeheer/${project.slug}/begroting`;
  const current = plan.budgetLines.find((l) => l.id === lineId);
  return (
    <>
      <ProjectPageHeading title={t.editBudgetLineTitle(current?.fundingSource ?? values.fundingSource)} slug={project.slug} tab="budget" notice={notice} />
      <PlanItemForm action={`${section}/${lineId}`} version={project.version} errors={errors} labels={budgetLabels(t)} submitLabel={t.save}>
        <BudgetLineFields values={values} errors={errors} />
      </PlanItemForm>
      <BackLink href={section} />
    </>
  );
}
