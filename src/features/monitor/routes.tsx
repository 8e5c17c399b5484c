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
import { waveQuerySchema } from './schemas';

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
  .route('/import', importRoutes)
  .route('/', exportRoutes);
