import type { GoalStatus, PlanKind, PlanVersionStatus } from '../../db/enums';
import { defineTexts } from '../../i18n';

/** Names of the plan's stored codes, shared by the plan pages and the plan editor. */
export const planLabels = defineTexts(
  {
    planKind: (kind: PlanKind) => ({ 'strategic-agenda': 'Strategische agenda', 'execution-plan': 'Uitvoeringsplan' })[kind],
    versionStatus: (status: PlanVersionStatus) => ({ concept: 'Concept', adopted: 'Vastgesteld', superseded: 'Vervangen' })[status],
    goalStatus: (status: GoalStatus) =>
      ({ 'not-started': 'Nog niet begonnen', 'under-way': 'Onderweg', 'on-track': 'Op koers', behind: 'Achter op schema', achieved: 'Bereikt' })[
        status
      ],
    goalDepth: (depth: number) => ['Ambitie', 'Doel', 'Subdoel'][depth - 1] ?? 'Doel',
  },
  {
    planKind: (kind: PlanKind) => ({ 'strategic-agenda': 'Strategic agenda', 'execution-plan': 'Execution plan' })[kind],
    versionStatus: (status: PlanVersionStatus) => ({ concept: 'Draft', adopted: 'Adopted', superseded: 'Superseded' })[status],
    goalStatus: (status: GoalStatus) =>
      ({ 'not-started': 'Not started', 'under-way': 'Under way', 'on-track': 'On track', behind: 'Behind', achieved: 'Achieved' })[status],
    goalDepth: (depth: number) => ['Ambition', 'Goal', 'Sub-goal'][depth - 1] ?? 'Goal',
  },
);
