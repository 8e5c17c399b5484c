export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_COOKIE = 'taal';

type TextValue = string | ((...args: never[]) => string);
export type TextTable = Record<string, TextValue>;

/**
 * Declares a feature's texts: Dutch first, English with exactly the same keys and signatures.
 * Views read them with `texts[locale]`; no user-facing string lives anywhere else.
 */
export function defineTexts<T extends TextTable>(nl: T, en: { [K in keyof T]: T[K] }): Record<Locale, T> {
  return { nl, en };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
