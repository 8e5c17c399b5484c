// Lighthouse (pinned 12.2.3) on `/`, `/activiteiten` and one activity page, with its default mobile profile, in
// Debian's Chromium. Writes the four category scores into BENCHMARKS.md between the markers below. When the
// package is not installed it says so and does nothing else: the e2e run does not fail on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../src/cli/local-db.mjs';

export const CHROME_PATH = '/usr/bin/chromium';
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';
const CATEGORIES = [
  ['accessibility', 'Toegankelijkheid'],
  ['performance', 'Prestaties'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
];

async function loadLighthouse() {
  try {
    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
    return { lighthouse, chromeLauncher };
  } catch {
    return null;
  }
}

/** The first public activity the list links to (the demo data always has some). */
async function anActivityPath(baseURL) {
  const html = await (await fetch(new URL('/activiteiten', baseURL))).text();
  return /href="(\/activiteiten\/\d+)"/.exec(html)?.[1] ?? null;
}

export function scoresTable(results, when) {
  const header = `| Pagina | ${CATEGORIES.map(([, label]) => label).join(' | ')} |`;
  const rule = `|---|${CATEGORIES.map(() => '---:').join('|')}|`;
  const rows = results.map(({ path, scores }) => `| \`${path}\` | ${CATEGORIES.map(([id]) => scores[id] ?? '–').join(' | ')} |`);
  return [`Lighthouse 12.2.3, mobiel profiel, Chromium (${when}); doel: toegankelijkheid 100, de rest ≥ 95.`, '', header, rule, ...rows].join('\n');
}

export function writeScores(markdown, table) {
  const block = `${START}\n${table}\n${END}`;
  if (markdown.includes(START) && markdown.includes(END)) {
    return markdown.slice(0, markdown.indexOf(START)) + block + markdown.slice(markdown.indexOf(END) + END.length);
  }
  return `${markdown.trimEnd()}\n\n## Lighthouse\n\n${block}\n`;
}

/** Runs Lighthouse on the three pages; returns the results, or null when it did not run. */
export async function runLighthouse(baseURL) {
  const loaded = await loadLighthouse();
  if (!loaded) {
    console.log('Lighthouse NOT RUN: not installed');
    return null;
  }
  const activity = await anActivityPath(baseURL);
  const paths = ['/', '/activiteiten', ...(activity ? [activity] : [])];
  const chrome = await loaded.chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const results = [];
  try {
    for (const path of paths) {
      const run = await loaded.lighthouse(new URL(path, baseURL).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map(([id]) => id),
      });
      const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, Math.round((run?.lhr.categories[id]?.score ?? 0) * 100)]));
      results.push({ path, scores });
      console.log(`Lighthouse ${path}: ${CATEGORIES.map(([id, label]) => `${label} ${scores[id]}`).join(', ')}`);
    }
  } finally {
    await chrome.kill();
  }
  const file = join(root, 'BENCHMARKS.md');
  const when = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  writeFileSync(file, writeScores(readFileSync(file, 'utf8'), scoresTable(results, when)));
  return results;
}
