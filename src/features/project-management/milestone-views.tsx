import type { Child } from 'hono/jsx';
import { MILESTONE_STATUSES } from '../../db/enums';
import { SelectField, TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { MilestoneTable } from '../projects/components';
import { localDate } from '../../dates';
import { projectLabels, projectTexts } from '../projects/texts';
import type { ProjectPlan } from './queries';
import type { MilestoneFormValues } from './schemas';
import { managementTexts } from './texts';
import { BackLink, PlanItemActions, PlanItemForm, ProjectPageHeading, type Notice } from './views';

function MilestoneFields({ values, errors }: { values: MilestoneFormValues; errors: FieldErrors }) {
  const t = useTexts(managementTexts);
  const l = useTexts(projectLabels);
  return (
    <>
      <TextField name="title" label={t.fieldMilestoneTitle} value={values.title} error={errors.title} required maxLength={200} />
      <TextField
        name="plannedDate"
        type="date"
        label={t.fieldPlannedDate}
        value={values.plannedDate}
        error={errors.plannedDate}
        description={t.fieldPlannedDateHelp}
        required
      />
      <TextField
        name="actualDate"
        type="date"
        label={t.fieldActualDate}
        value={values.actualDate}
        error={errors.actualDate}
        description={t.fieldActualDateHelp}
      />
      <SelectField
        name="status"
        label={t.fieldMilestoneStatus}
        required
        error={errors.status}
        value={values.status}
        options={MILESTONE_STATUSES.map((s) => ({ value: s, label: l.milestoneStatus(s) }))}
      />
      <TextField
        name="weight"
        inputmode="numeric"
        label={t.fieldWeight}
        value={values.weight}
        error={errors.weight}
        description={t.fieldWeightHelp}
        size={5}
      />
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
export function MilestonesPage({
  plan,
  values,
  errors,
  notice,
  now,
}: {
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

export function MilestoneEditPage({
  plan,
  milestoneId,
  values,
  errors,
  notice,
}: {
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
