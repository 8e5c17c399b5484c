import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../env';
import { renderNotFound } from '../../layout/status-pages';
import { planLabels } from '../plan-links/labels';
import { diffVersions, type DiffNames } from './diff';
import type { PlanRow } from './model';
import { loadGoalOptions, loadPlanHistory, type GoalOptions } from './queries';
import { versionTexts } from './version-texts';
import { VersionHistoryPage } from './versions-view';

/** The public address of a plan's version history. Execution plans are named after their neighbourhood (`uitvoeringsplan-<wijk>`). */
export const historyPath = (plan: Pick<PlanRow, 'kind' | 'slug'>) =>
  plan.kind === 'strategic-agenda' ? '/programma/versies' : `/wijken/${plan.slug.replace(/^uitvoeringsplan-/, '')}/plan/versies`;

function namesFrom(options: GoalOptions, locale: 'nl' | 'en'): DiffNames {
  const byKey = <T, K>(rows: T[], key: (r: T) => K, name: (r: T) => string) => {
    const map = new Map(rows.map((r) => [key(r), name(r)]));
    return (k: K) => map.get(k);
  };
  return {
    indicator: byKey(
      options.indicators,
      (i) => i.code,
      (i) => (locale === 'en' ? i.nameEn : i.nameNl),
    ),
    wave: byKey(
      options.waves,
      (w) => w.code,
      (w) => w.name,
    ),
    pillar: byKey(
      options.pillars,
      (p) => p.id,
      (p) => (locale === 'en' ? p.nameEn : p.nameNl),
    ),
    neighbourhood: byKey(
      options.neighbourhoods,
      (n) => n.id,
      (n) => n.name,
    ),
    organisation: byKey(
      options.organisations,
      (o) => o.id,
      (o) => o.name,
    ),
    goal: byKey(
      options.agendaGoals,
      (g) => g.goalId,
      (g) => g.title,
    ),
  };
}

async function history(c: Context<AppEnv>, where: Parameters<typeof loadPlanHistory>[1]) {
  const [versions, options] = await Promise.all([loadPlanHistory(c.var.db, where), loadGoalOptions(c.var.db)]);
  const latest = versions.at(-1);
  if (!latest) return renderNotFound(c);
  const locale = c.var.locale;
  const names = namesFrom(options, locale);
  const entries = versions.map((content, i) => ({ content, diff: i === 0 ? null : diffVersions(versions[i - 1]!, content, names, locale) }));
  const title = `${planLabels[locale].planKind(latest.plan.kind)}: ${latest.version.title}`;
  return c.render(<VersionHistoryPage title={title} entries={entries} />, { title: versionTexts[locale].historyTitle(latest.version.title) });
}

/** Mounted at `/programma/versies`. */
export const agendaVersionRoutes = new Hono<AppEnv>().get('/', (c) => history(c, { slug: 'strategische-agenda' }));

/** Mounted at `/wijken/:slug/plan/versies`. */
export const executionPlanVersionRoutes = new Hono<AppEnv>().get('/', (c) => history(c, { neighbourhoodSlug: c.req.param('slug') ?? '' }));
