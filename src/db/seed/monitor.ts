import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { IndicatorDirection, IndicatorUnit, IndicatorVisibility, MonitorPillar } from '../enums';
import { areas, monitorIndicators, monitorObservations, resilienceClasses } from '../schema';
import type { SeedStatement } from './ids';

/**
 * Demo monitor data: plausible, deterministic (no randomness: every number follows from the buurt code), marked
 * `is_demo`. Each buurt gets a fixed "pressure" between 0 and 1; every indicator moves with it, plus a small
 * per-buurt wobble and a trend over the waves. The city value is computed here, weighted by the counts.
 */

type DemoIndicator = {
  code: string;
  nameNl: string;
  nameEn: string;
  definitionNl: string;
  definitionEn: string;
  pillar: MonitorPillar;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  visibility?: IndicatorVisibility;
  source: string;
  /** Value at pressure 0 and at pressure 1, and the change per wave. */
  low: number;
  high: number;
  trend: number;
  /** Share of residents the value rests on (survey response, or 1 for registers). */
  share: number;
};

const GEMON = 'GGD Zuid Limburg, Gezondheidsmonitor (demo)';
const CBS = 'CBS, Kerncijfers wijken en buurten (demo)';
const GEM = 'Gemeente Maastricht, registratie (demo)';
const CIRCUS = 'Circusvis, bewonersenquête (demo)';

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    code: 'ervaren-gezondheid',
    nameNl: 'Ervaren gezondheid goed',
    nameEn: 'Experienced health good',
    definitionNl: 'Aandeel volwassenen dat de eigen gezondheid goed of zeer goed noemt.',
    definitionEn: 'Share of adults who call their own health good or very good.',
    pillar: 'health',
    unit: 'percent',
    direction: 'higher-better',
    source: GEMON,
    low: 82,
    high: 58,
    trend: -0.6,
    share: 0.06,
  },
  {
    code: 'eenzaamheid',
    nameNl: 'Ernstig eenzaam',
    nameEn: 'Severely lonely',
    definitionNl: 'Aandeel volwassenen dat zich ernstig of zeer ernstig eenzaam voelt.',
    definitionEn: 'Share of adults who feel severely or very severely lonely.',
    pillar: 'health',
    unit: 'percent',
    direction: 'higher-worse',
    source: GEMON,
    low: 7,
    high: 21,
    trend: 0.5,
    share: 0.06,
  },
  {
    code: 'overgewicht',
    nameNl: 'Overgewicht',
    nameEn: 'Overweight',
    definitionNl: 'Aandeel volwassenen met overgewicht (BMI 25 of hoger).',
    definitionEn: 'Share of adults who are overweight (BMI 25 or more).',
    pillar: 'health',
    unit: 'percent',
    direction: 'higher-worse',
    source: GEMON,
    low: 40,
    high: 61,
    trend: 0.4,
    share: 0.06,
  },
  {
    code: 'psychische-klachten',
    nameNl: 'Hoog risico op angst of depressie',
    nameEn: 'High risk of anxiety or depression',
    definitionNl: 'Aandeel volwassenen met een hoog risico op een angststoornis of depressie.',
    definitionEn: 'Share of adults at high risk of an anxiety disorder or depression.',
    pillar: 'health',
    unit: 'percent',
    direction: 'higher-worse',
    visibility: 'partners',
    source: GEMON,
    low: 4,
    high: 14,
    trend: 0.3,
    share: 0.06,
  },
  {
    code: 'lage-inkomens',
    nameNl: 'Huishoudens met een laag inkomen',
    nameEn: 'Low-income households',
    definitionNl: 'Aandeel particuliere huishoudens met een inkomen onder de lage-inkomensgrens.',
    definitionEn: 'Share of private households with an income below the low-income threshold.',
    pillar: 'livelihood',
    unit: 'percent',
    direction: 'higher-worse',
    source: CBS,
    low: 4,
    high: 22,
    trend: -0.3,
    share: 0.45,
  },
  {
    code: 'langdurig-werkloos',
    nameNl: 'Langdurig werkloos',
    nameEn: 'Long-term unemployed',
    definitionNl: 'Inwoners van 15 tot 67 jaar met een uitkering langer dan een jaar, per 1.000 inwoners van die leeftijd.',
    definitionEn: 'Residents aged 15 to 67 on benefits for more than a year, per 1,000 residents of that age.',
    pillar: 'livelihood',
    unit: 'per-1000',
    direction: 'higher-worse',
    source: GEM,
    low: 8,
    high: 64,
    trend: -1.5,
    share: 0.65,
  },
  {
    code: 'schulden',
    nameNl: 'Problematische schulden',
    nameEn: 'Problem debts',
    definitionNl: 'Aandeel huishoudens met geregistreerde problematische schulden.',
    definitionEn: 'Share of households with registered problem debts.',
    pillar: 'livelihood',
    unit: 'percent',
    direction: 'higher-worse',
    visibility: 'programme',
    source: GEM,
    low: 2,
    high: 13,
    trend: 0.2,
    share: 0.45,
  },
  {
    code: 'vrijwilligerswerk',
    nameNl: 'Doet vrijwilligerswerk',
    nameEn: 'Does volunteer work',
    definitionNl: 'Aandeel volwassenen dat het afgelopen jaar vrijwilligerswerk deed.',
    definitionEn: 'Share of adults who did volunteer work in the past year.',
    pillar: 'livelihood',
    unit: 'percent',
    direction: 'higher-better',
    source: CIRCUS,
    low: 34,
    high: 17,
    trend: 0.4,
    share: 0.05,
  },
  {
    code: 'kinderen-armoede',
    nameNl: 'Kinderen in armoede',
    nameEn: 'Children growing up in poverty',
    definitionNl: 'Aandeel minderjarigen in een huishouden met een inkomen onder de lage-inkomensgrens.',
    definitionEn: 'Share of minors in a household with an income below the low-income threshold.',
    pillar: 'equal-chances',
    unit: 'percent',
    direction: 'higher-worse',
    source: CBS,
    low: 3,
    high: 27,
    trend: -0.4,
    share: 0.18,
  },
  {
    code: 'schooladvies-havo-vwo',
    nameNl: 'Schooladvies havo of vwo',
    nameEn: 'School advice havo or vwo',
    definitionNl: 'Aandeel leerlingen in groep 8 met een schooladvies havo, havo/vwo of vwo.',
    definitionEn: 'Share of year-8 pupils advised havo, havo/vwo or vwo.',
    pillar: 'equal-chances',
    unit: 'percent',
    direction: 'higher-better',
    source: GEM,
    low: 64,
    high: 24,
    trend: 0.8,
    share: 0.011,
  },
  {
    code: 'sportclub-jeugd',
    nameNl: 'Jeugd lid van een sportclub',
    nameEn: 'Youth sports club membership',
    definitionNl: 'Aandeel inwoners van 4 tot 18 jaar dat lid is van een sportvereniging.',
    definitionEn: 'Share of residents aged 4 to 18 who are members of a sports club.',
    pillar: 'equal-chances',
    unit: 'percent',
    direction: 'higher-better',
    source: 'Maastricht Sport (demo)',
    low: 71,
    high: 38,
    trend: 0.9,
    share: 0.15,
  },
  {
    code: 'voortijdig-schoolverlaten',
    nameNl: 'Voortijdig schoolverlaters',
    nameEn: 'Early school leavers',
    definitionNl: 'Jongeren van 12 tot 23 jaar die zonder startkwalificatie van school gingen, per 1.000 jongeren.',
    definitionEn: 'Young people aged 12 to 23 who left school without a basic qualification, per 1,000 young people.',
    pillar: 'equal-chances',
    unit: 'per-1000',
    direction: 'higher-worse',
    visibility: 'partners',
    source: GEM,
    low: 6,
    high: 34,
    trend: -0.8,
    share: 0.12,
  },
  {
    code: 'overlast-onveiligheid',
    nameNl: 'Overlast en onveiligheid',
    nameEn: 'Nuisance and feeling unsafe',
    definitionNl: 'Score van 0 (geen) tot 10 (zeer veel) voor ervaren overlast en onveiligheidsgevoel: de as "problemen" van de veerkrachtklassen.',
    definitionEn: 'Score from 0 (none) to 10 (very much) for experienced nuisance and feeling unsafe: the "problems" axis of the resilience classes.',
    pillar: 'veerkracht',
    unit: 'score',
    direction: 'higher-worse',
    source: CIRCUS,
    low: 2.1,
    high: 7.4,
    trend: 0.05,
    share: 0.05,
  },
  {
    code: 'kwetsbare-bewoners',
    nameNl: 'Kwetsbare bewoners',
    nameEn: 'Vulnerable residents',
    definitionNl:
      'Aandeel bewoners in een kwetsbare positie (gezondheid, inkomen, zelfredzaamheid): de as "kwetsbare bewoners" van de veerkrachtklassen.',
    definitionEn:
      'Share of residents in a vulnerable position (health, income, self-reliance): the "vulnerable residents" axis of the resilience classes.',
    pillar: 'veerkracht',
    unit: 'percent',
    direction: 'higher-worse',
    source: CIRCUS,
    low: 6,
    high: 31,
    trend: 0.3,
    share: 0.05,
  },
];

