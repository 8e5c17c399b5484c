import type { IndicatorDirection } from '../../db/enums';

/**
 * Five classes, from better to worse, in ColorBrewer's YlGnBu (sequential, colour-blind safe, prints in grey as a
 * light-to-dark ramp). The colour always means the same thing: the darker, the worse, whatever the direction.
 */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** 3×3 bivariate palette (Joshua Stevens' blue–pink), indexed by class 1–9: columns vulnerable, rows problems. */
export const BIVARIATE = ['#e8e8e8', '#ace4e4', '#5ac8c8', '#dfb0d6', '#a5add3', '#5698b9', '#be64ac', '#8c62aa', '#3b4994'] as const;

/** Text colour readable on a bivariate fill (white on the dark cells). */
export const bivariateText = (klass: number) => (klass === 8 || klass === 9 ? '#ffffff' : '#000000');

export type Bin = { from: number; to: number; colour: string; rank: number };

/**
 * Equal-count classes (quantiles) over the buurt values, ranked from better (0) to worse (4). Fewer distinct values
 * give fewer classes. Values are the ones shown: suppressed values take no part.
 */
export function quantileBins(values: readonly number[], direction: IndicatorDirection): Bin[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const count = Math.min(SEQUENTIAL.length, new Set(sorted).size);
  const edges: number[] = [sorted[0]!];
  for (let i = 1; i <= count; i++) edges.push(sorted[Math.min(sorted.length - 1, Math.round((i * sorted.length) / count) - 1)]!);
  const bins: Bin[] = [];
  for (let i = 0; i < count; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    if (bins.length && to <= bins[bins.length - 1]!.to) continue;
    bins.push({ from: bins.length ? bins[bins.length - 1]!.to : from, to, colour: '', rank: 0 });
  }
  // Spread the used classes over the whole ramp, so three classes still run from light to dark.
  return bins.map((bin, i) => {
    const ascending = bins.length === 1 ? 0 : Math.round((i * (SEQUENTIAL.length - 1)) / (bins.length - 1));
    const rank = direction === 'higher-worse' ? ascending : SEQUENTIAL.length - 1 - ascending;
    return { ...bin, rank, colour: SEQUENTIAL[rank]! };
  });
}

export function binOf(bins: readonly Bin[], value: number): Bin | undefined {
  return bins.find((bin) => value <= bin.to) ?? bins[bins.length - 1];
}
