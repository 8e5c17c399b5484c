import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { createUser, db, request, sessionCookie } from '../../helpers';

let cookie: string;

async function upload(content: string | Uint8Array, name = 'cijfers.csv', as = cookie) {
  const form = new FormData();
  form.append('bestand', new File([content], name, { type: 'text/csv' }));
  const res = await request('/monitor/import', { method: 'POST', body: form, cookie: as });
  return { res, html: await res.text() };
}

const pendingId = (html: string) => Number(/\/monitor\/import\/(\d+)\/bevestigen/.exec(html)?.[1]);
const post = (path: string, as = cookie) =>
  request(path, { method: 'POST', cookie: as, body: new URLSearchParams(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });

async function snapshot() {
  const obs = await env.DB.prepare(
    `SELECT group_concat(indicator_code || area_code || wave_code || value || ifnull(count, '-') || ifnull(import_id, '-'), ',') AS s FROM (SELECT * FROM monitor_observations ORDER BY 1, 2, 3)`,
  ).first<{ s: string }>();
  const cls = await env.DB.prepare(
    `SELECT group_concat(area_code || wave_code || problems_level || vulnerable_level, ',') AS s FROM (SELECT * FROM resilience_classes ORDER BY 1, 2)`,
  ).first<{ s: string }>();
  const imports = await env.DB.prepare(`SELECT count(*) AS n FROM monitor_imports`).first<{ n: number }>();
  return `${obs!.s}|${cls!.s}|${imports!.n}`;
}

const value = (indicator: string, area: string, wave: string) =>
  env.DB.prepare(
    `SELECT value, count, import_id AS importId, is_demo AS isDemo FROM monitor_observations WHERE indicator_code = ? AND area_code = ? AND wave_code = ?`,
  )
    .bind(indicator, area, wave)
    .first<{ value: number; count: number | null; importId: number | null; isDemo: number }>();

beforeAll(async () => {
  await seedDemoData(db());
  const user = await createUser({ role: 'programme' });
  cookie = await sessionCookie(user.id);
});

const HEADER = 'buurtcode;indicator;meting;waarde;aantal';

describe('bad input: a Dutch error with its line, nothing written', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    [
      'unknown buurt code',
      `${HEADER}\nBU09350203;lage-inkomens;2023;12,5;300\nBU09359999;lage-inkomens;2023;12,5;300`,
      /Regel 3<\/strong>: Onbekende buurtcode &quot;BU09359999&quot;/,
    ],
    ['unknown indicator', `${HEADER}\nBU09350203;geluk;2023;12,5;300`, /Regel 2<\/strong>: Onbekende indicator &quot;geluk&quot;/],
    ['unknown wave', `${HEADER}\nBU09350203;lage-inkomens;Circusvis 2019;12,5;300`, /Regel 2<\/strong>: Onbekende meting &quot;Circusvis 2019&quot;/],
    [
      'text where a number belongs',
      `${HEADER}\nBU09350203;lage-inkomens;2023;veel;300`,
      /Regel 2<\/strong>: In de kolom waarde staat &quot;veel&quot;; daar hoort een getal/,
    ],
    [
      'a count that is not a whole number',
      `${HEADER}\nBU09350203;lage-inkomens;2023;12;3,5`,
      /Regel 2<\/strong>: In de kolom aantal staat &quot;3,5&quot;/,
    ],
    [
      'a level outside 1–3',
      'buurtcode;meting;problemen;kwetsbaarheid\nBU09350203;2023;4;1\nBU09350403;2023;2;0',
      /Regel 2<\/strong>: In de kolom problemen staat &quot;4&quot;; het niveau moet 1, 2 of 3 zijn/,
    ],
    [
      'duplicate rows',
      `${HEADER}\nBU09350203;lage-inkomens;2023;12;300\nBU09350203;lage-inkomens;circusvis-2023;13;300`,
      /Regel 3<\/strong>: Deze rij staat ook al op regel 2/,
    ],
    ['an empty file (only a header)', `${HEADER}\n`, /Regel 1<\/strong>: Het bestand heeft een kopregel maar geen gegevens/],
    [
      'a formula in a cell',
      `${HEADER}\nBU09350203;lage-inkomens;2023;"=HYPERLINK(""http://x"";""klik"")";300`,
      /Regel 2<\/strong>: De kolom waarde bevat een formule/,
    ],
    [
      'a row with too many columns',
      `${HEADER}\nBU09350203;lage-inkomens;2023;12;300;extra`,
      /Regel 2<\/strong>: Deze regel heeft 6 kolommen; verwacht 5/,
    ],
    ['an unknown header', 'code;wat;wanneer\nBU09350203;x;y', /Regel 1<\/strong>: De kopregel &quot;code;wat;wanneer&quot; is niet herkend/],
    [
      'a quote never closed',
      `${HEADER}\nBU09350203;"lage-inkomens;2023;12;300`,
      /Regel 2<\/strong>: Een aanhalingsteken wordt geopend maar nergens gesloten/,
    ],
    // "Sint Maartenspoort" with é in Windows-1252: byte 0xE9 on line 3.
    [
      'a file in Windows-1252',
      new Uint8Array([
        ...new TextEncoder().encode(`${HEADER}\nBU09350203;lage-inkomens;2023;12;300\nBU09350303;lage-inkomens;2023;12;300;`),
        0xe9,
        0x0a,
      ]),
      /Regel 3<\/strong>: Deze regel is geen UTF-8 \(waarschijnlijk Windows-1252/,
    ],
  ];

  it.each(cases)('%s', async (_name, content, message) => {
    const before = await snapshot();
    const { res, html } = await upload(content);
    expect(res.status).toBe(422);
    expect(html).toMatch(message);
    expect(html).toContain('Er is niets opgeslagen');
    expect(html).not.toContain('/bevestigen');
    expect(await snapshot()).toBe(before);
  });

  it('a file of 0 bytes', async () => {
    const before = await snapshot();
    const { res, html } = await upload('');
    expect(res.status).toBe(422);
    expect(html).toMatch(/Regel 1<\/strong>: Het bestand is leeg/);
    expect(await snapshot()).toBe(before);
  });

  it('a 20 MB file', async () => {
    const before = await snapshot();
    const line = 'BU09350203;lage-inkomens;2023;12,5;300\n';
    const { res, html } = await upload(HEADER + '\n' + line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
    expect(res.status).toBe(422);
    expect(html).toMatch(/Het bestand is 20,0 MB; de grens is 2 MB/);
    expect(await snapshot()).toBe(before);
  });

  it('lists every error of a file, each with its line', async () => {
    const { html } = await upload(`${HEADER}\nBU09359999;lage-inkomens;2023;12;1\nBU09350203;geluk;2023;12;1\nBU09350203;lage-inkomens;2023;x;1`);
    expect(html).toContain('Er zijn 3 fouten gevonden');
    for (const n of [2, 3, 4]) expect(html).toContain(`Regel ${n}</strong>`);
  });
});

describe('preview, confirm, idempotence and undo', () => {
  it('reads Excel CSV (BOM, semicolons, decimal comma, quotes), previews per row, writes nothing until confirmed', async () => {
    const before = await value('lage-inkomens', 'BU09350203', 'circusvis-2023');
    const csv = `\uFEFF${HEADER}\r\nBU09350203;"lage-inkomens";Circusvis 2023;"31,4";412\r\nGM0935;lage-inkomens;2023;9,9;\r\nBU09350405;eenzaamheid;kaarten-2025;8;150\r\n`;
    const { res, html } = await upload(csv, 'metingen 2023.csv');
    expect(res.status).toBe(200);
    expect(html).toContain('Voorbeeld van metingen 2023.csv');
    expect(html).toMatch(/gewijzigd van [\d,]+ \(n = \d+\) naar 31,4 \(n = 412\)/);
    expect(html).toContain('gewijzigd van');
    expect(await value('lage-inkomens', 'BU09350203', 'circusvis-2023')).toEqual(before);

    const id = pendingId(html);
    const confirmed = await post(`/monitor/import/${id}/bevestigen`);
    expect(confirmed.status).toBe(303);
    expect(await value('lage-inkomens', 'BU09350203', 'circusvis-2023')).toEqual({ value: 31.4, count: 412, importId: id, isDemo: 0 });
    expect((await value('lage-inkomens', 'GM0935', 'circusvis-2023'))!.value).toBe(9.9);
    const audit = await env.DB.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'monitor.import.confirm' AND object_id = ?`)
      .bind(String(id))
      .first<{ n: number }>();
    expect(audit!.n).toBe(1);

    // The map shows the new value; the history names the file and its counts.
    const map = await (await request('/monitor?indicator=lage-inkomens&meting=circusvis-2023')).text();
    expect(map).toContain('aria-label="Pottenberg (programmawijk): 31,4%"');
    const history = await (await request('/monitor/import', { cookie })).text();
    expect(history).toContain('metingen 2023.csv');
    expect(history).toContain('0 nieuw, 3 gewijzigd, 0 ongewijzigd.');

    // Confirming twice writes nothing more.
    const again = await post(`/monitor/import/${id}/bevestigen`);
    expect(again.status).toBe(409);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const csv = `buurtcode,indicator,meting,waarde,aantal\nBU09350403,kinderen-armoede,kaarten-2025,27.5,88\nBU09350100,kinderen-armoede,kaarten-2025,"2,5",40\n`;
    const first = await upload(csv);
    await post(`/monitor/import/${pendingId(first.html)}/bevestigen`);
    const before = await snapshot();
    const second = await upload(csv);
    expect(second.html).toContain('0 nieuw, 0 gewijzigd, 2 ongewijzigd.');
    expect(second.html).toContain('Dit bestand verandert niets');
    const id = pendingId(second.html);
    await post(`/monitor/import/${id}/bevestigen`);
    const after = await snapshot();
    // Only the import record itself is new.
    expect(after.split('|').slice(0, 2)).toEqual(before.split('|').slice(0, 2));
  });

  it('undoes an import as a whole: added rows removed, changed rows back, only the latest of its kind', async () => {
    await env.DB.prepare(
      `DELETE FROM monitor_observations WHERE indicator_code = 'overgewicht' AND area_code = 'BU09350206' AND wave_code = 'kaarten-2025'`,
    ).run();
    const old = await value('overgewicht', 'BU09350203', 'kaarten-2025');
    const before = await snapshot();
    const first = await upload(`${HEADER}\nBU09350203;overgewicht;2025;70;500\nBU09350206;overgewicht;2025;44;210`);
    expect(first.html).toContain('1 nieuw, 1 gewijzigd, 0 ongewijzigd.');
    const id = pendingId(first.html);
    await post(`/monitor/import/${id}/bevestigen`);
    expect((await value('overgewicht', 'BU09350206', 'kaarten-2025'))!.value).toBe(44);

    // A later import of the same kind blocks undoing this one.
    const later = await upload(`${HEADER}\nBU09350501;overgewicht;2025;50;100`);
    const laterId = pendingId(later.html);
    await post(`/monitor/import/${laterId}/bevestigen`);
    expect((await post(`/monitor/import/${id}/ongedaan`)).status).toBe(409);
    expect((await post(`/monitor/import/${laterId}/ongedaan`)).status).toBe(303);

    const undone = await post(`/monitor/import/${id}/ongedaan`);
    expect(undone.status).toBe(303);
    expect(await value('overgewicht', 'BU09350203', 'kaarten-2025')).toEqual(old);
    expect(await value('overgewicht', 'BU09350206', 'kaarten-2025')).toBeNull();
    const [obsBefore, clsBefore] = before.split('|');
    const [obsAfter, clsAfter] = (await snapshot()).split('|');
    expect([obsAfter, clsAfter]).toEqual([obsBefore, clsBefore]);
  });

  it('imports resilience classes and the veerkracht map shows them', async () => {
    const { html } = await upload('buurtcode;meting;problemen;kwetsbaarheid\nBU09350100;kaarten-2025;3;3\n');
    expect(html).toMatch(/gewijzigd van klasse \d \(problemen \d, kwetsbaarheid \d\) naar klasse 9 \(problemen 3, kwetsbaarheid 3\)/);
    await post(`/monitor/import/${pendingId(html)}/bevestigen`);
    const page = await (await request('/monitor/veerkracht?meting=kaarten-2025')).text();
    expect(page).toContain('aria-label="Villapark: klasse 9: veel problemen, veel kwetsbare bewoners"');
  });

  it('keeps a pending import to the user who uploaded it; partners may not import', async () => {
    const { html } = await upload(`${HEADER}\nBU09350203;eenzaamheid;2021;15;300`);
    const id = pendingId(html);
    const colleague = await sessionCookie((await createUser({ role: 'programme' })).id);
    expect((await request(`/monitor/import/${id}`, { cookie: colleague })).status).toBe(404);
    expect((await post(`/monitor/import/${id}/bevestigen`, colleague)).status).toBe(404);
    expect((await request(`/monitor/import/${id}`, { cookie })).status).toBe(200);
    expect((await post(`/monitor/import/${id}/annuleren`)).status).toBe(303);
    const partner = await sessionCookie((await createUser({ role: 'partner' })).id);
    expect((await request('/monitor/import', { cookie: partner })).status).toBe(403);
    expect((await upload(`${HEADER}\nBU09350203;eenzaamheid;2021;15;300`, 'x.csv', partner)).res.status).toBe(403);
  });
});
