import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { createUser, postForm, request } from '../../helpers';

describe('development mailbox', () => {
  it('lists queued mail newest first, with the links clickable, and can filter by recipient', async () => {
    const user = await createUser();
    await postForm('/wachtwoord-vergeten', { email: user.email });
    const res = await request(`/ontwikkeling/postvak?aan=${encodeURIComponent(user.email)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Nieuw wachtwoord kiezen voor het partnerportaal Veerkrachtige Wijken');
    expect(html).toMatch(/<a class="utrecht-link" href="http:\/\/localhost\/wachtwoord-herstellen\/[A-Za-z0-9_-]{43}">/);
    const other = await (await request('/ontwikkeling/postvak?aan=niemand%40voorbeeld.nl')).text();
    expect(other).toContain('Er staan geen e-mails in het postvak.');
  });

  it('escapes mail content as text', async () => {
    const res = await postForm('/registreren', { organisatie: '<script>alert(1)</script>' });
    expect(res.status).toBe(422);
    const html = await (await request('/ontwikkeling/postvak')).text();
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('does not exist in production', async () => {
    const app = createApp();
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request('http://localhost/ontwikkeling/postvak'), { ...env, ENVIRONMENT: 'production' }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(404);
  });
});
