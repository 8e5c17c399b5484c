import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_EMAIL } from '../../../src/features/accessibility/texts';
import { request, roundTrips } from '../../helpers';

describe('/toegankelijkheid', () => {
  it('states the standard, how it is tested and how to report a problem, in Dutch', async () => {
    const res = await request('/toegankelijkheid');
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(0); // static text: no database reads at all
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="utrecht-heading-1">Toegankelijkheidsverklaring</h1>');
    expect(html).toContain('WCAG) 2.1 op niveau A en AA');
    expect(html).toContain('EN 301 549');
    expect(html).toContain('axe-core controleert in een echte browser elk soort pagina');
    expect(html).toContain('Toetsenbordtests');
    expect(html).toContain('Een probleem melden');
    expect(html).toContain(`href="mailto:${ACCESSIBILITY_EMAIL}"`);
    expect(html).toContain('Nationale ombudsman');
  });

  it('is available in English', async () => {
    const html = await (await request('/toegankelijkheid', { cookie: 'taal=en' })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1 class="utrecht-heading-1">Accessibility statement</h1>');
    expect(html).toContain('WCAG) 2.1 at level A and AA');
    expect(html).toContain('Reporting a problem');
  });

  it('is linked from the footer of every page', async () => {
    for (const path of ['/', '/activiteiten', '/bestaat-niet']) {
      const html = await (await request(path)).text();
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer).toContain('<a class="utrecht-link" href="/toegankelijkheid">Toegankelijkheidsverklaring</a>');
    }
  });
});
