import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../helpers';
import { asRole, seedOnce, TERRA } from './support';

let stylesheet: string;
let utrechtClasses: Set<string>;

beforeAll(async () => {
  await seedOnce();
  // The stylesheet the site serves: public/css/portal.css, built from the Utrecht component library and our own CSS.
  const res = await env.ASSETS.fetch('http://localhost/css/portal.css');
  expect(res.status).toBe(200);
  stylesheet = await res.text();
  utrechtClasses = new Set([...stylesheet.matchAll(/\.(utrecht-[a-z0-9_-]+)/g)].map((m) => m[1]!));
});

/** The HTML of the table that follows the heading with this id. */
function tableAfter(html: string, headingId: string) {
  const start = html.indexOf('<table', html.indexOf(`id="${headingId}"`));
  return html.slice(start, html.indexOf('</table>', start));
}

const utrechtClassesIn = (html: string) =>
  [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter((c) => c.startsWith('utrecht-'));

describe('number columns of the project tables', () => {
  it('use only table classes the stylesheet defines, and the right-aligned number column for every amount', async () => {
    const html = await (await request(`/projecten/${TERRA}`, { cookie: (await asRole('programme')).cookie })).text();
    const budget = tableAfter(html, 'begroting-kop');
    const milestones = tableAfter(html, 'mijlpalen-kop');
    for (const table of [budget, milestones]) {
      for (const name of utrechtClassesIn(table)) expect(utrechtClasses.has(name), name).toBe(true);
    }
    const amountCells = [...budget.matchAll(/<td class="([^"]*)">€/g)].map((m) => m[1]!.split(' '));
    expect(amountCells.length).toBeGreaterThan(3);
    for (const classes of amountCells)
      expect(classes).toEqual(expect.arrayContaining(['utrecht-table__cell--numeric-column', 'utrecht-table__cell--numeric-data']));
    // Allocated, committed, spent and utilisation: their headers align with the numbers below them.
    expect(budget.match(/utrecht-table__header-cell--numeric-column/g)).toHaveLength(4);
    expect(stylesheet).toMatch(/\.utrecht-table__cell--numeric-column\s*\{[^}]*text-align/);
  });
});
