import { canImportMonitorData } from '../../auth/policy';
import { useAppContext, useTexts } from '../../layout/renderer';
import type { Indicator, Shown } from './model';
import { formatValue } from './model';
import { monitorTexts } from './texts';

const SECTIONS = [
  ['/monitor', 'navMap'],
  ['/monitor/veerkracht', 'navResilience'],
  ['/monitor/vergelijken', 'navCompare'],
  ['/monitor/dekking', 'navCoverage'],
] as const;

/** The monitor's own navigation; the import only for those the policy lets import. */
export function MonitorNav({ current }: { current: string }) {
  const c = useAppContext();
  const t = useTexts(monitorTexts);
  const links: [string, string][] = SECTIONS.map(([href, key]) => [href, t[key]]);
  if (canImportMonitorData(c.var.user)) links.push(['/monitor/import', t.navImport]);
  return (
    <nav class="vw-subnav" aria-label={t.subnavLabel}>
      <ul class="vw-subnav__list">
        {links.map(([href, label]) => (
          <li>
            <a class="utrecht-link" href={href} aria-current={href === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Shown wherever demo figures are on the page, exactly as demo activities are marked. */
export function DemoNote({ show }: { show: boolean }) {
  const t = useTexts(monitorTexts);
  if (!show) return null;
  return (
    <div class="utrecht-alert utrecht-alert--info vw-demo-note">
      <p class="utrecht-paragraph">
        <span class="vw-demo-badge">Demo</span> {t.demoNote}
      </p>
    </div>
  );
}

/** A value as text: the number with its unit, "te weinig waarnemingen", or "geen cijfer". */
export function valueText(shown: Shown, indicator: Pick<Indicator, 'unit'>, locale: 'nl' | 'en'): string {
  const t = monitorTexts[locale];
  if (shown.kind === 'suppressed') return t.suppressed;
  if (shown.kind === 'missing') return t.missing;
  return formatValue(shown.value, indicator.unit, locale) + (shown.small ? ` (${t.smallShown})` : '');
}

export const indicatorName = (i: Pick<Indicator, 'nameNl' | 'nameEn'>, locale: 'nl' | 'en') => (locale === 'nl' ? i.nameNl : i.nameEn);
export const indicatorDefinition = (i: Pick<Indicator, 'definitionNl' | 'definitionEn'>, locale: 'nl' | 'en') =>
  locale === 'nl' ? i.definitionNl : i.definitionEn;

export function sourceText(locale: 'nl' | 'en', source: string, waveName?: string): { source: string; wave?: string } {
  const t = monitorTexts[locale];
  return { source: `${t.source}: ${source}`, wave: waveName ? `${t.wave}: ${waveName}` : undefined };
}
