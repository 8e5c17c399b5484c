import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../helpers';
import { asFunder, seedOnce } from '../projects/support';

beforeAll(seedOnce);

/** The `<td>` cells of the overview table's body, with their class attribute and text. */
function bodyCells(html: string) {
  const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<td class="([^"]*)">(.*?)<\/td>/g)].map(([, cls, text]) => ({ classes: cls!.split(' '), text: text! }));
}

describe('/financier overview table on narrow screens', () => {
  it('scrolls inside its own named, focusable region instead of the page', async () => {
    const { cookie } = await asFunder();
    const html = await (await request('/financier', { cookie })).text();
    expect(html).toMatch(
      /<div class="vw-funder-table-scroll" tabindex="0" role="region" aria-label="Financiersoverzicht, tabel \(schuif zijwaarts voor alle kolommen\)"><table class="utrecht-table vw-project-table">/,
    );
    const english = await (await request('/financier', { cookie: `${cookie}; taal=en` })).text();
    expect(english).toContain('role="region" aria-label="Funder overview, table (scroll sideways for every column)"');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('keeps every amount in euros on one line, right-aligned, in equal-width digits', async () => {
    const html = await (await request('/financier', { cookie: (await asFunder()).cookie })).text();
    const amounts = bodyCells(html).filter((cell) => cell.text.startsWith('€'));
    expect(amounts.map((cell) => cell.text)).toContain('€ 2.200.000,00');
    expect(amounts.length).toBeGreaterThanOrEqual(4); // allocated and spent of both demo projects
    for (const cell of amounts) expect(cell.classes).toContain('vw-funder-number');

    const css = await (await env.ASSETS.fetch(new Request('http://localhost/css/portal.css'))).text();
    const rule = (selector: string) => new RegExp(`${selector.replace(/[.]/g, '\\.')}\\s*{([^}]*)}`).exec(css)?.[1] ?? '';
    expect(rule('.vw-funder-number')).toMatch(/white-space:\s*nowrap/);
    expect(rule('.vw-funder-number')).toMatch(/font-variant-numeric:\s*tabular-nums/);
    expect(rule('.vw-funder-number')).toMatch(/text-align:\s*(end|right)/);
    expect(rule('.vw-funder-table-scroll')).toMatch(/overflow-x:\s*auto/);
    expect(css).toMatch(/\.vw-funder-table-scroll:focus-visible\s*{[^}]*outline:/);
  });
});
