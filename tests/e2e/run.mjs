// `npm run test:e2e`: starts the portal on a fresh local D1 with demo data, runs every journey in Debian's Chromium,
// checks each page type with axe, reflow at 320 px and screenshots, then stops everything and cleans up.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage } from './support/browser.mjs';
import { checkedPages, SCREENSHOT_DIR } from './support/checks.mjs';
import { startPortal } from './support/portal.mjs';
import { indent, runJourneys } from './support/runner.mjs';
import { root } from '../../src/cli/local-db.mjs';
import './journeys/public-site.mjs';

const started = Date.now();
const FAILURE_DIR = join(root, 'test-results', 'e2e-failures');
let portal = null;
let browser = null;

async function shutDown() {
  await browser?.close().catch(() => {});
  await portal?.stop().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => shutDown().finally(() => process.exit(130)));
}

let results = [];
try {
  console.log('Portal starten (Worker bundelen, migraties, demodata, wrangler dev)…');
  portal = await startPortal();
  browser = await launchBrowser();
  console.log(`Portal op ${portal.baseURL} na ${((Date.now() - started) / 1000).toFixed(1)} s; Chromium ${browser.version()}\n`);

  const open = [];
  const context = {
    baseURL: portal.baseURL,
    accounts: portal.accounts,
    state: {},
    /** A fresh visitor's page; closed automatically after the journey. */
    async openPage(options) {
      const opened = await openPage(browser, portal.baseURL, options);
      open.push(opened);
      return opened;
    },
  };
  results = await runJourneys(context, {
    async onFailure(name) {
      mkdirSync(FAILURE_DIR, { recursive: true });
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
      for (const [i, { page }] of open.entries()) {
        if (!page.isClosed()) await page.screenshot({ path: join(FAILURE_DIR, `${slug}-${i}.png`), fullPage: true });
      }
      console.log(indent(`screenshots of the open pages: ${FAILURE_DIR}`));
    },
    verify() {
      // Every journey must end without script errors or CSP violations on any page it opened.
      for (const opened of open) opened.assertHealthy();
    },
    async cleanup() {
      for (const opened of open.splice(0)) await opened.context.close().catch(() => {});
    },
  });
} catch (error) {
  results.push({ name: 'set-up', ok: false, error });
  console.log(`  ✘ set-up\n${indent(error?.stack ?? String(error))}`);
  if (portal) console.log(indent(`server output:\n${portal.serverLog()}`));
} finally {
  await shutDown();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\nToegankelijkheid (axe WCAG 2.0/2.1 A+AA, reflow 320 px) gecontroleerd op ${checkedPages.length} paginatypen:`);
console.log(indent(checkedPages.join(', ') || '(geen)'));
console.log(`Schermafbeeldingen (375 en 1280 px): ${SCREENSHOT_DIR}`);
console.log(`Duur: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
