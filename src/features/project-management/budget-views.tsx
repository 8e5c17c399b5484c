import type { Child } from 'hono/jsx';
import { TextField } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { budgetTotals } from '../projects/budget';
import { BudgetTable } from '../projects/components';
import { projectTexts } from '../projects/texts';
import type { ProjectPlan } from './queries';
import type { BudgetLineFormValues } from './schemas';
import { managementTexts } from './texts';
import { BackLink, PlanItemActions, PlanItemForm, ProjectPageHeading, type Notice } from './views';

function BudgetLineFields({ values, errors }: { values: BudgetLineFormValues; errors: FieldErrors }) {
  const t = useTexts(managementTexts);
  return (
    <>
      <TextField
        name="fundingSource"
        label={t.fieldFundingSource}
        value={values.fundingSource}
        error={errors.fundingSource}
        description={t.fieldFundingSourceHelp}
        required
        maxLength={150}
      />
      <TextField
        name="allocated"
        inputmode="decimal"
        label={t.fieldAllocated}
        value={values.allocated}
        error={errors.allocated}
        description={t.amountHelp}
        size={16}
      />
      <TextField
        name="committed"
        inputmode="decimal"
        label={t.fieldCommitted}
        value={values.committed}
        error={errors.committed}
        description={t.amountHelp}
        size={16}
      />
      <TextField
        name="spent"
        inputmode="decimal"
        label={t.fieldSpent}
        value={values.spent}
        error={errors.spent}
        description={t.amountHelp}
        size={16}
      />
    </>
  );
}

const budgetLabels = (t: (typeof managementTexts)['nl']) => ({
  fundingSource: t.fieldFundingSource,
  allocated: t.fieldAllocated,
  committed: t.fieldCommitted,
  spent: t.fieldSpent,
});

export function BudgetPage({
  plan,
  values,
  errors,
  notice,
}: {
  plan: ProjectPlan;
  values: BudgetLineFormValues;
  errors: FieldErrors;
  notice: Notice;
}) {
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

export function BudgetLineEditPage({
  plan,
  lineId,
  values,
  errors,
  notice,
}: {
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
      <ProjectPageHeading
        title={t.editBudgetLineTitle(current?.fundingSource ?? values.fundingSource)}
        slug={project.slug}
        tab="budget"
        notice={notice}
      />
      <PlanItemForm action={`${section}/${lineId}`} version={project.version} errors={errors} labels={budgetLabels(t)} submitLabel={t.save}>
        <BudgetLineFields values={values} errors={errors} />
      </PlanItemForm>
      <BackLink href={section} />
    </>
  );
}
