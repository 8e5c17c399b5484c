// The public monitor in the API: indicators, and one indicator's values per buurt and for the city in one wave.
import * as z from 'zod';
import { INDICATOR_DIRECTIONS, INDICATOR_UNITS, MONITOR_PILLARS } from '../../../db/enums';

const url = z.url();
const text = z.object({ nl: z.string(), en: z.string() });

export const WaveSchema = z
  .object({ code: z.string(), name: z.string(), year: z.int(), source: z.string() })
  .meta({ id: 'Wave', description: 'A research wave (meting), e.g. Circusvis 2021' });

export const IndicatorSchema = z
  .object({
    code: z.string(),
    name: text,
    definition: text,
    pillar: z.enum(MONITOR_PILLARS).meta({ description: 'A pillar, or veerkracht for the two axes of the resilience classes' }),
    unit: z.enum(INDICATOR_UNITS),
    direction: z.enum(INDICATOR_DIRECTIONS),
    source: z.string(),
    minCount: z.int().meta({ description: 'Values based on fewer observations are not published (value null, suppressed true)' }),
    isDemo: z.boolean(),
    links: z.object({ values: url }),
  })
  .meta({ id: 'Indicator', description: 'A public indicator of the monitor' });

export const IndicatorListSchema = z
  .object({ data: z.array(IndicatorSchema), waves: z.array(WaveSchema), meta: z.object({ licence: url, attribution: z.string() }) })
  .meta({ id: 'IndicatorList' });

export const IndicatorValuesSchema = z
  .object({
    indicator: IndicatorSchema,
    wave: WaveSchema,
    areas: z.array(
      z.object({
        code: z.string().meta({ description: 'CBS code: BU0935xxxx for a buurt, GM0935 for Maastricht' }),
        name: z.string(),
        level: z.enum(['buurt', 'gemeente']),
        value: z.number().nullable(),
        count: z.int().nullable().meta({ description: 'Respondents or residents the value rests on, where known' }),
        suppressed: z.boolean(),
        isDemo: z.boolean(),
      }),
    ),
    meta: z.object({ licence: url, attribution: z.string() }),
  })
  .meta({ id: 'IndicatorValues', description: 'One indicator in one wave, for every buurt and the city' });

export type ApiIndicator = z.infer<typeof IndicatorSchema>;
