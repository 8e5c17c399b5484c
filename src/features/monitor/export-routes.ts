import { Hono, type Context } from 'hono';
import { seesSmallNumbers, visibleIndicatorLevels } from '../../auth/policy';
import type { AppEnv } from '../../env';
import { csvHeaders, toCsv, type Cell } from '../../formats/csv';
import { indicatorName } from './components';
import { mapModel } from './map-view-model';
import { loadMapData } from './queries';
import { mapQuerySchema } from './schemas';
import { monitorTexts } from './texts';

async function exportData(c: Context<AppEnv>) {
  const q = mapQuerySchema.parse(c.req.query());
  const data = await loadMapData(c.var.d1, visibleIndicatorLevels(c.var.user), {
    indicator: q.indicator ?? null,
    wave: q.meting ?? null,
    pillar: q.pijler ?? null,
  });
  if (!data.indicator || !data.wave) return null;
  return { data, model: mapModel(data, c.var.locale, seesSmallNumbers(c.var.user), 'naam'), indicator: data.indicator, wave: data.wave };
}

const fileBase = (indicator: string, wave: string) => `monitor-${indicator}-${wave}`;

/**
 * The map's figures as files, with exactly what the page shows to this reader: suppressed values stay suppressed,
 * demo figures are marked in every row. CSV for Excel (`;`, BOM, formulas neutralised as in the funder export).
 */
export const exportRoutes = new Hono<AppEnv>()
  .get('/export.csv', async (c) => {
    const found = await exportData(c);
    if (!found) return c.notFound();
    const { data, model, indicator, wave } = found;
    const t = monitorTexts[c.var.locale];
    const demo = (isDemo: number | null) => (isDemo === 1 ? 'demo' : '');
    const areaDemo = new Map(data.areas.map((a) => [a.code, a.isDemo]));
    const value = (s: (typeof model.rows)[number]['shown']): Cell => (s.kind === 'value' ? s.value : s.kind === 'suppressed' ? t.suppressed : '');
    const city = model.city.kind === 'value' ? model.city.value : null;
    const rows: Cell[][] = [t.csvHeaders];
    for (const r of model.rows) {
      const diff = r.shown.kind === 'value' && city !== null ? Math.round((r.shown.value - city) * 10) / 10 : null;
      rows.push([
        r.code,
        r.name,
        indicatorName(indicator, c.var.locale),
        wave.name,
        value(r.shown),
        t.unit(indicator.unit),
        r.count,
        city,
        diff,
        null,
        demo(areaDemo.get(r.code) ?? null),
      ]);
    }
    rows.push([
      'GM0935',
      'Maastricht',
      indicatorName(indicator, c.var.locale),
      wave.name,
      value(model.city),
      t.unit(indicator.unit),
      null,
      city,
      null,
      null,
      demo(areaDemo.get('GM0935') ?? null),
    ]);
    rows.push([]);
    rows.push([`${t.source}: ${indicator.source}`]);
    if (model.isDemo) rows.push([t.demoNote]);
    return c.body(toCsv(rows), 200, { ...csvHeaders(`${fileBase(indicator.code, wave.code)}.csv`), 'Cache-Control': 'private, no-store' });
  })
  .get('/export.json', async (c) => {
    const found = await exportData(c);
    if (!found) return c.notFound();
    const { model, indicator, wave } = found;
    const t = monitorTexts[c.var.locale];
    const value = (s: (typeof model.rows)[number]['shown']) => (s.kind === 'value' ? s.value : null);
    const body = {
      demo: model.isDemo,
      ...(model.isDemo ? { demoNote: t.demoNote } : {}),
      indicator: {
        code: indicator.code,
        name: indicatorName(indicator, c.var.locale),
        unit: indicator.unit,
        direction: indicator.direction,
        source: indicator.source,
      },
      wave: { code: wave.code, name: wave.name, year: wave.year },
      city: { code: 'GM0935', value: value(model.city), suppressed: model.city.kind === 'suppressed' },
      buurten: model.rows.map((r) => ({
        code: r.code,
        name: r.name,
        value: value(r.shown),
        count: r.count,
        suppressed: r.shown.kind === 'suppressed',
      })),
      attribution: t.attribution,
    };
    c.header('Content-Disposition', `attachment; filename="${fileBase(indicator.code, wave.code)}.json"`);
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });
