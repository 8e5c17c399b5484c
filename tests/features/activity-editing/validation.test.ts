import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../../src/db/schema';
import {
  activityForm,
  createOrganisation,
  db,
  ensureReferenceData,
  futureDate,
  partnerWithOrganisation,
  postActivity,
  postForm,
} from '../../helpers';

let nb: Record<string, number>;
let partner: Awaited<ReturnType<typeof partnerWithOrganisation>>;
beforeAll(async () => {
  nb = await ensureReferenceData();
  partner = await partnerWithOrganisation();
});

const submit = (overrides: Record<string, string | string[]>) =>
  postForm(
    '/portaal/activiteiten',
    { ...activityForm(nb.pottenberg!), organisationId: String(partner.organisation.id), actie: 'indienen', ...overrides },
    { cookie: partner.cookie },
  );

/** The message rendered next to a field (its error element), or null. */
function messageAt(html: string, field: string): string | null {
  const match = new RegExp(`id="veld-${field}-fout">([^<]*)<`).exec(html);
  return match
    ? match[1]!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : null;
}

const countActivities = async () => (await db().select().from(activities).where(eq(activities.organisationId, partner.organisation.id))).length;

const BAD_INPUT: { name: string; overrides: Record<string, string | string[]>; field: string; message: string }[] = [
  {
    name: 'end before start',
    overrides: { startTime: '14:00', endTime: '12:30' },
    field: 'endTime',
    message: 'De eindtijd ligt vóór of op de begintijd. Kies een eindtijd na de begintijd.',
  },
  {
    name: 'from-date after until-date',
    overrides: { scheduleKind: 'weekly', date: '', weekdays: ['2'], fromDate: futureDate(60), untilDate: futureDate(10) },
    field: 'untilDate',
    message: 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.',
  },
  { name: 'an unknown pillar id', overrides: { pillars: ['health', 'vrede'] }, field: 'pillars', message: 'Kies alleen pijlers uit de lijst.' },
  { name: '100 pillars', overrides: { pillars: Array.from({ length: 100 }, () => 'health') }, field: 'pillars', message: 'Kies maximaal 3.' },
  { name: 'no pillar at all', overrides: { pillars: [] }, field: 'pillars', message: 'Kies minstens één pijler.' },
  {
    name: 'a 20,000-character description',
    overrides: { description: 'a'.repeat(20_000) },
    field: 'description',
    message: 'Gebruik maximaal 10000 tekens.',
  },
  {
    name: 'HTML/script in the title',
    overrides: { title: '<script>alert("x")</script>Koffie' },
    field: 'title',
    message: 'Gebruik gewone tekst zonder HTML-code (zoals <b> of <script>). Een link mag, als webadres dat begint met https://.',
  },
  {
    name: 'HTML in the location',
    overrides: { locationName: '<img src=x onerror=alert(1)>' },
    field: 'locationName',
    message: 'Gebruik gewone tekst zonder HTML-code (zoals <b> of <script>). Een link mag, als webadres dat begint met https://.',
  },
  {
    name: 'a postcode like 1234',
    overrides: { postcode: '1234' },
    field: 'postcode',
    message: 'Vul een Nederlandse postcode in: vier cijfers en twee letters, zoals 6211 AB.',
  },
  {
    name: 'an unknown neighbourhood',
    overrides: { neighbourhoods: ['999999'] },
    field: 'neighbourhoods',
    message: 'Kies alleen wijken uit de lijst.',
  },
  {
    name: 'a date that does not exist',
    overrides: { date: '2027-02-30' },
    field: 'date',
    message: 'Vul een bestaande datum in, zoals 2026-03-15 of 15-03-2026.',
  },
  {
    name: 'a date in the past',
    overrides: { date: '2020-01-01' },
    field: 'date',
    message: 'Deze datum ligt in het verleden. Kies vandaag of een latere datum.',
  },
  {
    name: 'a weekly activity without days',
    overrides: { scheduleKind: 'weekly', weekdays: [], fromDate: futureDate(5) },
    field: 'weekdays',
    message: 'Kies minstens één dag van de week.',
  },
  {
    name: 'an exception outside the period',
    overrides: { scheduleKind: 'weekly', weekdays: ['1'], fromDate: futureDate(5), untilDate: futureDate(20), exceptions: futureDate(40) },
    field: 'exceptions',
    message: 'Een van de datums valt buiten de periode van de activiteit.',
  },
  { name: 'a time that does not exist', overrides: { startTime: '25:00' }, field: 'startTime', message: 'Vul een geldige tijd in, zoals 09:30.' },
  {
    name: 'paid without an amount',
    overrides: { cost: 'paid', costAmount: '' },
    field: 'costAmount',
    message: 'Vul een bedrag in euro in, groter dan 0 en hoogstens 1000, zoals 2,50.',
  },
  {
    name: 'a sign-up link that is no web address',
    overrides: { joinMethod: 'link', joinDetail: 'javascript:alert(1)' },
    field: 'joinDetail',
    message: 'Vul het webadres voor aanmelden in, zoals https://www.voorbeeld.nl/aanmelden.',
  },
  {
    name: 'a contact e-mail without @',
    overrides: { contactEmail: 'anna.voorbeeld.nl' },
    field: 'contactEmail',
    message: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  },
  {
    name: 'an unknown schedule kind',
    overrides: { scheduleKind: 'yearly' },
    field: 'scheduleKind',
    message: 'Kies hoe vaak de activiteit plaatsvindt.',
  },
];

