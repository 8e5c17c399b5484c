import { Hono } from 'hono';
import { seesSmallNumbers, visibleIndicatorLevels } from '../../auth/policy';
import type { AppEnv } from '../../env';
import { renderFragment, wantsFragment } from '../../layout/renderer';
import { mapModel } from './map-view-model';
import { MapResults, MonitorMapPage } from './map-view';
import { loadMapData, type MapSelection } from './queries';
import { mapQuerySchema } from './schemas';
import { monitorTexts } from './texts';
import { exportRoutes } from './export-routes';
import { importRoutes } from './import-routes';
import { loadResilience } from './resilience-queries';
import { ResiliencePage } from './resilience-view';
import { buurtCodeSchema, waveQuerySchema } from './schemas';
import { loadBuurt } from './buurt-queries';
import { BuurtPage } from './buurt-view';
import { renderNotFound } from '../../layout/status-pages';
import { localDate } from '../../dates';
import { loadCompare, loadCoverage } from './compare-coverage-queries';
import { ComparePage, CoveragePage } from './compare-coverage-view';
import { compareAreasSchema } from './schemas';

export const monitorRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const q = mapQuerySchema.parse(c.req.query());
    const selection: MapSelection = { indicator: q.indicator ?? null, wave: q.meting ?? null, pillar: q.pijler ?? null };
    const data = await loadMapData(c.var.d1, visibleIndicatorLevels(c.var.user), selection);
    const sort = q.sorteer ?? 'naam';
    const model = data.indicator ? mapModel(data, c.var.locale, seesSmallNumbers(c.var.user), sort) : null;
    if (wantsFragment(c) && model) return renderFragment(c, <MapResults data={data} model={model} sort={sort} />);
    const t = monitorTexts[c.var.locale];
    return c.render(<MonitorMapPage data={data} model={model} selection={selection} sort={sort} />, { title: t.title, description: t.intro });
  })
  .get('/veerkracht', async (c) => {
    const q = waveQuerySchema.parse(c.req.query());
    const data = await loadResilience(c.var.d1, q.meting ?? null);
    const t = monitorTexts[c.var.locale];
    return c.render(<ResiliencePage data={data} />, { title: t.resilienceTitle, description: t.resilienceIntro });
  })
  .get('/buurten/:code', async (c) => {
    const code = buurtCodeSchema.safeParse(c.req.param('code'));
    if (!code.success) return renderNotFound(c);
    const data = await loadBuurt(c.var.d1, code.data, visibleIndicatorLevels(c.var.user));
    if (!data) return renderNotFound(c);
    return c.render(<BuurtPage data={data} />, { title: `${data.area.name} · ${monitorTexts[c.var.locale].title}` });
  })
  .get('/vergelijken', async (c) => {
    const codes = compareAreasSchema.parse(c.req.queries('gebied') ?? []);
    const wave = waveQuerySchema.parse(c.req.query()).meting ?? null;
    const data = await loadCompare(c.var.d1, visibleIndicatorLevels(c.var.user), codes, wave);
    const t = monitorTexts[c.var.locale];
    return c.render(<ComparePage data={data} codes={codes} />, { title: t.compareTitle, description: t.compareIntro });
  })
  .get('/dekking', async (c) => {
    const data = await loadCoverage(c.var.d1, localDate(new Date()));
    const t = monitorTexts[c.var.locale];
    return c.render(<CoveragePage data={data} />, { title: t.coverageTitle, description: t.coverageIntro });
  })
  .route('/import', importRoutes)
  .route('/', exportRoutes);
