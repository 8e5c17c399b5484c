// Public pages a visitor meets without an account: finding an activity through the filters (with and without
// JavaScript), the language switch, and every public page type checked for accessibility and reflow.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });
const results = (page) => page.getByRole('region', { name: 'Resultaten' });
const countOf = async (page) => Number((await page.getByRole('status').innerText()).match(/(\d+) activiteit/)?.[1] ?? 0);
const titlesOf = (page) => results(page).getByRole('heading', { level: 3 }).allInnerTexts();

async function filterHealthInPottenbergThisWeek(page, { javaScript }) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expectVisible(h1(page, 'Activiteiten'));
  const everything = await countOf(page);
  assert.ok(everything > 10, `the unfiltered list shows the demo activities (${everything})`);
  if (javaScript) await page.evaluate(() => (window.vwSamePage = true));

  // The filters other than the search words wait in a disclosure, so a phone shows results first.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Pijler', { exact: true }).selectOption({ label: 'Positieve gezondheid' });
  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Pottenberg' });
  await page.getByLabel('Alleen deze week', { exact: true }).check();
  await page.getByRole('button', { name: 'Toon activiteiten' }).click();

  // The address is shareable: it carries the filters, with htmx (hx-push-url) as well as after a plain GET.
  await page.waitForURL(
    (url) =>
      url.pathname === '/activiteiten' &&
      url.searchParams.get('wijk') === 'pottenberg' &&
      url.searchParams.has('pijler') &&
      url.searchParams.has('periode'),
  );
  await expectText(page.getByRole('status'), /\d+ activiteit(en)? gevonden/);
  if (javaScript) {
    assert.equal(await page.evaluate(() => window.vwSamePage), true, 'with JavaScript the results are updated in place (htmx), not by a page load');
  }
  const found = await countOf(page);
  assert.ok(found > 0 && found < everything, `the filters narrow the list (${found} of ${everything})`);
  const cards = results(page).getByRole('article');
  for (const card of await cards.all()) {
    const text = await card.innerText();
    assert.ok(
      text.includes('Positieve gezondheid') && text.includes('Pottenberg'),
      `every result is about Positieve gezondheid in Pottenberg:\n${text}`,
    );
  }
  return { url: page.url(), titles: await titlesOf(page), found };
}

async function expectSameFilteredList(page, before) {
  assert.equal(page.url(), before.url, 'the back button returns to the filtered address');
  await expectVisible(h1(page, 'Activiteiten'));
  assert.equal(await page.getByLabel('Pijler', { exact: true }).inputValue(), new URL(before.url).searchParams.get('pijler'));
  assert.equal(await page.getByLabel('Wijk', { exact: true }).inputValue(), 'pottenberg');
  assert.equal(await page.getByLabel('Alleen deze week', { exact: true }).isChecked(), true, '"Alleen deze week" is still ticked');
  assert.equal(await countOf(page), before.found);
  assert.deepEqual(await titlesOf(page), before.titles, 'the same activities are listed');
}

for (const javaScript of [true, false]) {
  journey(
    `a resident finds a Positieve gezondheid activity in Pottenberg this week and comes back to the list (${javaScript ? 'with' : 'without'} JavaScript)`,
    async ({ openPage }) => {
      const { page } = await openPage({ javaScript });
      const before = await filterHealthInPottenbergThisWeek(page, { javaScript });
      if (javaScript) await checkPage(page, 'activiteiten-gefilterd', 'activiteitenlijst met filters');

      const title = before.titles[0];
      await results(page).getByRole('link', { name: title }).click();
      await expectVisible(h1(page, title));
      await expectText(page.getByRole('main'), 'Positieve gezondheid');
      if (javaScript) await checkPage(page, 'activiteit', 'activiteit (detail)');

      await page.goBack();
      await expectSameFilteredList(page, before);
    },
  );
}