describe('bad input on the activity form', () => {
  for (const bad of BAD_INPUT) {
    it(`${bad.name}: 422, a Dutch message next to the field, input kept, nothing saved`, async () => {
      const before = await countActivities();
      const res = await submit(bad.overrides);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(messageAt(html, bad.field)).toBe(bad.message);
      expect(html).toContain('Controleer de volgende velden'); // the error summary on top
      expect(html).toContain(`href="#veld-${bad.field}"`);
      expect(html).toContain('value="Anna de Vries"'); // everything typed is still in the form
      expect(await countActivities()).toBe(before);
    });
  }

  it("someone else's organisation id: a message next to the organisation field", async () => {
    const other = await createOrganisation();
    const res = await submit({ organisationId: String(other.id) });
    expect(res.status).toBe(422);
    expect(messageAt(await res.text(), 'organisationId')).toBe('Kies een goedgekeurde organisatie waarvan u lid bent.');
  });

  it('shows HTML and script as text, never as markup', async () => {
    const res = await submit({ title: '<script>alert("x")</script>Koffie', summary: '<b>vet</b> & meer' });
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>vet</b>');
    expect(html).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;Koffie"');
    expect(html).toContain('&lt;b&gt;vet&lt;/b&gt; &amp; meer');
  });

  it('reports every wrong field at once for an empty form', async () => {
    const res = await postForm('/portaal/activiteiten', { actie: 'opslaan' }, { cookie: partner.cookie });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(messageAt(html, 'title')).toBe('Vul een titel in.');
    expect(messageAt(html, 'summary')).toBe('Vul een korte samenvatting in.');
    expect(messageAt(html, 'pillars')).toBe('Kies minstens één pijler.');
    expect(messageAt(html, 'neighbourhoods')).toBe('Kies minstens één wijk.');
    expect(messageAt(html, 'postcode')).toBe('Vul een Nederlandse postcode in: vier cijfers en twee letters, zoals 6211 AB.');
    expect(messageAt(html, 'scheduleKind')).toBe('Kies hoe vaak de activiteit plaatsvindt.');
    expect(messageAt(html, 'startTime')).toBe('Vul de begintijd in.');
  });

  it('never answers 5xx to odd shapes: repeated single fields, huge lists, unknown fields', async () => {
    const res = await submit({ title: ['Een', 'Twee'], targetGroups: Array.from({ length: 500 }, (_, i) => `g${i}`), onbekend: 'x', versie: 'abc' });
    expect(res.status).toBe(422);
    expect(messageAt(await res.text(), 'targetGroups')).toBe('Kies maximaal 8.');
  });

  it('normalises what it accepts: postcode, amount, Dutch dates, open-ended weekly', async () => {
    const id = await postActivity(partner.cookie, partner.organisation.id, nb.pottenberg!, {
      overrides: {
        postcode: '6221bx',
        cost: 'paid',
        costAmount: '€ 3,5',
        scheduleKind: 'weekly',
        date: '',
        weekdays: ['2', '4'],
        fromDate: futureDate(3).split('-').reverse().join('-'),
        untilDate: '',
        exceptions: `${futureDate(10)}\n${futureDate(17)}`,
        startTime: '9.30',
        endTime: '11:00',
      },
    });
    const [row] = await db().select().from(activities).where(eq(activities.id, id));
    expect(row).toMatchObject({
      postcode: '6221 BX',
      costCents: 350,
      scheduleKind: 'weekly',
      weekdays: 0b1010,
      firstDate: futureDate(3),
      lastDate: '9999-12-31',
      startTime: '09:30',
    });
  });
});

describe('inline validation while typing', () => {
  const validate = (field: string, overrides: Record<string, string | string[]>, cookie = partner.cookie) =>
    postForm(
      '/portaal/activiteiten/valideren',
      { ...activityForm(nb.pottenberg!), organisationId: String(partner.organisation.id), ...overrides, _veld: field },
      { cookie, htmx: true },
    );

  it('answers with only that field, carrying the same Dutch message as a full submit', async () => {
    for (const bad of BAD_INPUT) {
      const res = await validate(bad.field, bad.overrides);
      expect(res.status, bad.name).toBe(200);
      const html = await res.text();
      expect(html.startsWith('<div') || html.startsWith('<fieldset'), bad.name).toBe(true);
      expect(html).not.toContain('<html');
      expect(html).toContain(`id="veld-${bad.field}-veld"`);
      expect(messageAt(html, bad.field), bad.name).toBe(bad.message);
    }
  });

  it('shows no message for a valid field, and only the asked field’s message', async () => {
    const ok = await validate('title', {});
    expect(await ok.text()).not.toContain('-fout"');
    const other = await validate('title', { postcode: '1234' });
    const html = await other.text();
    expect(html).not.toContain('postcode');
  });

  it('marks every control for htmx: blur for text, change for choices, swapping only its own field', async () => {
    const page = await (await postForm('/portaal/activiteiten', { actie: 'opslaan' }, { cookie: partner.cookie })).text();
    expect(page).toContain('hx-post="/portaal/activiteiten/valideren" hx-trigger="blur changed" hx-target="#veld-title-veld" hx-swap="outerMorph"');
    expect(page).toContain('hx-trigger="change" hx-target="#veld-pillars-veld"');
  });

  it('does nothing for visitors and refuses unknown fields', async () => {
    expect((await validate('title', {}, '')).status).toBe(204);
    expect((await validate('status', {})).status).toBe(400);
  });
});
