// Open data in the browser: the widget inside an <iframe> on a page of another origin (a tiny local web server on a
// port of its own, as a partner's website would be), and no other page of the portal can be framed there.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { checkPage, SCREENSHOT_DIR, screenshot } from '../support/checks.mjs';
import { assert, eventually, expectVisible } from '../support/expect.mjs';
import { journey } from '../support/runner.mjs';

/** A partner's website on another origin: one page with the widget and, for contrast, an ordinary portal page. */
async function partnerWebsite(baseURL) {
  const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Buurtvereniging</title></head><body>
    <h1>Onze buurt</h1>
    <iframe id="widget" title="Activiteiten" src="${baseURL}/widget/activiteiten?wijk=pottenberg" width="600" height="500"></iframe>
    <iframe id="page" title="Portaal" src="${baseURL}/activiteiten" width="600" height="300"></iframe>
    <iframe id="narrow" title="Activiteiten smal" src="${baseURL}/widget/activiteiten?wijk=pottenberg" width="300" height="640"></iframe>
    <iframe id="plain" title="Activiteiten eenvoudig" src="${baseURL}/widget/activiteiten?wijk=pottenberg&amp;stijl=eenvoudig" width="300" height="640"></iframe>
  </body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

journey('a partner’s website shows the widget in an iframe; the portal’s own pages refuse to be framed there', async ({ baseURL, openPage }) => {
  const site = await partnerWebsite(baseURL);
  try {
    const { page, assertHealthy } = await openPage();
    assert.notEqual(new URL(site.url).origin, new URL(baseURL).origin, 'the website is another origin');
    await page.goto(site.url);
    const widget = page.frameLocator('#widget');
    const firstItem = widget.getByRole('listitem').first().getByRole('link');
    await expectVisible(firstItem);
    const title = (await firstItem.innerText()).trim();
    assert.ok(title.length > 0, 'the widget lists activities');

    // Both looks in a 300 px frame (a sidebar, a phone): nothing wider than the frame, the text at a readable size.
    for (const id of ['narrow', 'plain']) {
      await expectVisible(page.frameLocator(`#${id}`).getByRole('listitem').first().getByRole('link'));
      const frame = await (await page.$(`#${id}`)).contentFrame();
      const fit = await frame.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        fontSize: Number.parseFloat(getComputedStyle(document.querySelector('.vw-widget__where')).fontSize),
        styled: getComputedStyle(document.body).fontFamily.includes('system-ui'),
      }));
      assert.ok(fit.overflow <= 0, `the ${id} widget fits its 300 px frame (overflows by ${fit.overflow} px)`);
      assert.ok(fit.fontSize >= 14, `the ${id} widget's smallest text is readable (${fit.fontSize} px)`);
      assert.ok(fit.styled, `the ${id} widget has its own stylesheet`);
    }
    await page.setViewportSize({ width: 1280, height: 1400 });
    await screenshot(page, 'widget-on-partner-site');

    // The ordinary page was refused by its CSP (frame-ancestors 'none'): the frame holds Chromium's error page.
    await eventually(
      async () => {
        const frame = await (await page.$('#page')).contentFrame();
        return Boolean(frame) && !frame.url().startsWith(baseURL);
      },
      { message: 'the portal page is not shown inside the frame' },
    );
    const pageFrame = await (await page.$('#page')).contentFrame();
    assert.equal(await pageFrame.locator('h1', { hasText: 'Activiteiten' }).count(), 0, 'no portal content inside the other origin’s frame');
    // Chromium reports the refusal as a CSP violation: expected here, and the only problem the page may have.
    const problems = (() => {
      try {
        assertHealthy();
        return [];
      } catch (error) {
        return error.message
          .split('\n')
          .slice(1)
          .filter((line) => line.trim());
      }
    })();
    assert.ok(problems.length > 0, 'the browser refused to frame the portal page');
    for (const problem of problems) assert.match(problem, /frame-ancestors 'none'/, `only the refused frame is reported, not: ${problem}`);

    // An item opens the full activity in the whole window (target _top), on the portal.
    await firstItem.click();
    await page.waitForURL((url) => url.origin === new URL(baseURL).origin && /^\/activiteiten\/\d+$/.test(url.pathname));
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    await expectVisible(page.getByRole('link', { name: 'Zet in mijn agenda' }));
  } finally {
    await site.close();
  }
});

journey('the widget and the API documentation are accessible', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto('/widget/activiteiten?wijk=pottenberg');
  await checkPage(page, 'widget', 'widget (ingesloten activiteiten)');
  await page.goto('/widget/activiteiten?wijk=pottenberg&stijl=eenvoudig');
  await checkPage(page, 'widget-eenvoudig', 'widget, eenvoudige stijl');
  // "Op uw eigen website" on a neighbourhood page: the code to copy and the live preview, opened.
  await page.goto('/wijken/pottenberg');
  await page.locator('.vw-embed > summary').click();
  await expectVisible(page.getByLabel('Code om in te sluiten'));
  await page.locator('.vw-embed').scrollIntoViewIfNeeded();
  await page.locator('.vw-embed').screenshot({ path: join(SCREENSHOT_DIR, 'embed-block.png') });
  await page.goto('/api/v1/docs');
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Open data en API' }));
  await checkPage(page, 'api-documentatie', 'documentatie open data en API');
});
