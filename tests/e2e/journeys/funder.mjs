// A funder follows the projects they pay for: the overview, a project status page with budget and milestones, and
// the CSV export for Excel.
import { readFile } from 'node:fs/promises';
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey('the funder opens a project status page with budget and milestones and downloads the CSV', async ({ openPage, people }) => {
  const { page } = await openPage();
  await logIn(page, people.funder);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Financier' }).click();
  await expectVisible(h1(page, 'Financiersoverzicht'));
  const overview = page.getByRole('table', { name: 'Financiersoverzicht' });
  await expectText(overview, 'Miradorplein Nazareth');
  await expectText(overview, 'Terra Cottaplein Pottenberg');
  await checkPage(page, 'financier', 'financiersoverzicht');

  await overview.getByRole('link', { name: 'Miradorplein Nazareth' }).click();
  await expectVisible(h1(page, /Status van Miradorplein Nazareth/));
  const budget = page.getByRole('region', { name: 'Begroting' });
  await expectText(budget.getByRole('table', { name: 'Begroting' }), /€\s?[\d.]+,\d\d/);
  const milestones = page.getByRole('region', { name: 'Mijlpalen' });
  await expectText(milestones.getByRole('table', { name: 'Mijlpalen' }), 'Aanbesteding herinrichting gegund');
  await expectVisible(page.getByRole('region', { name: 'Stand van zaken' }));
  await checkPage(page, 'project-status', 'projectstatus (financier)');

  await page.goBack();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download het overzicht als CSV/ }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'starts with a UTF-8 byte order mark, so Excel reads the accents right');
  const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/);
  assert.match(header, /^Project;/, 'Dutch headers, separated by ;');
  assert.ok(header.includes('Fase'), header);
  assert.ok(rows.some((row) => row.includes('Miradorplein Nazareth')) && rows.some((row) => row.includes('Terra Cottaplein Pottenberg')), csv);
});
