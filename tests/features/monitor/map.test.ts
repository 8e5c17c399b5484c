import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/db/seed';
import { createUser, db, request, roundTrips, sessionCookie } from '../../helpers';

beforeAll(async () => {
  await seedDemoData(db());
});

describe('/monitor', () => {
  it('shows the map with every buurt as a link with its name and value, the table and the city, in one round trip', async () => {
    const res = await request('/monitor?indicator=lage-inkomens&meting=circusvis-2023');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html.match(/<a href="\/monitor\/buurten\/BU0935\d{4}" aria-label=/g)?.length).toBe(44);
    expect(html).toContain('aria-label="Pottenberg (programmawijk): ');
    expect(html).toContain('Huishoudens met een laag inkomen, Circusvis 2023');
    expect(html).toContain('Wijk- en Buurtkaart 2024');
    expect(html).toContain('Voorbeeldcijfers (demo)');
    expect(html).toContain('Verschil met Maastricht');
    expect(html).toContain('class="vw-map__programme"');
  });

  it('falls back to the first indicator and the latest wave for unknown values, never failing', async () => {
    const res = await request('/monitor?indicator=bestaat-niet&meting=%3Cscript%3E&pijler=onzin');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Kaarten 2025');
  });

  it('answers an htmx request with the results only', async () => {
    const res = await request('/monitor?indicator=eenzaamheid', { htmx: true });
    const html = await res.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('Ernstig eenzaam');
  });

  it('suppresses small numbers for visitors and partners, shows them to the programme team', async () => {
    // Beatrixhaven has 60 residents in the demo: a survey of 6% rests on fewer than 10 respondents.
    const count = await env.DB.prepare(
      `SELECT count FROM monitor_observations WHERE area_code = 'BU09350500' AND indicator_code = 'eenzaamheid' AND wave_code = 'kaarten-2025'`,
    ).first<{ count: number }>();
    expect(count!.count).toBeLessThan(10);
    const path = '/monitor?indicator=eenzaamheid&meting=kaarten-2025';
    const visitor = await (await request(path)).text();
    expect(visitor).toContain('aria-label="Beatrixhaven: te weinig waarnemingen"');
    const partner = await createUser({ role: 'partner' });
    const partnerHtml = await (await request(path, { cookie: await sessionCookie(partner.id) })).text();
    expect(partnerHtml).toContain('aria-label="Beatrixhaven: te weinig waarnemingen"');
    const programme = await createUser({ role: 'programme' });
    const programmeHtml = await (await request(path, { cookie: await sessionCookie(programme.id) })).text();
    expect(programmeHtml).not.toContain('aria-label="Beatrixhaven: te weinig waarnemingen"');
    expect(programmeHtml).toContain('klein aantal, alleen zichtbaar voor het programmateam');
    const csv = await (await request(`/monitor/export.csv?indicator=eenzaamheid&meting=kaarten-2025`)).text();
    expect(csv).toMatch(/BU09350500;Beatrixhaven;Ernstig eenzaam;Kaarten 2025;te weinig waarnemingen;/);
  });

  it('shows each indicator only to the roles its visibility allows', async () => {
    const partnerOnly = '/monitor?indicator=psychische-klachten';
    const programmeOnly = '/monitor?indicator=schulden';
    const visitor = await (await request(partnerOnly)).text();
    expect(visitor).not.toContain('angst of depressie');
    const partner = await createUser({ role: 'funder' });
    const cookie = await sessionCookie(partner.id);
    expect(await (await request(partnerOnly, { cookie })).text()).toContain('Hoog risico op angst of depressie, Kaarten 2025');
    expect(await (await request(programmeOnly, { cookie })).text()).not.toContain('Problematische schulden');
    const programme = await createUser({ role: 'programme' });
    const pCookie = await sessionCookie(programme.id);
    expect(await (await request(programmeOnly, { cookie: pCookie })).text()).toContain('Problematische schulden, Kaarten 2025');
    const json = (await (await request('/monitor/export.json?indicator=schulden')).json()) as { indicator: { code: string } };
    expect(json.indicator.code).not.toBe('schulden');
  });

  it('exports CSV with demo marks and JSON with the same values', async () => {
    const csvRes = await request('/monitor/export.csv?indicator=lage-inkomens&meting=circusvis-2021');
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    const csv = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    expect(csvRes.headers.get('Content-Type')).toContain('text/csv');
    expect(csv.startsWith('\uFEFFbuurtcode;buurt;indicator;meting;waarde')).toBe(true);
    expect(csv).toMatch(/BU09350203;Pottenberg;Huishoudens met een laag inkomen;Circusvis 2021;[\d.]+;percentage;\d+;[\d.]+;-?[\d.]+;;demo/);
    const json = (await (await request('/monitor/export.json?indicator=lage-inkomens&meting=circusvis-2021')).json()) as {
      demo: boolean;
      buurten: { code: string; value: number | null }[];
      city: { value: number };
    };
    expect(json.demo).toBe(true);
    expect(json.buurten).toHaveLength(44);
    expect(json.city.value).toBeGreaterThan(0);
  });
});
