import type { Locale } from '../../i18n';

/** Largest amount the portal accepts: one billion euros, far below the safe-integer limit in cents. */
export const MAX_CENTS = 100_000_000_000;

export type EuroParse = { ok: true; cents: number } | { ok: false; reason: 'format' | 'negative' | 'too-large' };

const DUTCH_GROUPED = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/; // 1.250 · 1.250,50 · 1.250.000
const DUTCH_PLAIN = /^\d+(,\d{1,2})?$/; // 1250 · 1250,5 · 1250,50
const ENGLISH_GROUPED = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/; // 1,250 · 1,250.50
const DECIMAL_POINT = /^\d+(\.\d{1,2})?$/; // 1250.50 · 0.5

/**
 * Reads an amount in euros as people type it — Dutch notation (`1.250,50`), a decimal point (`1250.50`), with or
 * without a euro sign or spaces — into integer cents. A dot followed by exactly three digits is a thousands
 * separator (`1.250` is twelve hundred and fifty euros), as Dutch readers expect. An empty value is 0.
 */
export function parseEuroCents(input: string): EuroParse {
  const text = input.replace(/[\s\u00a0€]/g, '').replace(/^eur/i, '');
  if (text === '') return { ok: true, cents: 0 };
  const negative = /^[-\u2212]/.test(text);
  const digits = negative ? text.slice(1) : text;
  let whole: string;
  let fraction = '';
  if (DUTCH_GROUPED.test(digits) || DUTCH_PLAIN.test(digits)) {
    [whole, fraction = ''] = digits.split(',') as [string, string?];
    whole = whole.replaceAll('.', '');
  } else if (ENGLISH_GROUPED.test(digits) || DECIMAL_POINT.test(digits)) {
    [whole, fraction = ''] = digits.split('.') as [string, string?];
    whole = whole.replaceAll(',', '');
  } else {
    return { ok: false, reason: 'format' };
  }
  if (whole.length > 12) return { ok: false, reason: 'too-large' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (negative && cents > 0) return { ok: false, reason: 'negative' };
  if (cents > MAX_CENTS) return { ok: false, reason: 'too-large' };
  return { ok: true, cents };
}

function group(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `€ 1.250,50` in Dutch, `€1,250.50` in English. */
export function formatEuro(cents: number, locale: Locale): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  return locale === 'nl' ? `${sign}€ ${group(whole, '.')},${fraction}` : `${sign}€${group(whole, ',')}.${fraction}`;
}

/** The amount as it goes back into a form field, without the euro sign (`1.250,50` / `1,250.50`). */
export function euroInputValue(cents: number, locale: Locale): string {
  return formatEuro(cents, locale).replace(/^€\s?/, '');
}

/** A plain decimal for spreadsheets opened with Dutch settings: `1250,50`. */
export function euroForSpreadsheet(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Share of `part` in `whole` in whole percent; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((100 * part) / whole);
}
