// Debian's Chromium driven by playwright-core (no browser download). Every context is fresh: no cookies, no cache.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser() {
  // playwright gives every launch a fresh temporary --user-data-dir of its own and removes it on close.
  return chromium.launch({
    executablePath: CHROMIUM,
    // The run closes the browser itself when interrupted, after stopping the portal (see run.mjs).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 900 };

/**
 * A new browser context and page as a fresh visitor: Dutch browser, desktop width, optionally without JavaScript.
 * Uncaught script errors, CSP violations and server errors (5xx) are collected; `assertHealthy()` fails the journey
 * when there were any.
 */
export async function openPage(browser, baseURL, { javaScript = true, viewport = DESKTOP } = {}) {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    javaScriptEnabled: javaScript,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to (execute|apply|load)/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  const assertHealthy = () => {
    const found = problems.splice(0);
    if (found.length) throw new Error(`The page reported problems:\n${found.join('\n')}`);
  };
  return { context, page, assertHealthy };
}
