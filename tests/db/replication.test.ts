import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { BOOKMARK_COOKIE, sessionStart } from '../../src/db/replication';
import { createUser, postForm, request, sessionCookie } from '../helpers';

function bookmarkFrom(res: Response): string | undefined {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${BOOKMARK_COOKIE}=`));
  return cookie?.slice(BOOKMARK_COOKIE.length + 1).split(';')[0];
}

describe('D1 read replication', () => {
  it('starts anonymous reads anywhere and sets no bookmark for them', async () => {
    const res = await request('/activiteiten');
    expect(res.status).toBe(200);
    expect(res.headers.get('X-D1-Session-Start')).toBe('first-unconstrained');
    expect(bookmarkFrom(res)).toBeUndefined();
  });

  it('accepts a real bookmark and ignores anything else', async () => {
    const real = env.DB.withSession('first-primary');
    await real.prepare('SELECT 1').first();
    const bookmark = real.getBookmark();
    expect(bookmark).toBeTruthy();
    expect(sessionStart(bookmark!)).toBe(bookmark);
    expect(sessionStart(undefined)).toBe('first-unconstrained');
    for (const tampered of ['', 'first-primary', '<script>', 'x'.repeat(500), `${bookmark};evil`]) {
      expect(sessionStart(tampered)).toBe('first-unconstrained');
    }
  });

  it('hands the bookmark of a write to the next request, which reads its own write', async () => {
    const user = await createUser({ name: 'Voor De Wijziging' });
    const cookie = await sessionCookie(user.id);
    const saved = await postForm('/account/voorkeuren', { naam: 'Na De Wijziging', taal: 'nl' }, { cookie });
    expect(saved.status).toBe(303);
    const bookmark = bookmarkFrom(saved);
    expect(bookmark).toBeTruthy();
    expect(sessionStart(bookmark)).toBe(bookmark);

    const next = await request('/account', { cookie: `${cookie}; ${BOOKMARK_COOKIE}=${bookmark}` });
    expect(next.headers.get('X-D1-Session-Start')).toBe('bookmark');
    expect(await next.text()).toContain('Na De Wijziging');
  });

  it('falls back to an unconstrained session for a tampered bookmark cookie, without an error', async () => {
    const res = await request('/activiteiten', { cookie: `${BOOKMARK_COOKIE}=00000000-zzzz` });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-D1-Session-Start')).toBe('first-unconstrained');
  });
});
