// /api/v1/indicators: what a visitor may see of the monitor (public indicators only, small numbers suppressed),
// from the same query as the /monitor page.
import type { Context } from 'hono';
import type { AppEnv } from '../../../env';
import { shownValue, type Indicator, type Wave } from '../../monitor/model';
import { loadMapData } from '../../monitor/queries';
import { monitorTexts } from '../../monitor/texts';
import { publicBody } from '../http';
import { originOf } from '../origin';
import type { ApiIndicator } from './indicator-schemas';
import { LICENCE_URL } from './present';
import { problem } from './problem';

const JSON_TYPE = 'application/json; charset=utf-8';
const PUBLIC: ['public'] = ['public'];
const CODE = /^[a-z0-9][a-z0-9-]{0,59}$/;

function apiIndicator(i: Indicator, origin: string): ApiIndicator {
  return {
    code: i.code,
    name: { nl: i.nameNl, en: i.nameEn },
    definition: { nl: i.definitionNl, en: i.definitionEn },
    pillar: i.pillar,
    unit: i.unit,
    direction: i.direction,
    source: i.source,
    minCount: i.minCount,
    isDemo: i.isDemo === 1,
    links: { values: `${origin}/api/v1/indicators/${i.code}` },
  };
}

const apiWave = (w: Wave) => ({ code: w.code, name: w.name, year: w.year, source: w.source });
const meta = (c: Context<AppEnv>) => ({ licence: LICENCE_URL, attribution: monitorTexts[c.var.locale].attribution });

export async function listIndicators(c: Context<AppEnv>) {
  const data = await loadMapData(c.var.d1, PUBLIC, { indicator: null, wave: null, pillar: null });
  const origin = originOf(c);
  const body = { data: data.indicators.map((i) => apiIndicator(i, origin)), waves: data.waves.map(apiWave), meta: meta(c) };
  return publicBody(c, JSON.stringify(body), JSON_TYPE);
}

/** One indicator in one wave (`?meting=`, default the latest) for every buurt and the city. */
export async function indicatorValues(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  const wave = c.req.query('meting');
  if (!CODE.test(code)) return problem(c, 404, 'not-found');
  if (wave !== undefined && !CODE.test(wave)) return problem(c, 400, 'invalid-parameters', ['meting']);
  const data = await loadMapData(c.var.d1, PUBLIC, { indicator: code, wave: wave ?? null, pillar: null });
  if (data.indicator?.code !== code) return problem(c, 404, 'not-found');
  if (!data.wave || (wave !== undefined && data.wave.code !== wave)) return problem(c, 400, 'invalid-parameters', ['meting']);
  const indicator = data.indicator;
  const areas = data.areas.map((a) => {
    const shown = shownValue(a.value === null ? undefined : { value: a.value, count: a.count }, indicator.minCount, false);
    return {
      code: a.code,
      name: a.name,
      level: a.level,
      value: shown.kind === 'value' ? shown.value : null,
      count: shown.kind === 'value' ? a.count : null,
      suppressed: shown.kind === 'suppressed',
      isDemo: a.isDemo === 1,
    };
  });
  const body = { indicator: apiIndicator(indicator, originOf(c)), wave: apiWave(data.wave), areas, meta: meta(c) };
  return publicBody(c, JSON.stringify(body), JSON_TYPE);
}
