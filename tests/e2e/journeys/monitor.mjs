// The city-wide monitor: a resident reads the map and its table, switches indicator (htmx swaps map and table and the
// address follows), opens the 3×3 resilience map, a buurt, the comparison and the coverage page; the programme team
// imports a CSV with one error, reads the line, fixes it, previews, confirms, and the map shows the new value.
import { checkPage } from '../support/checks.mjs';
import { assert, expectText, expectVisible } from '../support/expect.mjs';
import { logIn } from '../support/people.mjs';
import { journey } from '../support/runner.mjs';

const h1 = (page, name) => page.getByRole('heading', { level: 1, name });

journey('a resident reads the monitor: map, table, resilience classes, a buurt, a comparison and the coverage', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitor' }).click();
  await expectVisible(h1(page, 'Monitor'));
  await expectVisible(page.getByText('Voorbeeldcijfers (demo)').first());
  await checkPage(page, 'monitor', 'monitor: kaart en tabel');

  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Huishoudens met een laag inkomen' });
  await expectVisible(page.getByRole('heading', { level: 2, name: /Huishoudens met een laag inkomen, Kaarten 2025/ }));
  await page.waitForURL(/indicator=lage-inkomens/);
  await expectVisible(page.getByRole('table', { name: /Huishoudens met een laag inkomen per buurt/ }));
  await page.getByRole('link', { name: 'Sorteer op waarde' }).click();
  await page.waitForURL(/sorteer=waarde/);

  await page.getByRole('navigation', { name: 'Onderdelen van de monitor' }).getByRole('link', { name: 'Veerkracht (3×3)' }).click();
  await expectVisible(h1(page, /Veerkracht/));
  await expectText(page.getByRole('table', { name: /Buurten per klasse/ }), 'klasse 9');
  await checkPage(page, 'monitor-veerkracht', 'monitor: veerkracht');

  await page.getByRole('link', { name: /^Pottenberg: klasse \d/ }).click();
  await expectVisible(h1(page, 'Pottenberg'));
  await checkPage(page, 'monitor-buurt', 'monitor: buurtpagina');

  await page.goto('/monitor/vergelijken?gebied=BU09350203&gebied=BU09350403&gebied=GM0935');
  await expectVisible(page.getByRole('table', { name: /Vergelijking per indicator/ }));
  await checkPage(page, 'monitor-vergelijken', 'monitor: vergelijken');

  await page.goto('/monitor/dekking');
  await expectVisible(h1(page, 'Waar activiteiten en behoefte elkaar raken'));
  await checkPage(page, 'monitor-dekking', 'monitor: activiteiten en behoefte');
});

journey(
  'the programme team imports a CSV with one error, fixes it, previews, confirms and sees the new value on the map',
  async ({ signedIn, people }) => {
    const { page } = await signedIn('programme', (p) => logIn(p, people.programme));
    await page.goto('/monitor/import');
    await expectVisible(h1(page, 'Cijfers importeren'));
    await checkPage(page, 'monitor-import', 'monitor: import');

    const file = (waarde) => ({
      name: 'circusvis-2023.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `\uFEFFbuurtcode;indicator;meting;waarde;aantal\r\nBU09350403;eenzaamheid;Circusvis 2023;"17,5";240\r\nBU09350203;eenzaamheid;Circusvis 2023;${waarde};260\r\n`,
      ),
    });
    await page.getByLabel('CSV-bestand').setInputFiles(file('veel'));
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    await expectText(page.getByRole('alert'), /Regel 3: In de kolom waarde staat "veel"/);
    await expectText(page.getByRole('alert'), 'Er is niets opgeslagen');
    await checkPage(page, 'monitor-import-fout', 'monitor: import met fout');

    await page.getByLabel('CSV-bestand').setInputFiles(file('"23,4"'));
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    const preview = page.getByRole('table', { name: /Voorbeeld van circusvis-2023.csv/ });
    await expectText(preview, /gewijzigd van [\d,]+ \(n = \d+\) naar 23,4 \(n = 260\)/);
    await checkPage(page, 'monitor-import-voorbeeld', 'monitor: import voorbeeld');
    await page.getByRole('button', { name: 'Bevestig en sla op' }).click();
    await expectText(page.getByRole('status'), /Import opgeslagen: 0 nieuw, 2 gewijzigd/);
    await expectText(page.getByRole('table', { name: 'Eerdere imports' }), 'circusvis-2023.csv');

    await page.goto('/monitor?indicator=eenzaamheid&meting=circusvis-2023');
    const row = page.getByRole('row', { name: /Pottenberg/ });
    await expectText(row, '23,4%');
    assert.ok(await page.getByRole('link', { name: 'Pottenberg (programmawijk): 23,4%' }).count(), 'the map link names the new value');
  },
);
