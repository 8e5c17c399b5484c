// `npm run test:e2e`: starts the portal on a fresh local D1 with demo data, runs every journey in Debian's Chromium,
// checks each page type with axe, reflow at 320 px and screenshots, then stops everything and cleans up.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage } from './support/browser.mjs';
import { checkedPages, SCREENSHOT_DIR } from './support/checks.mjs';
import { createPortal } from './support/portal.mjs';
import { indent, runJourneys } from './support/runner.mjs';
import { runLighthouse } from './support/lighthouse.mjs';
import { root } from '../../src/cli/local-db.mjs';

/** In this order: later journeys build on what earlier ones created (an approved partner, a published activity). */
const JOURNEY_FILES = [
  'public-site',
  'open-data',
  'forms-and-errors',
  'partner-onboarding',
  'changes-requested',
  'funder',
  'programme-and-admin',
  'monitor',
  'schedules',
  'privacy-rights',
  'plan-pages',
  'plan',
];
// `npm run test:e2e -- public-site` runs only the named files (while working on them); CI runs them all.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !JOURNEY_FILES.includes(name));
if (unknown.length) {
  console.error(`Unknown journey file(s): ${unknown.join(', ')}. Known: ${JOURNEY_FILES.join(', ')}.`);
  process.exit(2);
}
for (const file of JOURNEY_FILES.filter((f) => !wanted.length || wanted.includes(f))) await import(`./journeys/${file}.mjs`);

const started = Date.now();
const FAILURE_DIR = join(root, 'test-results', 'e2e-failures');
let portal = null;
let browser = null;

let stopping = null;
const shutDown = () => (stopping ??= Promise.all([browser?.close().catch(() => {}), portal?.stop().catch(() => {})]));
// Interrupted (Ctrl+C, CI cancel): still stop the server and remove the temporary database.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => shutDown().finally(() => process.exit(130)));
}

let results = [];
rmSync(FAILURE_DIR, { recursive: true, force: true });
try {
  console.log('Portal starten (Worker bundelen, migraties, demodata, wrangler dev)…');
  portal = createPortal();
  const { baseURL, people, phases } = await portal.start();
  browser = await launchBrowser();
  console.log(`Portal op ${baseURL} na ${((Date.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')}); Chromium ${browser.version()}\n`);

  const open = [];
  const kept = new Map();
  const context = {
    baseURL,
    people,
    state: {},
    /** A fresh visitor's page; closed automatically after the journey. */
    async openPage(options) {
      const opened = await openPage(browser, baseURL, options);
      open.push(opened);
      return opened;
    },
    /**
     * A page of someone who logs in once and stays logged in across journeys (the programme team member who
     * reviews several times during the run), so the second factor is not asked for again and again.
     */
    async signedIn(name, logIn) {
      if (!kept.has(name)) {
        const opened = await openPage(browser, baseURL);
        try {
          await logIn(opened.page);
        } catch (error) {
          open.push(opened);
          throw error;
        }
        kept.set(name, opened);
      }
      return kept.get(name);
    },
  };
  const allOpen = () => [...open, ...kept.values()];
  results = await runJourneys(context, {
    async onFailure(name) {
      mkdirSync(FAILURE_DIR, { recursive: true });
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60);
      for (const [i, { page }] of allOpen().entries()) {
        if (!page.isClosed()) await page.screenshot({ path: join(FAILURE_DIR, `${slug}-${i}.png`), fullPage: true });
      }
      console.log(indent(`screenshots of the open pages: ${FAILURE_DIR}`));
      if (!portal.running()) console.log(indent(`The portal stopped during the run. Its last output:\n${portal.serverLog()}`));
      else {
        // The portal's own error lines (structured logs with the request id), so a 5xx can be traced to its cause.
        const errors = portal
          .serverLog()
          .split('\n')
          .filter((line) => line.includes('"type":"error"'))
          .slice(-10);
        if (errors.length) console.log(indent(`The portal's last errors:\n${errors.join('\n')}`));
      }
    },
    verify() {
      // No page a journey opened may have had a script error, a CSP violation or a server error (5xx).
      for (const opened of allOpen()) opened.assertHealthy();
    },
    async cleanup() {
      for (const opened of open.splice(0)) await opened.context.close().catch(() => {});
    },
  });
  // Only on a full run: the scores in BENCHMARKS.md describe the whole portal with its demo data.
  if (!wanted.length) {
    try {
      await runLighthouse(baseURL);
    } catch (error) {
      console.log(`Lighthouse NOT RUN: ${error?.message ?? error}`);
    }
  }
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
