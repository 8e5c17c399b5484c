// Schedules as neighbourhood activities really run: the demo partner creates an activity of every kind with the
// keyboard only (the "Hoe vaak?" radio group with the arrow keys, the live preview of the next dates), the programme
// team approves them, and a visitor finds the right dates on the detail page, in the agenda per day and in the list.
// Also the holiday-periods page of the programme team. Uses the demo partner (Tom of Trajekt) and the demo data.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { choose, press, tabTo, tick, typeDate, typeInto } from '../support/keyboard.mjs';
import { logIn } from '../support/people.mjs';
import { openFromReviewQueue } from '../support/review.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const DAY = 86_400_000;
const iso = (days) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const NL_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** "dinsdag 8 december 2026", as the detail page writes a date. */
const inWords = (isoDate) => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return `${NL_WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${NL_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
/** The next `count` dates from `from` (inclusive) on which `weekday` (0 = Sunday) falls, every `every` weeks. */
function weekdays(from, weekday, count, every = 1) {
  const start = new Date(`${iso(from)}T12:00:00Z`);
  while (start.getUTCDay() !== weekday) start.setUTCDate(start.getUTCDate() + 1);
  return Array.from({ length: count }, (_, i) => new Date(start.getTime() + i * every * 7 * DAY).toISOString().slice(0, 10));
}
/** The first Tuesdays of the next `count` months on or after `from`. */
function firstTuesdays(from, count) {
  const result = [];
  const d = new Date(`${iso(from)}T12:00:00Z`);
  d.setUTCDate(1);
  while (result.length < count) {
    const t = new Date(d);
    while (t.getUTCDay() !== 2) t.setUTCDate(t.getUTCDate() + 1);
    const date = t.toISOString().slice(0, 10);
    if (date >= iso(from)) result.push(date);
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return result;
}

const series = [iso(4), iso(11), iso(18)];
const KINDS = [
  {
    title: 'Eenmalige buurtlunch',
    kind: 'Eenmalig',
    fill: async (page) => typeDate(page, page.getByLabel('Datum', { exact: true }), iso(6)),
    dates: [iso(6)],
  },
  {
    title: 'Wekelijkse inloop op dinsdag',
    kind: 'Elke week',
    fill: async (page) => {
      await tick(page, page.getByRole('group', { name: 'Op welke dag(en)' }).getByRole('checkbox', { name: 'dinsdag' }));
      await typeDate(page, page.getByLabel('Vanaf', { exact: true }), iso(0));
    },
    dates: weekdays(0, 2, 3),
  },
  {
    title: 'Om de week wandelen op zondag',
    kind: 'Om de 2, 3 of 4 weken',
    fill: async (page) => {
      await tick(page, page.getByRole('group', { name: 'Op welke dag(en)' }).getByRole('checkbox', { name: 'zondag' }));
      await typeDate(page, page.getByLabel('Vanaf', { exact: true }), iso(0));
    },
    dates: weekdays(0, 0, 3, 2),
  },
  {
    title: 'Repair Café op de eerste dinsdag',
    kind: 'Elke maand op …',
    fill: async (page) => {
      await choose(page, page.getByRole('group', { name: 'Elke maand op' }), page.getByRole('radio', { name: /een vaste weekdag/ }));
      await tick(page, page.getByRole('group', { name: 'Welke week van de maand' }).getByRole('checkbox', { name: 'eerste' }));
      await tabTo(page, page.locator('#veld-monthWeekday'));
      await page.locator('#veld-monthWeekday').selectOption({ label: 'dinsdag' });
      await typeDate(page, page.getByLabel('Vanaf', { exact: true }), iso(0));
    },
    dates: firstTuesdays(0, 3),
  },
  {
    title: 'Cursus van drie avonden',
    kind: 'Losse data (bijvoorbeeld een cursus)',
    fill: async (page) => typeInto(page, page.locator('#veld-seriesDates'), series.join('\n')),
    dates: series,
  },
];

journey('a partner creates an activity of every kind with the keyboard; the detail page, the agenda and the list show its dates', async (run) => {
  const { openPage, people } = run;
  const { page } = await openPage();
  await logIn(page, people.partner);
  for (const [index, k] of KINDS.entries()) {
    await page.goto('/portaal/activiteiten/nieuw');
    await expectVisible(h1(page, 'Nieuwe activiteit'));
    const organisation = page.getByLabel('Organisatie', { exact: true });
    if (await organisation.count()) await organisation.selectOption({ label: 'Trajekt' });
    await typeInto(page, page.getByLabel('Titel'), k.title);
    await typeInto(page, page.getByLabel('Korte samenvatting'), `Een activiteit om de planning te laten zien: ${k.kind}.`);
    await tick(page, page.getByRole('group', { name: 'Pijlers' }).getByRole('checkbox', { name: 'Bestaanszekerheid' }));
    await tick(page, page.getByRole('group', { name: 'Wijken', exact: true }).getByRole('checkbox', { name: 'Nazareth' }));
    await typeInto(page, page.getByLabel('Naam van de locatie'), 'Trefpunt');
    await typeInto(page, page.getByLabel('Straat en huisnummer'), 'Mgr. Nolenslaan 1');
    await typeInto(page, page.getByLabel('Postcode'), '6218 AA');
    const often = page.getByRole('group', { name: 'Hoe vaak' });
    await choose(page, often, often.getByRole('radio', { name: k.kind, exact: true }));
    await k.fill(page);
    await tabTo(page, page.getByLabel('Begintijd', { exact: true }));
    await page.keyboard.type('1000A');
    await tabTo(page, page.getByLabel('Eindtijd', { exact: true }));
    await page.keyboard.type('1200P');
    await page.keyboard.press('Tab');
    // The live preview lists the next dates in Dutch as soon as the schedule is complete.
    const preview = page.locator('#datums-voorbeeld');
    await expectText(preview, 'De eerstvolgende data');
    await expectText(preview, '10:00–12:00');
    if (index === 3) await checkPage(page, 'activiteit-nieuw-maandelijks', 'activiteitformulier, elke maand op de eerste dinsdag');
    await press(page, page.getByRole('button', { name: 'Opslaan en indienen' }));
    await expectVisible(h1(page, k.title));
    await expectVisible(page.getByRole('status').filter({ hasText: 'De activiteit is ingediend' }));
  }

  for (const k of KINDS) {
    const review = await openFromReviewQueue(run, /Nieuwe activiteiten/, k.title);
    await review.getByRole('group', { name: 'Besluit' }).getByRole('radio', { name: 'Goedkeuren en publiceren' }).check();
    await review.getByRole('button', { name: 'Besluit opslaan' }).click();
    await expectVisible(review.getByRole('status').filter({ hasText: 'Uw besluit is opgeslagen' }));
  }

  const visitor = (await openPage()).page;
  for (const k of KINDS) {
    await visitor.goto(`/activiteiten?zoek=${encodeURIComponent(k.title)}`);
    const results = visitor.getByRole('region', { name: 'Resultaten' });
    await results.getByRole('link', { name: k.title, exact: true }).click();
    await expectVisible(h1(visitor, k.title));
    const when = visitor.getByRole('region', { name: 'Wanneer' });
    if (k.dates.length > 1) for (const date of k.dates) await expectVisible(when.locator(`time[datetime="${date}"]`));
    else
      await expectText(
        when,
        inWords(k.dates[0]).replace(/^\w/, (c) => c.toUpperCase()),
      );
  }
  await checkPage(visitor, 'activiteit-reeks', 'activiteit met losse data');

  // The agenda per day: the series' dates under their days.
  await visitor.goto('/activiteiten');
  await visitor.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Per dag' }).click();
  await expectVisible(h1(visitor, 'Agenda per dag'));
  await visitor.waitForURL((url) => url.pathname === '/activiteiten' && url.searchParams.get('weergave') === 'dagen');
  await visitor.getByLabel('Zoek op woord', { exact: true }).fill('Cursus');
  await visitor.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await visitor.waitForURL((url) => url.searchParams.get('zoek') === 'Cursus');
  for (const date of series) {
    const day = visitor.locator('section.vw-agenda-day').filter({ has: visitor.locator(`time[datetime="${date}"]`) });
    await expectText(day, 'Cursus van drie avonden');
  }
  await checkPage(visitor, 'agenda', 'agenda per dag');
  // The quick filter "Deze week" through htmx; the search that follows keeps it and the day view.
  await visitor.getByRole('navigation', { name: 'Snel kiezen' }).getByRole('link', { name: 'Deze week' }).click();
  await visitor.waitForURL((url) => url.searchParams.get('wanneer') === 'week');
  await visitor.getByLabel('Zoek op woord', { exact: true }).fill('');
  await visitor.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await visitor.waitForURL(
    (url) => !url.searchParams.has('zoek') && url.searchParams.get('wanneer') === 'week' && url.searchParams.get('weergave') === 'dagen',
  );
  await expectVisible(h1(visitor, 'Agenda per dag'));
  assert.ok((await visitor.locator('section.vw-agenda-day').count()) >= 1, 'this week has days in the agenda');
  // The former address still leads there.
  await visitor.goto('/activiteiten/agenda?wanneer=week');
  await visitor.waitForURL(
    (url) => url.pathname === '/activiteiten' && url.searchParams.get('weergave') === 'dagen' && url.searchParams.get('wanneer') === 'week',
  );
  await checkPage(visitor, 'agenda-deze-week', 'agenda deze week');
});

journey('the programme team keeps the holiday periods on a page of its own', async ({ signedIn, people }) => {
  const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
  await page.goto('/beoordelen');
  await page.getByRole('link', { name: 'Vakanties' }).click();
  await expectVisible(h1(page, 'Vakanties'));
  await page.getByLabel('Naam', { exact: true }).fill('Carnavalsvakantie regio Zuid');
  await page.getByLabel('Van', { exact: true }).fill(iso(40));
  await page.getByLabel('Tot en met', { exact: true }).fill(iso(35));
  await page.getByRole('button', { name: 'Vakantieperiode toevoegen' }).click();
  await expectText(page.getByRole('main'), 'De einddatum ligt vóór de begindatum');
  assert.equal(await page.getByLabel('Naam', { exact: true }).inputValue(), 'Carnavalsvakantie regio Zuid', 'the name is kept');
  await page.getByLabel('Tot en met', { exact: true }).fill(iso(47));
  await page.getByRole('button', { name: 'Vakantieperiode toevoegen' }).click();
  await expectText(page.getByRole('status'), 'De vakantieperiode is toegevoegd.');
  await expectText(page.getByRole('main'), 'Carnavalsvakantie regio Zuid');
  await checkPage(page, 'vakanties', 'vakantieperiodes');
  // Changed in place: the period becomes its form, a wrong end date is refused at the field, then saved.
  await page.getByRole('link', { name: 'Carnavalsvakantie regio Zuid wijzigen' }).click();
  await page.getByLabel('Tot en met', { exact: true }).fill(iso(39));
  await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expectText(page.getByRole('main'), 'De einddatum ligt vóór de begindatum');
  await page.getByLabel('Tot en met', { exact: true }).fill(iso(48));
  await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expectText(page.getByRole('status'), 'De vakantieperiode is gewijzigd.');
  await expectVisible(page.locator(`time[datetime="${iso(48)}"]`));
});
