import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { levelsOfClass, resilienceClass, type Level } from '../../../src/features/monitor/model';
import { db, request, roundTrips } from '../../helpers';

describe('resilience classes', () => {
  it('derives all nine classes exactly as the legend: rows problems, columns vulnerable residents', () => {
    const legend = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    for (const problems of [1, 2, 3] as Level[]) {
      for (const vulnerable of [1, 2, 3] as Level[]) {
        const k = resilienceClass(problems, vulnerable);
        expect(k).toBe(legend[problems - 1]![vulnerable - 1]);
        expect(levelsOfClass(k)).toEqual({ problems, vulnerable });
      }
    }
  });

  it('refuses a level outside 1–3 in the database itself', async () => {
    await expect(
      env.DB.prepare(
        `INSERT INTO resilience_classes (area_code, wave_code, problems_level, vulnerable_level) VALUES ('BU09350203', 'circusvis-2021', 4, 1)`,
      ).run(),
    ).rejects.toThrow(/CHECK constraint/);
  });
});

describe('/monitor/veerkracht', () => {
  beforeAll(async () => {
    await seedDemoData(db());
  });

  it('shows every buurt in its class in the grid, the map and the table, with changes since the previous wave', async () => {
    // Put Pottenberg in each of the nine classes in turn and read it back on the page.
    for (let k = 9; k >= 1; k--) {
      const { problems, vulnerable } = levelsOfClass(k);
      await env.DB.prepare(
        `UPDATE resilience_classes SET problems_level = ?, vulnerable_level = ? WHERE area_code = 'BU09350203' AND wave_code = 'kaarten-2025'`,
      )
        .bind(problems, vulnerable)
        .run();
      const res = await request('/monitor/veerkracht?meting=kaarten-2025');
      const html = await res.text();
      expect(roundTrips(res)).toBe(1);
      expect(html).toContain(`aria-label="Pottenberg: klasse ${k}: `);
    }
    const html = await (await request('/monitor/veerkracht')).text();
    expect(html).toContain('klasse 9');
    expect(html).toContain('aria-label="Pottenberg: klasse 1: weinig problemen, zeer weinig kwetsbare bewoners"');
    expect(html).toContain('veel problemen');
    expect(html).toContain('zeer weinig kwetsbare bewoners');
    expect(html).toContain('Van klasse veranderd tussen Circusvis 2023 en Kaarten 2025');
    expect(html).toMatch(/Pottenberg: van klasse [2-9] naar klasse 1/);
    expect(html).toContain('Voorbeeldcijfers (demo)');
    const first = await (await request('/monitor/veerkracht?meting=circusvis-2021')).text();
    expect(first).toContain('Dit is de eerste meting');
  });
});