journey('the language switch shows the same page, filters included, in English and back in Dutch', async ({ openPage }) => {
  const { page } = await openPage();
  const before = await filterHealthInPottenbergThisWeek(page, { javaScript: true });

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expectVisible(h1(page, 'Activities'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(page.url(), before.url, 'the address with its filters stays the same');
  assert.equal(await page.getByLabel('Pillar', { exact: true }).inputValue(), new URL(before.url).searchParams.get('pijler'));
  assert.equal(await page.getByLabel('Neighbourhood', { exact: true }).inputValue(), 'pottenberg');
  await checkPage(page, 'activities-en', 'activiteitenlijst in het Engels');

  await page.getByRole('button', { name: 'Wissel naar Nederlands' }).click();
  await expectVisible(h1(page, 'Activiteiten'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await expectSameFilteredList(page, before);
});

journey('on a 375 × 667 phone the home search box and the first activity are on the first screen', async ({ openPage }) => {
  const { page } = await openPage({ viewport: { width: 375, height: 667 } });
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Waar heeft u zin in?' });
  await expectVisible(search);
  const box = await search.boundingBox();
  assert.ok(box && box.y + box.height <= 667, `the home search box ends at ${box && Math.round(box.y + box.height)} px (within 667)`);
  for (const label of ['Vandaag', 'Deze week', 'Dit weekend']) {
    const link = await page.getByRole('link', { name: label, exact: true }).boundingBox();
    assert.ok(link && link.y + link.height <= 667, `"${label}" is on the first screen (ends at ${link && Math.round(link.y + link.height)} px)`);
  }
  await search.fill('buurt');
  await search.press('Enter');
  await page.waitForURL((url) => url.pathname === '/activiteiten' && url.searchParams.get('zoek') === 'buurt');
  await page.goto('/activiteiten');
  const first = await results(page).getByRole('article').first().boundingBox();
  assert.ok(first && first.y < 667, `the first result starts at ${first && Math.round(first.y)} px (within 667)`);
  const summary = page.getByText('Filters', { exact: true });
  await expectVisible(summary);
  assert.equal(await page.getByLabel('Pijler', { exact: true }).isVisible(), false, 'the pillar filter waits in the closed disclosure');
  await summary.click();
  await expectVisible(page.getByLabel('Pijler', { exact: true }));
});

journey('the public pages about the programme, its partners and neighbourhoods read well for everyone', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto('/');
  await expectVisible(h1(page, /Veerkrachtige Wijken/));
  await checkPage(page, 'home', 'home');

  await page.getByRole('link', { name: 'Meer over Pottenberg' }).click();
  await expectVisible(h1(page, 'Pottenberg'));
  await expectVisible(page.getByRole('heading', { level: 2, name: 'Activiteiten in Pottenberg' }));
  await expectVisible(page.getByRole('navigation', { name: 'Per pijler' }));
  await checkPage(page, 'wijk', 'wijkpagina');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partners' }).click();
  await expectVisible(h1(page, 'Partners'));
  await expectVisible(page.getByRole('heading', { level: 2, name: 'Alliantiepartners' }));
  await checkPage(page, 'partners', 'partners');

  await page.getByRole('link', { name: 'Trajekt' }).click();
  await expectVisible(h1(page, 'Trajekt'));
  await checkPage(page, 'partner', 'partnerprofiel');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Projecten' }).click();
  await expectVisible(h1(page, 'Projecten'));
  await checkPage(page, 'projecten', 'projecten');

  await page.getByRole('link', { name: 'Terra Cottaplein Pottenberg' }).click();
  await expectVisible(h1(page, /Terra Cottaplein Pottenberg/));
  assert.equal(await page.getByRole('region', { name: 'Begroting' }).count(), 0, 'visitors see no budget detail');
  await checkPage(page, 'project', 'project (openbaar)');

  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expectVisible(h1(page, 'Toegankelijkheidsverklaring'));
  await expectText(page.getByRole('main'), /WCAG\)? 2\.1/);
  await expectVisible(page.getByRole('heading', { level: 2, name: /probleem melden/i }));
  await checkPage(page, 'toegankelijkheid', 'toegankelijkheidsverklaring');
});

journey('an unknown address shows a Dutch 404 page that helps the visitor on', async ({ openPage }) => {
  const { page } = await openPage();
  const response = await page.goto('/deze-pagina-bestaat-niet');
  assert.equal(response.status(), 404);
  await expectVisible(h1(page, 'Pagina niet gevonden'));
  await checkPage(page, '404', 'niet gevonden (404)');
  await page.getByRole('link', { name: 'Zoek een activiteit' }).click();
  await expectVisible(h1(page, 'Activiteiten'));
});
