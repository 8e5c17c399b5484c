import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP } from '../../../src/features/activities/count-cap';
import { PAGE_SIZE } from '../../../src/features/activities/list-state';
import { MANY_MATCHES } from '../../../src/features/activities/upcoming';
import { request, roundTrips } from '../../helpers';
import { cardTitles, ensureReference, insertOnceActivities, makeActivity, makeOrganisation, resultCount, today } from './fixtures';

// A word many activities share is found by walking the date index and testing each row against the matches; a rare
// word by starting from its matches. The query decides which by counting matches up to MANY_MATCHES; both ways must
// give the same list, in date order, with the same paging.
const COMMON = MANY_MATCHES + 30;
const padded = (i: number) => String(i).padStart(4, '0');

beforeAll(async () => {
  await ensureReference();
  const org = await makeOrganisation({ name: 'Zwembadpartner' });
  // COMMON one-off "Zwemles" activities on the coming days, with an unrelated one in between each.
  await insertOnceActivities(org.id, COMMON * 2, {
    title: `CASE WHEN i % 2 = 1 THEN 'Zwemles ' ELSE 'Breiclub ' END || printf('%04d', (i + 1) / 2)`,
    daysAhead: 'i / 16',
    startTime: `printf('%02d:%02d', 8 + (i % 16) / 2, i % 2 * 30)`,
  });
  await makeActivity({ organisationId: org.id, title: 'Kantklossen voor beginners', onceIn: 3 });
  await makeActivity({ organisationId: org.id, title: 'Kantklossen gevorderd', onceIn: 1 });
  await makeActivity({ organisationId: org.id, title: 'Kantklossen, afgelopen', onceIn: -2 });
});

const manyMatches = async (word: string) =>
  env.DB.prepare('SELECT (SELECT count(*) FROM (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ? LIMIT ?)) > ? AS many')
    .bind(`"${word}"*`, MANY_MATCHES + 1, MANY_MATCHES)
    .first<number>('many');

describe(`a search word shared by more than ${MANY_MATCHES} activities`, () => {
  it('takes the date-index way', async () => {
    expect(await manyMatches('zwemles')).toBe(1);
  });

  it('lists the soonest matches first, in one round trip, and says "more than" above the cap', async () => {
    const res = await request('/activiteiten?zoek=zwemles');
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(html).toContain(`Meer dan ${COUNT_CAP} activiteiten gevonden.`);
    expect(cardTitles(html)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `Zwemles ${padded(i + 1)}`));
  });

  it('serves a later page by number and by cursor with the same rows', async () => {
    const third = Array.from({ length: PAGE_SIZE }, (_, i) => `Zwemles ${padded(2 * PAGE_SIZE + i + 1)}`);
    expect(cardTitles(await (await request('/activiteiten?zoek=zwemles&pagina=3')).text())).toEqual(third);
    const second = await (await request('/activiteiten?zoek=zwemles&pagina=2')).text();
    const next = /<a class="utrecht-link" href="([^"]+)" rel="next"/.exec(second)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/activiteiten\?.*na=/);
    expect(cardTitles(await (await request(next!)).text())).toEqual(third);
  });

  it('keeps the other filters: only the matches on the first day', async () => {
    const html = await (await request(`/activiteiten?zoek=zwemles&tot=${today()}`)).text();
    expect(resultCount(html)).toBe(8);
    expect(cardTitles(html)).toEqual(Array.from({ length: 8 }, (_, i) => `Zwemles ${padded(i + 1)}`));
  });
});

describe('a rare search word', () => {
  it('takes the way from its matches and lists only the upcoming ones, soonest first', async () => {
    expect(await manyMatches('kantklossen')).toBe(0);
    const res = await request('/activiteiten?zoek=kantklossen');
    const html = await res.text();
    expect(roundTrips(res)).toBe(1);
    expect(resultCount(html)).toBe(2);
    expect(cardTitles(html)).toEqual(['Kantklossen gevorderd', 'Kantklossen voor beginners']);
  });
});
