import type { Locale } from '../../i18n';
import type { FieldErrors } from '../../validation/form';
import { validationTexts } from '../../validation/texts';
import { childrenOf, parseTargets, weightsAllZero, type GoalContent, type TargetProblem, type TargetWaves, type VersionContent } from './model';
import type { GoalOptions } from './queries';
import type { GoalInput } from './schemas';
import { planEditingTexts } from './texts';

export type GoalFields = Pick<
  GoalContent,
  | 'title'
  | 'description'
  | 'weight'
  | 'indicatorCode'
  | 'baselineWaveCode'
  | 'baselineValue'
  | 'agendaGoalId'
  | 'pillars'
  | 'neighbourhoods'
  | 'partners'
  | 'targets'
>;

export function targetProblemText(problem: TargetProblem, period: { start: number; end: number }, locale: Locale): string {
  const t = planEditingTexts[locale];
  switch (problem.kind) {
    case 'line':
      return t.targetLineInvalid(problem.line);
    case 'year-outside':
      return t.targetYearOutside(problem.year, period.start, period.end);
    case 'wave-unknown':
      return t.targetWaveUnknown(problem.code);
    case 'wave-outside':
      return t.targetWaveOutside(problem.code, problem.year, period.start, period.end);
    case 'wave-not-measured':
      return t.targetWaveNotMeasured(problem.code);
    case 'duplicate':
      return t.targetDuplicate(problem.period);
  }
}

/** The waves a target may name; `measured` only for a known indicator (an unknown one is reported at its own field). */
export function targetWaves(options: Pick<GoalOptions, 'waves' | 'measured'>, indicatorCode: string | null): TargetWaves {
  return {
    years: new Map(options.waves.map((w) => [w.code, w.year])),
    measured: indicatorCode === null ? null : new Set(options.measured.filter((m) => m.indicatorCode === indicatorCode).map((m) => m.waveCode)),
  };
}

/**
 * Checks a goal's fields against the monitor (indicator, waves), the plan (period, kind) and the reference lists, as
 * field errors; every problem is reported in one go. The tree (parent, depth, weights of siblings) is checked by the
 * command that places the goal.
 */
export function checkGoalFields(
  data: GoalInput,
  content: VersionContent,
  options: GoalOptions,
  locale: Locale,
): { errors: FieldErrors } | { fields: GoalFields } {
  const t = planEditingTexts[locale];
  const errors: FieldErrors = {};
  const waves = new Set(options.waves.map((w) => w.code));
  const indicatorCode = data.indicator === '' ? null : data.indicator;
  if (indicatorCode !== null && !options.indicators.some((i) => i.code === indicatorCode)) errors.indicator = t.indicatorUnknown;
  const baselineWaveCode = data.baselineWave === '' ? null : data.baselineWave;
  if (baselineWaveCode !== null && !waves.has(baselineWaveCode)) errors.baselineWave = t.waveUnknown;
  else if ((baselineWaveCode === null) !== (data.baselineValue === null))
    errors[baselineWaveCode === null ? 'baselineWave' : 'baselineValue'] = t.baselineIncomplete;
  else if (baselineWaveCode !== null && indicatorCode === null) errors.baselineWave = t.baselineNeedsIndicator;
  const period = { start: content.version.periodStart, end: content.version.periodEnd };
  const waveRule = targetWaves(options, errors.indicator ? null : indicatorCode);
  if (!errors.baselineWave && baselineWaveCode !== null && waveRule.measured !== null && !waveRule.measured.has(baselineWaveCode))
    errors.baselineWave = t.baselineWaveNotMeasured(baselineWaveCode);
  const parsed = parseTargets(data.targets, period, waveRule);
  if ('problem' in parsed) errors.targets = targetProblemText(parsed.problem, period, locale);
  else if (parsed.targets.length > 0 && indicatorCode === null) errors.targets = t.targetsNeedIndicator;
  if (data.agendaGoal !== null) {
    if (content.plan.kind !== 'execution-plan') errors.agendaGoal = t.agendaGoalOnlyExecution;
    else if (!options.agendaGoals.some((g) => g.goalId === data.agendaGoal)) errors.agendaGoal = t.agendaGoalUnknown;
  }
  const invalidOption = validationTexts[locale].invalidOption;
  if (data.neighbourhoods.some((id) => !options.neighbourhoods.some((n) => n.id === id))) errors.neighbourhoods = invalidOption;
  if (data.partners.some((id) => !options.organisations.some((o) => o.id === id))) errors.partners = invalidOption;
  if (Object.keys(errors).length > 0 || 'problem' in parsed) return { errors };
  return {
    fields: {
      title: data.title,
      description: data.description,
      weight: data.weight,
      indicatorCode,
      baselineWaveCode,
      baselineValue: data.baselineValue,
      agendaGoalId: data.agendaGoal,
      pillars: data.pillars,
      neighbourhoods: data.neighbourhoods,
      partners: data.partners,
      targets: parsed.targets,
    },
  };
}

/** Whether the siblings under `parentId`, with `goalId` given `weight` (or added, or left out), would all weigh 0. */
export function siblingWeightsAllZero(
  goals: readonly GoalContent[],
  parentId: number | null,
  change: { goalId: number | null; weight?: number | null },
): boolean {
  const others = childrenOf(goals, parentId).filter((g) => g.goalId !== change.goalId);
  const weights = others.map((g) => g.weight);
  if (change.weight !== undefined) weights.push(change.weight);
  return weightsAllZero(weights);
}
