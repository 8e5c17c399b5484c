import { describe, expect, it } from 'vitest';
import { postForm, request } from '../helpers';

describe('status pages and security headers', () => {
  it('answers an unknown path with a Dutch 404 page with doctype and landmarks', async () => {
    const res = await request('/bestaat-niet');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Pagina niet gevonden');
    expect(html).toContain('<main id="inhoud"');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('sends a nonce-based CSP and HSTS', async () => {
    const res = await request('/bestaat-niet');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const hsts = res.headers.get('Strict-Transport-Security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await res.text()).toContain(`nonce="${nonce}"`);
  });

  it('switches the language and returns to the same page with its query', async () => {
    const res = await postForm('/taal', { taal: 'en', terug: '/activiteiten?pijler=health' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/activiteiten?pijler=health');
    expect(res.headers.get('Set-Cookie')).toContain('taal=en');
    const page = await request('/bestaat-niet', { cookie: 'taal=en' });
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Page not found');
  });

  it('never redirects the language switch off-site', async () => {
    const res = await postForm('/taal', { taal: 'en', terug: '//evil.example/' });
    expect(res.headers.get('Location')).toBe('/');
  });

  it('refuses a cross-site form post with 403', async () => {
    const res = await postForm('/taal', { taal: 'en', terug: '/' }, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Formulier niet geaccepteerd');
  });
});
