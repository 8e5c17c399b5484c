import { FUNDING_PROGRAMMES, PROJECT_HEALTHS, PROJECT_PARTNER_ROLES, PROJECT_PHASES } from '../../db/enums';
import { DataTable } from '../../layout/data-table';
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField, fieldId } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { HealthBadge } from '../projects/components';
import { projectLabels } from '../projects/texts';
import type { ProjectFormOptions } from './queries';
import type { ProjectFormValues } from './schemas';
import { managementTexts } from './texts';

import { ProjectPageHeading, type Notice } from './views';

export function ManagementListPage({
  projects,
  pendingUpdates,
}: {
  projects: { slug: string; title: string; phase: number; health: string; fundingProgramme: string }[];
  pendingUpdates: number;
}) {
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
              <th class="utrecht-table__header-cell" scope="col">
                {t.colOrganisation}
              </th>
              {PROJECT_PARTNER_ROLES.map((role) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {l.partnerRole(role)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {options.organisations.map((org, row) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {org.name}
                </th>
                {PROJECT_PARTNER_ROLES.map((role, col) => {
                  const value = `${org.id}:${role}`;
                  const id = row === 0 && col === 0 ? fieldId('partners') : `${fieldId('partners')}-${org.id}-${role}`;
                  return (
                    <td class="utrecht-table__cell">
                      <input
                        class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                        type="checkbox"
                        id={id}
                        name="partners"
                        value={value}
                        checked={chosen.has(value)}
                      />
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

export function ProjectForm({
  mode,
  slug,
  values,
  errors,
  options,
  version,
}: {
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
      <TextArea
        name="summary"
        label={t.fieldSummary}
        value={values.summary}
        error={errors.summary}
        description={t.fieldSummaryHelp}
        required
        rows={3}
        maxLength={400}
      />
      <TextArea
        name="description"
        label={t.fieldDescription}
        value={values.description}
        error={errors.description}
        description={t.fieldDescriptionHelp}
        rows={8}
      />
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
export function ProjectFormPage(props: Parameters<typeof ProjectForm>[0] & { title: string; notice?: Notice }) {
  return (
    <>
      <ProjectPageHeading title={props.title} slug={props.mode === 'edit' ? props.slug : undefined} tab="details" notice={props.notice ?? null} />
      <ProjectForm {...props} />
    </>
  );
}
