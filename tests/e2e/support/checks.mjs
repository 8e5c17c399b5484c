// What every page type must pass: axe (WCAG 2.0/2.1 A and AA), reflow at 320 CSS px (= 400% zoom of 1280 px), and
// screenshots at 375 and 1280 px for people to look at.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../src/cli/local-db.mjs';
import { DESKTOP } from './browser.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const SCREENSHOT_DIR = join(root, 'test-results', 'screenshots');
export const checkedPages = [];

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`);
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×)\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** axe with the WCAG 2.0 and 2.1 A/AA rules must find nothing. */
export async function expectAccessible(page, label) {
  // Legacy mode runs axe inside the page itself instead of opening a helper page for every run: several times
  // faster, and the portal has no cross-origin frames (the only thing legacy mode cannot check).
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  if (result.violations.length) {
    throw new Error(`axe found ${result.violations.length} WCAG violation(s) on ${label} (${page.url()}):\n${describeViolations(result.violations)}`);
  }
}

/**
 * At 320 CSS px nothing may scroll horizontally and no text may be cut off (WCAG 1.4.10 Reflow). Content inside a
 * horizontally scrollable table container is the exception WCAG allows for data tables.
 */
export async function expectReflow(page, label) {
  const report = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    const name = (el) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const inScrollableTable = (el) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && a.querySelector('table')) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hasOwnText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const isControl = /^(INPUT|SELECT|TEXTAREA|BUTTON|IMG)$/.test(el.tagName);
      if (!hasOwnText && !isControl) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden on purpose (screen-reader text)
      if (inScrollableTable(el)) continue;
      const offscreen = r.right <= 0 || r.left >= width;
      if (offscreen && (style.position === 'absolute' || style.position === 'fixed')) continue; // skip link until focused
      if (r.left < -1 || r.right > width + 1) problems.push(`${name(el)} reaches ${Math.round(r.left)}…${Math.round(r.right)} px`);
      const clips = (o) => o === 'hidden' || o === 'clip';
      if (hasOwnText && clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} cuts off its text`);
      // A word too long for its box sticks out of it (or is cut off when the box hides overflow).
      if (hasOwnText && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)}: text of ${el.scrollWidth} px does not fit in ${el.clientWidth} px`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, problems: problems.slice(0, 10) };
  });
  const failures = [];
  if (report.scrollWidth > 320) failures.push(`the page is ${report.scrollWidth} px wide (scrolls horizontally)`);
  failures.push(...report.problems);
  if (failures.length) throw new Error(`At 320 px wide ${label} (${page.url()}) does not reflow:\n  ${failures.join('\n  ')}`);
}

/**
 * No ordinary word is broken inside itself (issue 17: "Uitvoerin g", "Pottenbe rg"): every word of at most 24
 * characters stays on one line. Long strings (web and e-mail addresses, words over 24 characters) may wrap anywhere,
 * and a word in an element with `hyphens: auto` may be hyphenated (the browser adds the hyphen).
 */
export async function expectWholeWords(page, label) {
  const broken = await page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.length < 8; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || /^(SCRIPT|STYLE|OPTION|TEXTAREA)$/.test(parent.tagName)) continue;
      const style = getComputedStyle(parent);
      if (style.hyphens === 'auto' || style.display === 'none' || style.visibility === 'hidden') continue;
      for (const token of node.textContent.matchAll(/\S+/g)) {
        if (token[0].length > 24 || /[@]|:\/\//.test(token[0])) continue;
        for (const word of token[0].matchAll(/[^\-\u2013\u2014/]+/g)) {
          if (word[0].length < 3) continue;
          const range = document.createRange();
          range.setStart(node, token.index + word.index);
          range.setEnd(node, token.index + word.index + word[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 1);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          if (lines.size > 1 && rects[0].width > 1)
            found.push(
              `"${word[0]}" in <${parent.tagName.toLowerCase()}${parent.className ? '.' + String(parent.className).trim().split(/\s+/).join('.') : ''}>`,
            );
        }
      }
    }
    return found;
  });
  if (broken.length) throw new Error(`Words broken inside on ${label} at ${page.viewportSize().width} px (${page.url()}):\n  ${broken.join('\n  ')}`);
}

/** Dates in visible text are written out ("14 maart 2026"); an ISO date (2026-03-14) belongs in form fields only. */
export async function expectNoIsoDates(page, label) {
  const text = await page.evaluate(() => document.body.innerText);
  const iso = [...text.matchAll(/(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g)].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + 20).replace(/\s+/g, ' '),
  );
  if (iso.length) throw new Error(`ISO dates in the visible text of ${label} (${page.url()}):\n  ${iso.slice(0, 5).join('\n  ')}`);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A new window size, and the page's own reaction to the resize event (it runs on the next animation frame). */
async function resize(page, size) {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // On a busy machine the resize event can come later than two frames: wait (briefly) until app.js has marked every
  // table box that scrolls, so axe judges the page as a reader gets it. A page whose script never does fails in axe.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.utrecht-table-container')].every(
          (box) => box.scrollWidth > box.clientWidth + 1 === box.hasAttribute('data-scrollable'),
        ),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => {});
}

/**
 * The full check of one page type, on the page as it is now: axe at desktop width, screenshots at 1280 and 375 px,
 * then 320 px wide for reflow and axe again (small-screen layouts may hide or move things); back to desktop width.
 */
export async function checkPage(page, slug, label = slug) {
  await resize(page, DESKTOP);
  await expectAccessible(page, label);
  await expectNoIsoDates(page, label);
  await expectWholeWords(page, label);
  await screenshot(page, `${slug}-1280`);
  await resize(page, { width: 375, height: 800 });
  await screenshot(page, `${slug}-375`);
  await expectWholeWords(page, label);
  await resize(page, { width: 320, height: 640 });
  await expectReflow(page, label);
  await expectWholeWords(page, label);
  await expectAccessible(page, `${label} at 320 px`);
  await resize(page, DESKTOP);
  checkedPages.push(label);
}
