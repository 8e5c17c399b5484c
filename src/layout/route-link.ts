import type { Locale } from '../i18n';

/** A route to an address on OpenStreetMap's directions page (it looks the address up; no key, no tracking script). */
export function routeHref(parts: readonly (string | null | undefined)[]): string {
  const address = parts.filter((p): p is string => Boolean(p && p.trim())).join(', ');
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(address)}`;
}

export const routeLinkText = (locale: Locale) => (locale === 'nl' ? 'Route plannen (OpenStreetMap)' : 'Plan a route (OpenStreetMap)');
