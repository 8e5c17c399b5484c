import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityRevisions } from '../../src/db/schema';
import { MEDIA_CACHE_CONTROL } from '../../src/media/routes';
import { storeImage } from '../../src/media/store';
import { activityForm, db, ensureReferenceData, partnerWithOrganisation, postMultipart, request, reviewer } from '../helpers';
import { gif, jpeg, png } from './images';

let nb: Record<string, number>;
beforeAll(async () => {
  nb = await ensureReferenceData();
});

const file = (bytes: Uint8Array, name: string, type = 'image/jpeg') => new File([bytes], name, { type });
const row = async (id: number) => (await db().select().from(activities).where(eq(activities.id, id)))[0]!;
const createdId = (res: Response) => Number(/^\/portaal\/activiteiten\/(\d+)\?/.exec(res.headers.get('Location') ?? '')?.[1]);

async function newActivity(fields: Record<string, string>, files: Record<string, File>) {
  const { organisation, cookie } = await partnerWithOrganisation();
  const res = await postMultipart(
    '/portaal/activiteiten',
    { ...activityForm(nb.pottenberg!), organisationId: String(organisation.id), actie: 'opslaan', ...fields },
    files,
    cookie,
  );
  return { res, cookie, organisation };
}

describe('uploading a photo with an activity (multipart, through the worker)', () => {
  it('stores a checked photo in R2 under its content address and keeps its size and alt text on the row', async () => {
    const bytes = jpeg(1200, 800, 1);
    const { res } = await newActivity({ photoAlt: 'Buren aan de koffie' }, { photo: file(bytes, 'koffie.jpg') });
    expect(res.status).toBe(303);
    const saved = await row(createdId(res));
    expect(saved.photoKey).toMatch(/^[0-9a-f]{64}-1200x800\.jpg$/);
    expect(saved.photoAlt).toBe('Buren aan de koffie');
    const object = await env.MEDIA.get(saved.photoKey!);
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes);
  });

  it('goes by the content, not the name: a PNG named .jpg is stored as PNG', async () => {
    const { res } = await newActivity({ photoAlt: 'Logo van de moestuin' }, { photo: file(png(300, 200, 2), 'foto.jpg') });
    expect(res.status).toBe(303);
    expect((await row(createdId(res))).photoKey).toMatch(/-300x200\.png$/);
  });

  it('refuses a GIF, a 6 MB file and a truncated file at the field, keeping everything typed', async () => {
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(jpeg(100, 100));
    const cases: [File, string][] = [
      [file(gif(10, 10), 'beweegt.gif', 'image/gif'), 'geen JPEG-, PNG- of WebP-afbeelding'],
      [file(big, 'groot.jpg'), 'groter dan 5 MB'],
      [file(jpeg(100, 100).subarray(0, 25), 'half.jpg'), 'beschadigd of onvolledig'],
    ];
    for (const [photo, message] of cases) {
      const { res } = await newActivity({ title: 'Mijn getypte titel', photoAlt: 'Een foto' }, { photo });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('value="Mijn getypte titel"');
      expect(html).toMatch(/id="veld-photo-fout"/);
    }
  });

  it('asks for alt text unless the photo is marked decorative, and keeps the stored photo for the next try', async () => {
    const { res, cookie, organisation } = await newActivity({ photoAlt: '' }, { photo: file(jpeg(640, 480, 3), 'zonder.jpg') });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Beschrijf wat er op de afbeelding staat');
    const key = /name="photoKey" value="([^"]+)"/.exec(html)?.[1];
    expect(key).toMatch(/-640x480\.jpg$/);
    expect(html).toContain(`src="/media/${key}" width="640" height="480"`);

    const again = await postMultipart(
      '/portaal/activiteiten',
      {
        ...activityForm(nb.pottenberg!),
        organisationId: String(organisation.id),
        actie: 'opslaan',
        photoKey: key!,
        photoAlt: '',
        photoDecorative: 'on',
      },
      {},
      cookie,
    );
    expect(again.status).toBe(303);
    expect(await row(createdId(again))).toMatchObject({ photoKey: key, photoAlt: '' });
  });

  it('drops a posted key that is not an image of ours', async () => {
    const { res } = await newActivity({ photoKey: `${'b'.repeat(64)}-10x10.png`, photoAlt: 'Iets' }, {});
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('niet meer beschikbaar');
  });

  it('answers 400 for a malformed multipart body', async () => {
    const { cookie } = await partnerWithOrganisation();
    const res = await request('/portaal/activiteiten', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'multipart/form-data; boundary=grens' },
      body: '--grens\r\nContent-Disposition: form-data; name="title"\r\n\r\nzonder einde',
    });
    expect(res.status).toBe(400);
  });
});

