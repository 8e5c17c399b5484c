import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { GoalChoice } from '../plan-links/views';
import type { ProjectGoalsForEdit } from './goal-queries';
import { managementTexts } from './texts';
import { PlanItemForm, ProjectPageHeading, type Notice } from './views';

/** `/projectbeheer/:slug/doelen`: the goals the project serves, as checkboxes grouped by plan. */
export function ProjectGoalsPage({
  current,
  values,
  errors,
  notice,
}: {
  current: ProjectGoalsForEdit;
  values: string[];
  errors: FieldErrors;
  notice: Notice;
}) {
  const t = useTexts(managementTexts);
  const { project } = current;
  return (
    <>
      <ProjectPageHeading title={t.goalsTitle(project.title)} slug={project.slug} tab="goals" notice={notice} />
      <p class="utrecht-paragraph">{t.goalsIntro}</p>
      <PlanItemForm
        action={`/projectbeheer/${project.slug}/doelen`}
        version={project.version}
        errors={errors}
        labels={{ goals: t.goalsLabel }}
        submitLabel={t.saveGoals}
      >
        <GoalChoice name="goals" label={t.goalsLabel} emptyText={t.goalsEmpty} goals={current.goals} values={values} error={errors.goals} />
      </PlanItemForm>
    </>
  );
}
