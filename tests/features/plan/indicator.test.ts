import { describe, expect, it } from 'vitest';
import { movesAwayFromTarget, targetFor } from '../../../src/features/plan/indicator';

const obs = (year: number, value: number) => ({
  indicatorCode: 'x',
  waveCode: `w${year}`,
  waveName: `Meting ${year}`,
  year,
  value,
  count: 100,
  isDemo: 0,
});
const target = (year: number, value: number) => ({ goalId: 1, year, label: String(year), value });
const goal = (direction: 'higher-better' | 'higher-worse', values: number[], targetValue: number, baseline: number | null = null) => ({
  direction,
  minCount: 10,
  baselineValue: baseline,
  baselineYear: baseline === null ? null : 2019,
  observations: values.map((v, i) => obs(2021 + 2 * i, v)),
  targets: [target(2027, targetValue)],
});

describe('indicator against target', () => {
  it('reads against the first target from this year on, else the last', () => {
    const targets = [target(2025, 50), target(2027, 60)];
    expect(targetFor(targets, 2026)?.value).toBe(60);
    expect(targetFor(targets, 2030)?.value).toBe(60);
    expect(targetFor(targets, 2024)?.value).toBe(50);
  });

  it('sees a higher-better indicator falling as moving away, rising as not', () => {
    expect(movesAwayFromTarget(goal('higher-better', [55, 52], 60))).toBe(true);
    expect(movesAwayFromTarget(goal('higher-better', [52, 55], 60))).toBe(false);
  });

  it('takes the direction into account: a higher-worse indicator rising moves away', () => {
    expect(movesAwayFromTarget(goal('higher-worse', [20, 24], 15))).toBe(true);
    expect(movesAwayFromTarget(goal('higher-worse', [24, 20], 15))).toBe(false);
  });

  it('compares a single wave with the baseline, and never calls a move beyond the target away', () => {
    expect(movesAwayFromTarget(goal('higher-better', [48], 60, 50))).toBe(true);
    expect(movesAwayFromTarget(goal('higher-better', [48], 60))).toBe(false);
    expect(movesAwayFromTarget(goal('higher-better', [70, 65], 60))).toBe(false);
  });
});
