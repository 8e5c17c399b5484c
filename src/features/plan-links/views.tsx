import { fieldId } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import { planLabels } from './labels';
import { byPlan, goalHref, planName, type PlanGoal } from './goals';
import { planLinkTexts } from './texts';

function PlanHeading({ goal }: { goal: PlanGoal }) {
  const t = useTexts(planLinkTexts);
  return (
    <>
      {planName(goal)}
      {goal.versionStatus === 'concept' && <span class="vw-meta"> ({t.conceptPlan})</span>}
    </>
  );
}

/**
 * The goals to choose from as checkboxes, grouped by plan, each with its level and the goal it hangs under, so a
 * partner can tell "Doel: Meer ouderen bewegen" in Pottenberg's plan from the agenda's ambition above it.
 * `attributes` go on every checkbox (htmx inline validation).
 */
export function GoalChoice(props: {
  name: string;
  label: string;
  description?: string;
  emptyText: string;
  goals: readonly PlanGoal[];
  values: readonly string[];
  error?: string;
  /** Chosen goals that no longer fit, marked with `markText` next to their label. */
  marked?: readonly number[];
  markText?: string;
  attributes?: Record<string, string>;
}) {
  const t = useTexts(planLinkTexts);
  const levels = useTexts(planLabels);
  const base = fieldId(props.name);
  const ids = [props.description ? `${base}-uitleg` : null, props.error ? `${base}-fout` : null].filter(Boolean).join(' ');
  let index = 0;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vw-goal-choice${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={`${base}-veld`}
      aria-describedby={ids || undefined}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.label}</legend>
      {props.description && (
        <div class="utrecht-form-field-description" id={`${base}-uitleg`}>
          {props.description}
        </div>
      )}
      {props.error && (
        <div class="utrecht-form-field-error-message" id={`${base}-fout`}>
          {props.error}
        </div>
      )}
      {props.goals.length === 0 && <p class="utrecht-paragraph vw-meta">{props.emptyText}</p>}
      {byPlan(props.goals).map((group) => (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vw-goal-choice__plan">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <PlanHeading goal={group.goals[0]!} />
          </legend>
          {group.goals.map((goal) => {
            const id = index++ === 0 ? base : `${base}-${goal.id}`;
            return (
              <div class={`utrecht-form-field utrecht-form-field--checkbox vw-goal-choice__goal vw-goal-choice__goal--depth-${goal.depth}`}>
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  type="checkbox"
                  id={id}
                  name={props.name}
                  value={String(goal.id)}
                  checked={props.values.includes(String(goal.id))}
                  aria-invalid={props.error ? 'true' : undefined}
                  {...props.attributes}
                />
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
                  {levels.goalDepth(goal.depth)}: {goal.title}
                  {goal.parentTitle && <span class="vw-meta"> ({t.underParent(goal.parentTitle)})</span>}
                  {props.marked?.includes(goal.id) && <strong class="vw-goal-choice__unfit"> ({props.markText})</strong>}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** "Draagt bij aan": each goal with its plan, linking to the goal's page. Nothing when there are none. */
export function ServedGoals({ goals, headingId, level = 2 }: { goals: readonly PlanGoal[]; headingId: string; level?: 2 | 3 | 4 }) {
  const t = useTexts(planLinkTexts);
  const levels = useTexts(planLabels);
  if (goals.length === 0) return null;
  const Tag = `h${level}` as const;
  return (
    <section class="vw-served-goals" aria-labelledby={headingId}>
      <Tag class={`utrecht-heading-${level}`} id={headingId}>
        {t.servesHeading}
      </Tag>
      <ul class="utrecht-unordered-list">
        {goals.map((goal) => (
          <li>
            <PlanHeading goal={goal} /> · {levels.goalDepth(goal.depth)}:{' '}
            <a class="utrecht-link" href={goalHref(goal.id)}>
              {goal.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