export const DEMO_WAVES = ['circusvis-2021', 'circusvis-2023', 'kaarten-2025'] as const;

/** Pressure per buurt (0 = little, 1 = much) where the demo should look like the city's known picture. */
const KNOWN_PRESSURE: Record<string, number> = {
  BU09350203: 0.92, // Pottenberg
  BU09350403: 0.88, // Nazareth
  BU09350207: 0.85, // Malberg
  BU09350205: 0.72, // Caberg
  BU09350402: 0.74, // Wittevrouwenveld
  BU09350404: 0.7, // Limmel
  BU09350302: 0.66, // Frontenkwartier
  BU09350201: 0.68, // Mariaberg
  BU09350100: 0.05, // Villapark
  BU09350101: 0.08, // Jekerdal
  BU09350105: 0.1, // Sint Pieter
  BU09350604: 0.06, // Vroendaal
  BU09350102: 0.18, // Biesland
  BU09350103: 0.2, // Campagne
  BU09350104: 0.25, // Wolder
  BU09350600: 0.3, // Randwyck
};

/** Residents per buurt; a few small ones, so the small-number rule shows (Beatrixhaven, Bosscherveld). */
const SMALL_BUURTEN: Record<string, number> = { BU09350500: 60, BU09350301: 140, BU09350502: 900, BU09350303: 400 };

