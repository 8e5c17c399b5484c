import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, endOfWeek, weekdayIndex } from '../../../src/dates';
import { periodRange } from '../../../src/features/activities/agenda';
import { request, roundTrips } from '../../helpers';
import { makeActivity, makeOrganisation, today } from './fixtures';

// The agenda lists occurrences day by day; the dates come from the stored occurrence rows, which the fixture writes
// the way every command does.
async function agenda(query = '', init: Parameters<typeof request>[1] = {}) {
  const res = await request(`/activiteiten?weergave=dagen${query.replace(/^\?/, '&')}`, init);
  const html = await res.text();
  const days = [...html.matchAll(/<h2 class="utrecht-heading-2" id="dag-(\d{4}-\d{2}-\d{2})"><time datetime="[^"]+">([^<]+)<\/time>/g)].map((m) => [
    m[1]!,
    m[2]!,
  ]);
  const items = [
    ...html.matchAll(/<span class="vw-agenda-time">([^<]+)<\/span> <a class="utrecht-link" href="\/activiteiten\/\d+">([^<]+)<\/a>/g),
  ].map((m) => `${m[1]} ${m[2]}`);
  return { res, html, days, items };
}

beforeAll(async () => {
  const org = await makeOrganisation({ name: 'Agendapartner' });
  await makeActivity({
    organisationId: org.id,
    title: 'Dagelijks ontbijt',
    weekly: [0, 1, 2, 3, 4, 5, 6],
    firstIn: -3,
    startTime: '08:00',
    endTime: '09:00',
    pillars: ['health'],
  });
  await makeActivity({ organisationId: org.id, title: 'Vandaag laat', onceIn: 0, startTime: '20:00', endTime: '22:00', pillars: ['livelihood'] });
  await makeActivity({
    organisationId: org.id,
    title: 'Morgen vroeg',
    onceIn: 1,
    startTime: '07:00',
    endTime: '07:30',
    pillars: ['livelihood'],
    neighbourhoods: ['nazareth'],
  });
  await makeActivity({ organisationId: org.id, title: 'Nog een concept', onceIn: 1, status: 'draft' });
});

describe('/activiteiten?weergave=dagen', () => {
  it('reads by day ("Vandaag", "Morgen", then the weekday), each day by start time, in one round trip', async () => {
    const { res, days, items } = await agenda();
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(days[0]).toEqual([today(), 'Vandaag']);
    expect(days[1]).toEqual([addDays(today(), 1), 'Morgen']);
    expect(days[2]![1]).toMatch(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+( \d{4})?$/);
    expect(items.slice(0, 4)).toEqual([
      '08:00–09:00 Dagelijks ontbijt',
      '20:00–22:00 Vandaag laat',
      '07:00–07:30 Morgen vroeg',
      '08:00–09:00 Dagelijks ontbijt',
    ]);
    expect(items).not.toContain(expect.stringContaining('Nog een concept'));
  });

  it('quick filters pick the days; the list filters still apply', async () => {
    expect((await agenda('?wanneer=morgen')).items).toEqual(['07:00–07:30 Morgen vroeg', '08:00–09:00 Dagelijks ontbijt']);
    expect((await agenda('?wanneer=vandaag&pijler=livelihood')).items).toEqual(['20:00–22:00 Vandaag laat']);
    expect((await agenda('?wanneer=morgen&wijk=nazareth')).items).toEqual(['07:00–07:30 Morgen vroeg']);
    const week = await agenda('?wanneer=week');
    expect(week.days.map(([d]) => d)).toEqual(
      Array.from({ length: weekdayIndex(endOfWeek(today())) - weekdayIndex(today()) + 1 }, (_, i) => addDays(today(), i)),
    );
    const weekend = periodRange('weekend', today());
    expect((await agenda('?wanneer=weekend')).days.every(([d]) => d! >= weekend.from && d! <= weekend.until)).toBe(true);
  });

  it('pages by seek cursor: the next page starts right after the last occurrence shown', async () => {
    const first = await agenda('?pijler=health');
    expect(first.items).toHaveLength(30);
    const next = /href="(\/activiteiten\?[^"]*na=[^"]+)" rel="next"/.exec(first.html)![1]!.replace(/&amp;/g, '&');
    expect(next).toContain('weergave=dagen');
    expect(next).toContain('pijler=health');
    const second = await agenda(next.replace('/activiteiten', ''));
    expect(second.days[0]![0]).toBe(addDays(first.days[first.days.length - 1]![0]!, 1));
    const back = /href="(\/activiteiten\?[^"]*)" rel="prev"/.exec(second.html);
    expect(back).not.toBeNull();
  });

  it('answers htmx with the results only, and switches between the list and the day view with the filters kept', async () => {
    const fragment = await agenda('?wanneer=vandaag', { headers: { 'HX-Request': 'true' } });
    expect(fragment.html).not.toContain('<html');
    expect(fragment.items).toContain('20:00–22:00 Vandaag laat');
    // The quick period travels with the results and belongs to the filter form, so the next search keeps it.
    expect(fragment.html).toContain('<input type="hidden" name="wanneer" value="vandaag" form="filterformulier"/>');
    const list = await (await request('/activiteiten?pijler=health')).text();
    expect(list).toContain('href="/activiteiten?pijler=health&amp;weergave=dagen"');
    expect(list).toMatch(/<a class="utrecht-link" href="\/activiteiten\?pijler=health" aria-current="page">Lijst<\/a>/);
    const days = await agenda('?pijler=health');
    expect(days.html).toMatch(/href="\/activiteiten\?pijler=health&amp;weergave=dagen" aria-current="page">Per dag<\/a>/);
    expect(days.html).toContain('href="/activiteiten?pijler=health">Lijst</a>');
  });

  it("uses the list's own form: same action and results region, the view kept in a hidden field, without JavaScript too", async () => {
    const { html } = await agenda('?wanneer=week');
    const form = /<form class="vw-filter-form" id="filterformulier"[^>]*>/.exec(html)![0];
    expect(form).toContain('action="/activiteiten"');
    expect(form).toContain('method="get"');
    expect(form).toContain('hx-target="#resultaten"');
    expect(html).toContain('<input type="hidden" name="weergave" value="dagen"/>');
    expect(html).toContain('<section id="resultaten"');
    expect(html).toContain('href="/activiteiten?weergave=dagen">Wis alle filters</a>');
  });

  it('the former address /activiteiten/agenda answers 301 to the day view with its query kept', async () => {
    const res = await request('/activiteiten/agenda?wanneer=morgen&pijler=livelihood');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/activiteiten?wanneer=morgen&pijler=livelihood&weergave=dagen');
    const plain = await request('/activiteiten/agenda');
    expect(plain.headers.get('location')).toBe('/activiteiten?weergave=dagen');
  });
});
