import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekdayIndex } from '../../../src/dates';
import { formatDate, nextOccurrences } from '../../../src/features/activities/schedule';
import { request, roundTrips } from '../../helpers';
import { makeActivity, makeOrganisation, today } from './fixtures';

let weeklyId = 0;
let onceId = 0;
let hostileId = 0;
const hidden: Record<string, number> = {};
let exceptionDate = '';

async function detail(id: number, cookie?: string) {
  const res = await request(`/activiteiten/${id}`, { cookie });
  return { res, html: await res.text() };
}

beforeAll(async () => {
  const org = await makeOrganisation({ name: 'Detailpartner' });
  const co = await makeOrganisation({ name: 'Meedoenpartner' });
  const pendingCo = await makeOrganisation({ name: 'Wachtende partner', status: 'pending' });
  const t = today();
  const tuesdayIn = (1 - weekdayIndex(t) + 7) % 7;
  exceptionDate = addDays(t, tuesdayIn + 7);
  weeklyId = (
    await makeActivity({
      organisationId: org.id,
      title: 'Inloopspreekuur',
      summary: 'Vragen over geld of wonen? Loop binnen.',
      description: 'Eerste alinea.\n\nTweede alinea.',
      locationName: 'Gemeenschapshuis',
      street: 'Terra Cottaplein 1',
      weekly: [1],
      firstIn: -30,
      lastIn: 120,
      exceptions: [exceptionDate],
      startTime: '10:00',
      endTime: '12:00',
      pillars: ['livelihood', 'health'],
      neighbourhoods: ['pottenberg', 'nazareth'],
      targetGroups: ['adults', 'seniors'],
      joinMethod: 'email',
      joinDetail: 'spreekuur@voorbeeld.example',
      costCents: 250,
      coOrganisers: [co.id, pendingCo.id],
      isDemo: true,
    })
  ).id;
  onceId = (await makeActivity({ organisationId: org.id, title: 'Buurtfeest', onceIn: 5, startTime: '14:00', endTime: '16:00' })).id;
  hostileId = (
    await makeActivity({
      organisationId: org.id,
      title: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
      joinMethod: 'link',
      joinDetail: 'javascript:alert(1)',
    })
  ).id;
  const pending = await makeOrganisation({ status: 'pending' });
  hidden.draft = (await makeActivity({ organisationId: org.id, status: 'draft' })).id;
  hidden.submitted = (await makeActivity({ organisationId: org.id, status: 'submitted' })).id;
  hidden.stale = (await makeActivity({ organisationId: org.id, staleHidden: true })).id;
  hidden.past = (await makeActivity({ organisationId: org.id, onceIn: -1 })).id;
  hidden.ended = (await makeActivity({ organisationId: org.id, weekly: [3], firstIn: -40, lastIn: -1 })).id;
  hidden.pendingOrganisation = (await makeActivity({ organisationId: pending.id })).id;
});

describe('/activiteiten/:id', () => {
  it('shows when and where in plain Dutch, with one round trip', async () => {
    const { res, html } = await detail(weeklyId);
    expect(res.status).toBe(200);
    expect(roundTrips(res)).toBe(1);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="utrecht-heading-1" id="activiteit-titel">Inloopspreekuur <span class="vw-demo-badge">Demo</span></h1>');
    expect(html).toContain(
      `Elke dinsdag 10:00–12:00, tot en met ${formatDate(addDays(today(), 120), 'nl', { weekday: false })}, niet op ${formatDate(exceptionDate, 'nl', { weekday: false })}`,
    );
    expect(html).toContain('Gemeenschapshuis<br/>Terra Cottaplein 1<br/>Maastricht');
    const upcoming = nextOccurrences(
      {
        scheduleKind: 'weekly',
        firstDate: addDays(today(), -30),
        lastDate: addDays(today(), 120),
        weekdays: 2,
        startTime: '10:00',
        endTime: '12:00',
        exceptions: [exceptionDate],
      },
      today(),
      4,
    );
    for (const date of upcoming) expect(html).toContain(`<time datetime="${date}">${formatDate(date, 'nl')}</time>, 10:00–12:00`);
    expect(html).not.toContain(`<time datetime="${exceptionDate}">`);
  });

  it('shows how to join, the cost, who it is for, pillars, neighbourhoods and organisers', async () => {
    const { html } = await detail(weeklyId);
    expect(html).toContain('Aanmelden per e-mail: <a class="utrecht-link" href="mailto:spreekuur@voorbeeld.example">');
    expect(html).toContain('€ 2,50');
    expect(html).toContain('<dd>Volwassenen en ouderen</dd>');
    expect(html).toContain('<a class="utrecht-link" href="/activiteiten?pijler=health">Positieve gezondheid</a>');
    expect(html).toContain('<a class="utrecht-link" href="/wijken/nazareth">Nazareth</a>');
    expect(html).toContain('<a class="utrecht-link" href="/partners/detailpartner">Detailpartner</a>');
    expect(html).toContain('<a class="utrecht-link" href="/partners/meedoenpartner">Meedoenpartner</a>');
    expect(html).not.toContain('Wachtende partner');
    expect(html).toContain(
      '<p class="utrecht-paragraph vw-preserve-lines">Eerste alinea.</p><p class="utrecht-paragraph vw-preserve-lines">Tweede alinea.</p>',
    );
    expect(html).toContain('Dit is een voorbeeldactiviteit (demo)');
  });

  it('describes a one-off activity with its date', async () => {
    const { html } = await detail(onceId);
    expect(html).toContain(`${formatDate(addDays(today(), 5), 'nl').replace(/^./, (c) => c.toUpperCase())}, 14:00–16:00`);
    expect(html).toContain('Gratis');
    expect(html).toContain('U kunt gewoon binnenlopen; aanmelden is niet nodig.');
    expect(html).not.toContain('vw-demo-badge');
  });

  it('renders in English with the language cookie', async () => {
    const { html } = await detail(weeklyId, 'taal=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Every Tuesday 10:00–12:00');
    expect(html).toContain('Sign up by e-mail:');
    expect(html).toContain('Adults and older people');
    expect(html).toContain('Livelihood security');
  });

  it('shows text as text and only links safe addresses', async () => {
    const { res, html } = await detail(hostileId);
    expect(res.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Aanmelden via de website: javascript:alert(1)');
  });

  it.each(['draft', 'submitted', 'stale', 'past', 'ended', 'pendingOrganisation'])('is a 404 when the activity is not public (%s)', async (kind) => {
    const res = await request(`/activiteiten/${hidden[kind]}`);
    expect(res.status).toBe(404);
    expect(roundTrips(res)).toBe(1);
    expect(await res.text()).toContain('Pagina niet gevonden');
  });

  it('never lists what it does not show', async () => {
    const res = await request('/activiteiten');
    const html = await res.text();
    for (const id of Object.values(hidden)) expect(html).not.toContain(`href="/activiteiten/${id}"`);
    expect(html).toContain(`href="/activiteiten/${weeklyId}"`);
  });
});