/** A fixed number in [0, 1) from a text (FNV-1a), so the demo is the same on every run. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

const pressureOf = (code: string) => KNOWN_PRESSURE[code] ?? 0.2 + 0.5 * unitHash(`pressure:${code}`);
const residentsOf = (code: string) => SMALL_BUURTEN[code] ?? Math.round(1500 + 5000 * unitHash(`residents:${code}`));
const round1 = (n: number) => Math.round(n * 10) / 10;

type ObservationRow = { i: string; a: string; w: string; v: number; c: number };
type ClassRow = { a: string; w: string; p: number; k: number };

/** The demo observations for the given buurt codes, plus the city (GM0935) weighted by the counts. */
export function demoObservations(buurtCodes: readonly string[]): ObservationRow[] {
  const rows: ObservationRow[] = [];
  for (const indicator of DEMO_INDICATORS) {
    DEMO_WAVES.forEach((wave, waveIndex) => {
      let weighted = 0;
      let total = 0;
      for (const code of buurtCodes) {
        const wobble = (unitHash(`${indicator.code}:${code}`) - 0.5) * 0.25 + (unitHash(`${indicator.code}:${code}:${wave}`) - 0.5) * 0.08;
        const p = Math.min(1, Math.max(0, pressureOf(code) + wobble));
        const value = Math.max(0, round1(indicator.low + (indicator.high - indicator.low) * p + indicator.trend * waveIndex * 2));
        const count = Math.max(1, Math.round(residentsOf(code) * indicator.share));
        rows.push({ i: indicator.code, a: code, w: wave, v: value, c: count });
        weighted += value * count;
        total += count;
      }
      rows.push({ i: indicator.code, a: 'GM0935', w: wave, v: round1(weighted / total), c: total });
    });
  }
  return rows;
}

/** Levels 1–3 on both axes from the buurt's pressure, drifting a little per wave so some buurten change class. */
export function demoClasses(buurtCodes: readonly string[]): ClassRow[] {
  const level = (x: number) => (x < 0.38 ? 1 : x < 0.66 ? 2 : 3);
  return buurtCodes.flatMap((code) =>
    DEMO_WAVES.map((wave, waveIndex) => {
      const p = pressureOf(code);
      const drift = (unitHash(`class:${code}:${wave}`) - 0.5) * 0.16 * waveIndex;
      return { a: code, w: wave, p: level(p + drift + (unitHash(`problems:${code}`) - 0.5) * 0.2), k: level(p - drift) };
    }),
  );
}

export async function hasDemoMonitor(db: Db): Promise<boolean> {
  return (await db.select({ code: monitorIndicators.code }).from(monitorIndicators).where(eq(monitorIndicators.isDemo, true)).limit(1)).length > 0;
}

/** The buurten come from the `areas` rows of the migration, so the demo covers exactly the areas the portal has. */
export async function demoMonitorStatements(db: Db): Promise<SeedStatement[]> {
  const buurtCodes = (await db.select({ code: areas.code }).from(areas).where(eq(areas.level, 'buurt')).orderBy(areas.code)).map((r) => r.code);
  const indicators = DEMO_INDICATORS.map(({ low: _l, high: _h, trend: _t, share: _s, ...indicator }, sortOrder) =>
    db
      .insert(monitorIndicators)
      .values({ ...indicator, sortOrder, isDemo: true })
      .onConflictDoNothing(),
  );
  const observations = JSON.stringify(demoObservations(buurtCodes));
  const classes = JSON.stringify(demoClasses(buurtCodes));
  return [
    ...indicators,
    db.insert(monitorObservations).select(
      sql`SELECT value ->> 'i', value ->> 'a', value ->> 'w', value ->> 'v', value ->> 'c', NULL, NULL, 1 FROM json_each(${observations}) WHERE true
        ON CONFLICT DO NOTHING`,
    ),
    db
      .insert(resilienceClasses)
      .select(
        sql`SELECT value ->> 'a', value ->> 'w', value ->> 'p', value ->> 'k', NULL, 1 FROM json_each(${classes}) WHERE true ON CONFLICT DO NOTHING`,
      ),
  ];
}
