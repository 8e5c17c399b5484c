import { formatDay } from '../../layout/dates';
import { ErrorSummary, SelectField, SubmitButton } from '../../layout/form';
import { useAppContext, useTexts } from '../../layout/renderer';
import { layoutTexts } from '../../layout/texts';
import type { FieldErrors } from '../../validation/form';
import { planLabels } from '../plan-links/labels';
import { planPath } from './editor-parts';
import type { GoalOptions, PlanListItem } from './queries';
import type { PlanFormValues } from './schemas';
import { planEditingTexts } from './texts';
import { VersionFields, versionLabels } from './version-fields';

export function PlanListPage({
  plans,
  neighbourhoods,
  values,
  errors,
}: {
  plans: PlanListItem[];
  neighbourhoods: GoalOptions['neighbourhoods'];
  values: PlanFormValues;
  errors: FieldErrors;
}) {
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
        <SelectField
          name="neighbourhood"
          label={t.fieldNeighbourhood}
          value={values.neighbourhood}
          error={errors.neighbourhood}
          placeholder=""
          options={neighbourhoods.map((n) => ({ value: String(n.id), label: n.name }))}
        />
        <VersionFields values={values} errors={errors} t={t} />
        <SubmitButton label={t.createPlan} />
      </form>
    </>
  );
}
