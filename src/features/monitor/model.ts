import type { IndicatorDirection, IndicatorUnit, IndicatorVisibility, MonitorPillar } from '../../db/enums';

/** The city (gemeente Maastricht) as an area code. */
export const CITY_CODE = 'GM0935';
export const BUURT_CODE = /^BU0935\d{4}$/;
export const AREA_CODE = /^(BU0935\d{4}|WK0935\d{2}|GM0935)$/;

export type Level = 1 | 2 | 3;

/**
 * The resilience class of PRODUCT.md's 3×3 legend: rows are the problems level (few, above average, many), columns
 * the vulnerable-residents level (very few, few, many): 1 2 3 / 4 5 6 / 7 8 9.
 */
export function resilienceClass(problemsLevel: Level, vulnerableLevel: Level): number {
  return (problemsLevel - 1) * 3 + vulnerableLevel;
}

export function levelsOfClass(klass: number): { problems: Level; vulnerable: Level } {
  return { problems: (Math.floor((klass - 1) / 3) + 1) as Level, vulnerable: (((klass - 1) % 3) + 1) as Level };
}

export const isLevel = (n: unknown): n is Level => n === 1 || n === 2 || n === 3;

export type Indicator = {
  code: string;
  nameNl: string;
  nameEn: string;
  definitionNl: string;
  definitionEn: string;
  pillar: MonitorPillar;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  source: string;
  visibility: IndicatorVisibility;
  minCount: number;
  isDemo: number;
};

export type Wave = { code: string; name: string; year: number; source: string };

export type Observation = { areaCode: string; value: number; count: number | null; isDemo: number };

/**
 * What a reader may see of a value: the value itself, or `suppressed` when it rests on fewer observations than the
 * indicator's threshold and the reader may not see small numbers (see `seesSmallNumbers` in policy.ts).
 */
export type Shown = { kind: 'value'; value: number; small: boolean } | { kind: 'suppressed' } | { kind: 'missing' };

export function shownValue(o: Pick<Observation, 'value' | 'count'> | undefined, minCount: number, seesSmall: boolean): Shown {
  if (!o) return { kind: 'missing' };
  const small = o.count !== null && o.count < minCount;
  if (small && !seesSmall) return { kind: 'suppressed' };
  return { kind: 'value', value: o.value, small };
}

/** Number with a Dutch or English decimal separator; one decimal for percentages and scores. */
export function formatNumber(value: number, locale: 'nl' | 'en', unit: IndicatorUnit): string {
  const digits = unit === 'count' ? 0 : 1;
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function unitSuffix(unit: IndicatorUnit, locale: 'nl' | 'en'): string {
  if (unit === 'percent') return '%';
  if (unit === 'per-1000') return locale === 'nl' ? ' per 1.000' : ' per 1,000';
  return '';
}

export const formatValue = (value: number, unit: IndicatorUnit, locale: 'nl' | 'en') => formatNumber(value, locale, unit) + unitSuffix(unit, locale);

/** Signed difference, e.g. "+3,2" or "−1,0" (a real minus sign, read well by screen readers). */
export function formatDifference(diff: number, unit: IndicatorUnit, locale: 'nl' | 'en'): string {
  const text = formatNumber(Math.abs(diff), locale, unit);
  if (Math.abs(diff) < 0.05) return `±${text}`;
  return `${diff > 0 ? '+' : '−'}${text}`;
}

/** Whether a value is worse than another for this indicator. */
export const isWorse = (direction: IndicatorDirection, value: number, than: number) => (direction === 'higher-worse' ? value > than : value < than);
