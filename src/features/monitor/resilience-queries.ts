import { sql } from 'drizzle-orm';
import { rowsOf, statement } from '../activities/statement';
import type { Level, Wave } from './model';
import type { ProgrammeBuurt } from './queries';
import { chosenWave, programmeBuurtenQuery, wavesQuery } from './sql';

export type ClassRow = {
  code: string;
  name: string;
  problems: Level | null;
  vulnerable: Level | null;
  previousProblems: Level | null;
  previousVulnerable: Level | null;
  isDemo: number | null;
};

export type ResilienceData = { waves: Wave[]; wave: Wave | null; previous: Wave | null; rows: ClassRow[]; programme: ProgrammeBuurt[] };

/** The classes of every buurt in the chosen wave and in the wave before it; one round trip. */
export async function loadResilience(d1: D1Database, waveCode: string | null): Promise<ResilienceData> {
  const wave = chosenWave(waveCode);
  const previous = sql`(SELECT code FROM monitor_waves WHERE year < (SELECT year FROM monitor_waves WHERE code = ${wave}) ORDER BY year DESC, code LIMIT 1)`;
  const [waveRows, chosen, classRows, programme] = await d1.batch([
    statement(d1, wavesQuery),
    statement(d1, sql`SELECT ${wave} AS wave, ${previous} AS previous`),
    statement(
      d1,
      sql`SELECT a.code, a.name, c.problems_level AS problems, c.vulnerable_level AS vulnerable,
                 p.problems_level AS previousProblems, p.vulnerable_level AS previousVulnerable, c.is_demo AS isDemo
            FROM areas a
            LEFT JOIN resilience_classes c ON c.wave_code = ${wave} AND c.area_code = a.code
            LEFT JOIN resilience_classes p ON p.wave_code = ${previous} AND p.area_code = a.code
           WHERE a.level = 'buurt' ORDER BY a.name`,
    ),
    statement(d1, programmeBuurtenQuery),
  ]);
  const waves = rowsOf<Wave>(waveRows);
  const picked = rowsOf<{ wave: string | null; previous: string | null }>(chosen)[0];
  return {
    waves,
    wave: waves.find((w) => w.code === picked?.wave) ?? null,
    previous: waves.find((w) => w.code === picked?.previous) ?? null,
    rows: rowsOf<ClassRow>(classRows),
    programme: rowsOf<ProgrammeBuurt>(programme),
  };
}
