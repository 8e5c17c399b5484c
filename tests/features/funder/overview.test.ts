import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../../../src/db/schema';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, MIRADOR, projectRow, seedOnce, TERRA } from '../projects/support';

beforeAll(seedOnce);

/** Splits a `;` CSV (with quoted cells) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('/financier overview', () => {
  it('is for funders and the programme team only', async () => {
    const anonymous = await request('/financier');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toBe('/inloggen?terug=%2Ffinancier');
    expect((await request('/financier', { cookie: (await asMemberOf('woonpunt')).cookie })).status).toBe(403);
    expect((await request('/financier/export.csv', { cookie: (await asMemberOf('woonpunt')).cookie })).status).toBe(403);
    expect((await request('/financier', { cookie: (await asRole('programme')).cookie })).status).toBe(200);
  });

  it('shows a funder without limits both projects with phase, health, progress, utilisation and overdue milestones', async () => {
    const res = await request('/financier', { cookie: (await asFunder()).cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    const html = await res.text();
    expect(html).toContain('U ziet de projecten van alle financieringsprogramma’s.');
    expect(html).toContain(`href="/projecten/${MIRADOR}"`);
    expect(html).toContain(`href="/projecten/${TERRA}"`);
    expect(html).toContain('vw-project-health--at-risk');
    expect(html).toContain('30%'); // Miradorplein progress
    expect(html).toContain('€ 2.200.000,00'); // allocated
    expect(html).toContain('€ 338.791,00'); // spent: 182.340,50 + 61.200 + 95.250,50
    expect(html).toContain('15%'); // utilisation 338.790 / 2.200.000
    expect(html).toContain('href="/financier/export.csv"');
  });

  it('limits a funder to their programmes', async () => {
    const html = await (await request('/financier', { cookie: (await asFunder(['regio-deal-6'])).cookie })).text();
    expect(html).toContain('U ziet de projecten van: Regio Deal (6e tranche).');
    expect(html).toContain(`href="/projecten/${TERRA}"`);
    expect(html).not.toContain(`href="/projecten/${MIRADOR}"`);
    const none = await (await request('/financier', { cookie: (await asFunder(['elke-regio-telt'])).cookie })).text();
    expect(none).toContain('Er zijn (nog) geen projecten in uw financieringsprogramma’s.');
  });
});

describe('CSV export of the overview', () => {
  it('has a BOM, Dutch headers, ; separators and Dutch amounts, limited to the funder’s programmes', async () => {
    const res = await request('/financier/export.csv', { cookie: (await asFunder(['regio-deal-4'])).cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="financiersoverzicht-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'Project',
      'Financieringsprogramma',
      'Fase',
      'Status',
      'Toelichting status',
      'Voortgang (%)',
      'Toegekend (EUR)',
      'Verplicht (EUR)',
      'Besteed (EUR)',
      'Benutting (%)',
      'Mijlpalen over tijd',
      'Laatste voortgangsbericht',
      'Projectpagina',
    ]);
    expect(rows).toHaveLength(2);
    const [title, programme, phase, health, , progress, allocated, committed, spent, utilisation, overdue] = rows[1]!;
    expect([title, programme, phase, health, progress, allocated, committed, spent, utilisation, overdue]).toEqual([
      'Miradorplein Nazareth',
      'Regio Deal Zuid-Limburg (4e tranche)',
      'Uitvoering',
      'Risico',
      '30',
      '2200000,00',
      '800000,00',
      '338791,00',
      '15',
      '1',
    ]);
  });

  it('neutralises formulas and quotes separators, quotes and line breaks from project data', async () => {
    const project = await projectRow(TERRA);
    await db()
      .update(projects)
      .set({ title: '=HYPERLINK("https://evil.example";"klik")', healthExplanation: '@SUM(1;2)\n"tweede regel"' })
      .where(eq(projects.id, project.id));
    try {
      const text = await (await request('/financier/export.csv', { cookie: (await asFunder(['regio-deal-6'])).cookie })).text();
      expect(text).toContain(`"'=HYPERLINK(""https://evil.example"";""klik"")"`);
      expect(text).toContain(`"'@SUM(1;2)\n""tweede regel"""`);
      const rows = parseCsv(text.replace(/^\uFEFF/, ''));
      expect(rows[1]![0]).toBe(`'=HYPERLINK("https://evil.example";"klik")`);
      expect(rows[1]![4]).toBe(`'@SUM(1;2)\n"tweede regel"`);
      expect(rows[1]).toHaveLength(13);
    } finally {
      await db().update(projects).set({ title: project.title, healthExplanation: project.healthExplanation }).where(eq(projects.id, project.id));
    }
  });
});

describe('print stylesheet', () => {
  it('has rules that turn the status page into a clean report, and the page uses them', async () => {
    // The built stylesheet as the static assets serve it (npm run build:assets).
    const portalCss = await (await env.ASSETS.fetch(new Request('http://localhost/css/portal.css'))).text();
    // The project report's own print block (other features have print blocks of their own): each block up to its
    // matching closing brace.
    const blocks = portalCss
      .split('@media print')
      .slice(1)
      .map((rest) => {
        let depth = 0;
        for (let i = rest.indexOf('{'); i < rest.length; i++) {
          if (rest[i] === '{') depth++;
          if (rest[i] === '}' && --depth === 0) return rest.slice(0, i + 1);
        }
        return rest;
      });
    const print = blocks.find((block) => block.includes('.vw-project-table')) ?? '';
    expect(print).toContain('.vw-project-table');
    expect(print).toContain('break-inside: avoid');
    expect(portalCss).toMatch(/@media print\s*{[^}]*\.vw-no-print/);
    const page = await (await request(`/projecten/${MIRADOR}`, { cookie: (await asFunder()).cookie })).text();
    expect(page).toContain('class="vw-project"');
    expect(page).toMatch(/<ul class="vw-project-actions vw-no-print">/);
  });
});

describe('funder accounts, invited by the programme team', () => {
  it('is refused to funders and partners', async () => {
    expect((await request('/projectbeheer/financiers', { cookie: (await asFunder()).cookie })).status).toBe(403);
    const res = await postForm(
      '/projectbeheer/financiers',
      { name: 'X', email: 'x@voorbeeld.nl', locale: 'nl', programmes: [] },
      { cookie: (await asMemberOf('woonpunt')).cookie },
    );
    expect(res.status).toBe(403);
  });

  it('shows the list and form within two round trips and validates the invitation', async () => {
    const { cookie } = await asRole('programme');
    const page = await request('/projectbeheer/financiers', { cookie });
    expect(page.status).toBe(200);
    expect(roundTrips(page)).toBeLessThanOrEqual(2);
    const bad = await postForm('/projectbeheer/financiers', { name: '', email: 'geen-adres', locale: 'nl', programmes: ['onbekend'] }, { cookie });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Vul de naam in.');
    expect(html).toContain('Vul een geldig e-mailadres in');
    expect(html).toContain('Kies programma’s uit de lijst.');
  });
});