describe('serving a photo', () => {
  it('serves it with its type, a year of immutable caching and an ETag; unknown keys are 404', async () => {
    const stored = await storeImage(env.MEDIA, png(40, 30, 4));
    if (!stored.ok) throw new Error('not stored');
    const res = await request(`/media/${stored.image.key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(res.headers.get('Cache-Control')).toBe(MEDIA_CACHE_CONTROL);
    expect(MEDIA_CACHE_CONTROL).toContain('immutable');
    const etag = res.headers.get('ETag')!;
    expect((await request(`/media/${stored.image.key}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await request(`/media/${'c'.repeat(64)}-1x1.png`)).status).toBe(404);
    expect((await request('/media/..%2Fwrangler.toml')).status).toBe(404);
  });

  it('shows it on the public page with width, height and alt text', async () => {
    const { res } = await newActivity({ photoAlt: 'Tulpen in de moestuin' }, { photo: file(jpeg(1000, 750, 5), 'tulpen.jpg') });
    const id = createdId(res);
    await db().update(activities).set({ status: 'published', publishedAt: new Date(), confirmedAt: new Date() }).where(eq(activities.id, id));
    const html = await (await request(`/activiteiten/${id}`)).text();
    const key = (await row(id)).photoKey!;
    expect(html).toMatch(new RegExp(`<img src="/media/${key}" width="1000" height="750" alt="Tulpen in de moestuin"`));
  });
});

describe('a new photo in a revision', () => {
  it('is reviewed like any other field: the comparison shows the old and the new photo', async () => {
    const { res, cookie } = await newActivity({ photoAlt: 'Oude foto' }, { photo: file(jpeg(800, 600, 6), 'oud.jpg') });
    const id = createdId(res);
    await db().update(activities).set({ status: 'published', publishedAt: new Date(), confirmedAt: new Date() }).where(eq(activities.id, id));
    const oldKey = (await row(id)).photoKey!;
    const edit = await postMultipart(
      `/portaal/activiteiten/${id}`,
      {
        ...activityForm(nb.pottenberg!),
        versie: '1',
        wijziging: '',
        wijzigingVersie: '',
        actie: 'indienen',
        photoKey: oldKey,
        photoAlt: 'Nieuwe foto',
      },
      { photo: file(png(600, 400, 7), 'nieuw.png', 'image/png') },
      cookie,
    );
    expect(edit.status).toBe(303);
    expect((await row(id)).photoKey).toBe(oldKey); // the live page keeps its photo until the change is approved
    const revision = (await db().select().from(activityRevisions).where(eq(activityRevisions.activityId, id)))[0]!;
    const newKey = (JSON.parse(revision.data) as { photo: { key: string } }).photo.key;
    expect(newKey).toMatch(/-600x400\.png$/);

    const team = await reviewer();
    const page = await (await request(`/beoordelen/wijzigingen/${revision.id}`, { cookie: team.cookie })).text();
    expect(page).toContain(`src="/media/${oldKey}" width="800" height="600" alt="Oude foto"`);
    expect(page).toContain(`src="/media/${newKey}" width="600" height="400" alt="Nieuwe foto"`);
    expect(page).toMatch(/Foto<br\/?><span class="vw-tag vw-tag--changed"/);
  });
});
