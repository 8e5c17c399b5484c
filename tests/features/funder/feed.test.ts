import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedKeys, projectUpdates } from '../../../src/db/schema';
import { db, postForm, request, roundTrips } from '../../helpers';
import { asFunder, asMemberOf, asRole, auditRows, MIRADOR, projectRow, seedOnce, TERRA } from '../projects/support';
import { childrenNamed, childText, parseXml } from './xml';

beforeAll(async () => {
  await seedOnce();
  const project = await projectRow(MIRADOR);
  await db().insert(projectUpdates).values({
    projectId: project.id,
    title: 'Tekens: <b>vet</b> & "citaat" \'enkel\'',
    body: 'Regel met ]]> en <script>alert(1)</script>\nen een tweede regel.',
    publishedOn: '2026-01-15',
    status: 'approved',
  });
});

const feedPath = `/projecten/${MIRADOR}/voortgang.atom`;

describe('Atom feed of a project’s updates', () => {
  it('is well-formed Atom with the approved updates only, escaped, for a funder of the programme', async () => {
    const res = await request(feedPath, { cookie: (await asFunder(['regio-deal-4'])).cookie });
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBeLessThanOrEqual(2);
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(await res.text());
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childText(feed, 'title')).toBe('Voortgangsberichten: Miradorplein Nazareth');
    expect(childText(feed, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const entries = childrenNamed(feed, 'entry');
    const titles = entries.map((e) => childText(e, 'title'));
    expect(titles).toEqual(
      expect.arrayContaining(['Ontwerp klaar na drie bewonersavonden', 'Aanbesteding vertraagd', 'Tekens: <b>vet</b> & "citaat" \'enkel\'']),
    );
    expect(titles).not.toContain('Buurtmoestuin draait al'); // still waiting for review
    const special = entries.find((e) => childText(e, 'title')?.startsWith('Tekens'))!;
    expect(childText(special, 'content')).toBe('Regel met ]]> en <script>alert(1)</script>\nen een tweede regel.');
    expect(childText(special, 'published')).toBe('2026-01-15T12:00:00Z');
    expect(childText(special, 'id')).toMatch(/^http:\/\/localhost\/projecten\/miradorplein-nazareth#bericht-\d+$/);
    for (const entry of entries) for (const field of ['id', 'title', 'updated', 'content']) expect(childText(entry, field), field).toBeTruthy();
  });

  it('answers 404 to a funder outside the project’s programmes, and to partners', async () => {
    expect((await request(feedPath, { cookie: (await asFunder(['regio-deal-6'])).cookie })).status).toBe(404);
    expect((await request(feedPath, { cookie: (await asMemberOf('gemeente-maastricht')).cookie })).status).toBe(404);
    expect((await request('/projecten/bestaat-niet/voortgang.atom', { cookie: (await asRole('programme')).cookie })).status).toBe(404);
  });

  it('sends a visitor without key to the login page', async () => {
    const res = await request(feedPath);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('/inloggen?terug=');
  });
});

describe('personal feed keys for feed readers', () => {
  it('are created once, work without a session in one round trip, and end when renewed', async () => {
    const funder = await asFunder(['regio-deal-4']);
    const created = await postForm('/financier/feedsleutel', {}, { cookie: funder.cookie });
    expect(created.status).toBe(200);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    const html = await created.text();
    const key = /voortgang\.atom\?sleutel=([A-Za-z0-9_-]+)/.exec(html)?.[1];
    expect(key).toBeDefined();
    expect(html).not.toContain(`${TERRA}/voortgang.atom`); // only the funder's own projects
    const [stored] = await db().select().from(feedKeys).where(eq(feedKeys.userId, funder.user.id));
    expect(stored!.keyHash).not.toContain(key!); // only the hash is kept
    expect(await auditRows('feed-key.create', funder.user.id)).toHaveLength(1);

    const res = await request(`${feedPath}?sleutel=${key}`);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(childrenNamed(parseXml(await res.text()), 'entry').length).toBeGreaterThan(0);
    // The key follows the funder's programmes.
    expect((await request(`/projecten/${TERRA}/voortgang.atom?sleutel=${key}`)).status).toBe(404);

    const overview = await (await request('/financier', { cookie: funder.cookie })).text();
    expect(overview).not.toContain(key!);
    expect(overview).toContain('U heeft een feedsleutel sinds');

    await postForm('/financier/feedsleutel', {}, { cookie: funder.cookie });
    expect((await request(`${feedPath}?sleutel=${key}`)).status).toBe(404);
  });

  it('refuses made-up and malformed keys with 404', async () => {
    expect((await request(`${feedPath}?sleutel=${'a'.repeat(43)}`)).status).toBe(404);
    expect((await request(`${feedPath}?sleutel=<script>`)).status).toBe(404);
    expect((await request(`${feedPath}?sleutel=`)).status).toBe(404);
  });

  it('cannot be created by partners', async () => {
    expect((await postForm('/financier/feedsleutel', {}, { cookie: (await asMemberOf('woonpunt')).cookie })).status).toBe(403);
  });
});
