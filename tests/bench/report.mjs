// Writes BENCHMARKS.md: machine, versions, bundle size, and per dataset size a table of every route.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { root } from './servers.mjs';

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const fixed = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const count = (n) => n.toLocaleString('en-US');

export function machine() {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
    versions: {
      node: process.version,
      wrangler: version('wrangler'),
      workerd: version('workerd'),
      hono: version('hono'),
      'drizzle-orm': version('drizzle-orm'),
      autocannon: version('autocannon'),
    },
  };
}

function verdict(value, target, higherIsBetter) {
  if (value === null || Number.isNaN(value)) return 'not measured';
  return (higherIsBetter ? value >= target : value <= target) ? 'met' : 'NOT met';
}

/** The figures the issue sets targets for, computed from the runs. */
export function targets(results) {
  const at = (size) => results.sizes.find((s) => s.size === size);
  const rows = [];
  const ten = at(10_000);
  for (const route of ten?.routes ?? []) {
    if (route.key === 'workspace') continue;
    const goal = route.cached ? 0.9 : 0.8;
    const floor = route.cached ? 'hello-world behind the router' : 'hello-world behind the router + one D1 query';
    rows.push([
      `${route.label} throughput vs its floor, ${floor} (10,000 activities)`,
      route.floorRatio,
      `≥ ${goal}×`,
      verdict(route.floorRatio, goal, true),
      `${fixed(route.floorRatio, 2)}× (bare hello-world: ${fixed(route.ratio, 2)}×)`,
    ]);
  }
  const hundred = at(100_000);
  for (const route of hundred?.routes ?? []) {
    if (route.key === 'workspace' || !route.cpu) continue;
    rows.push([
      `CPU per request, median: ${route.label} (100,000 activities)`,
      route.cpu.js,
      '≤ 3 ms',
      verdict(route.cpu.js, 3, false),
      `${fixed(route.cpu.js, 2)} ms`,
    ]);
  }
  const small = at(1_000);
  const large = at(100_000);
  if (small && large) {
    for (const route of large.routes) {
      const base = small.routes.find((r) => r.key === route.key);
      if (!base?.load || !route.load || route.key.endsWith('-cached')) continue;
      // No completed response in the whole run: the p50 is at least the run's duration, so the ratio is a lower bound.
      const p50 = (load) => (load.total === 0 ? results.duration * 1000 : Math.max(load.p50, 1));
      const ratio = p50(route.load) / p50(base.load);
      const atLeast = route.load.total === 0 ? '≥ ' : '';
      const single = route.probe.ms / Math.max(base.probe.ms, 1);
      rows.push([
        `p50 at 100,000 / p50 at 1,000: ${route.label}`,
        ratio,
        '≤ 1.3×',
        verdict(ratio, 1.3, false),
        `${atLeast}${fixed(ratio, 2)}× (one request: ${fixed(single, 1)}×)`,
      ]);
    }
  }
  return rows;
}

export function writeReport(results, file = join(root, 'BENCHMARKS.md')) {
  const m = results.machine;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (tests/bench/run.mjs) on ${results.date}. Do not edit by hand; run the bench again.`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${fixed(m.memoryGb)} GB memory, ${m.os}`,
    `- Versions: ${Object.entries(m.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- Method: each worker runs under \`wrangler dev --local\` on the bundle \`wrangler deploy --dry-run\` builds, with its own`,
    `  local D1 state in a temporary directory; autocannon on loopback, ${results.connections} connections, ${results.duration} s per route`,
    `  after ${results.warmup} s warm-up on one connection; the load generator shares the machine with the worker. "× hello" is requests/s divided by`,
    '  the hello-world worker (tests/bench/hello) measured before and after the routes of the same dataset size.',
    '- "uncached" requests carry a cookie the edge cache does not know, so it steps aside exactly as for a logged-in',
    '  visitor; "cached" rows are anonymous requests answered by the edge cache (X-Cache: HIT): from the isolate\'s memory,',
    '  or the Workers Cache API when the isolate does not hold the page (src/cache/memory.ts).',
    '- "× floor" divides by the floor that bounds the route: hello-world behind the same static-assets router and `public/`',
    '  folder for cached rows, the same plus one D1 query for every other row (see Floors).',
    '- "CPU ms" is the median CPU time of one request (15 requests, one at a time), read from V8\'s sampling profiler',
    "  (100 µs) in the portal's isolate through the inspector of `wrangler dev` (tests/bench/cpu.mjs): JavaScript and garbage",
    "  collection, without idle time. Local D1's SQLite runs in a Durable Object of its own and is not counted, as in",
    '  production; the Workers free plan allows 10 ms per request.',
    '- "one request ms" is the time of a single request on an idle server (before the load run), so slow routes still',
    '  show how they grow with the data when no response completes under load.',
    '- D1 round trips come from the `X-D1-Round-Trips` header (the counted D1 binding); HTML sizes are of one response,',
    '  gzip at zlib default level.',
    '',
    '## Worker bundle',
    '',
    '| | raw | gzip | budget (gzip) |',
    '|---|---:|---:|---:|',
    `| portal (${results.bundle.files.join(', ')}) | ${kb(results.bundle.rawBytes)} | ${kb(results.bundle.gzipBytes)} | 250.0 KB |`,
    '',
    '## Targets',
    '',
    '| target | measured | goal | |',
    '|---|---:|---:|---|',
    ...targets(results).map(([name, value, goal, ok, shown]) => `| ${name} | ${shown ?? `${fixed(value, 2)}×`} | ${goal} | ${ok} |`),
    '',
  ];
  if (results.floors) {
    const f = results.floors;
    lines.push(
      '## Floors',
      '',
      'The hello-world worker with one thing added that every portal page has: one D1 query (`SELECT 1`), the two Cache',
      'API lookups of a cached page, a body the size of the /activiteiten page, or the static-assets router the portal',
      'runs behind (wrangler.toml `[assets]`). Measured in the same run; a portal page pays several of these at once, so',
      'they bound the ratios above.',
      '',
      '| | req/s | × hello |',
      '|---|---:|---:|',
      `| hello-world | ${fixed(f.hello, 0)} | 1.00 |`,
      `| hello-world + one D1 query | ${fixed(f.d1, 0)} | ${fixed(f.d1 / f.hello, 2)} |`,
      `| hello-world + two Cache API lookups (generation, page) | ${fixed(f.cache, 0)} | ${fixed(f.cache / f.hello, 2)} |`,
      `| hello-world answering 20 KB of HTML | ${fixed(f.html, 0)} | ${fixed(f.html / f.hello, 2)} |`,
      `| hello-world behind the static-assets router (same \`public/\` as the portal): floor of cached pages | ${fixed(f.assets, 0)} | ${fixed(f.assets / f.hello, 2)} |`,
      `| hello-world behind the router + one D1 query: floor of uncached pages | ${fixed(f.assetsD1, 0)} | ${fixed(f.assetsD1 / f.hello, 2)} |`,
      '',
    );
    if (f.cpu) {
      lines.push(
        `CPU per request of the floors (median of ${f.cpu.hello.samples}, see below): hello-world ${fixed(f.cpu.hello.js, 2)} ms,`,
        `hello-world + one D1 query ${fixed(f.cpu.d1.js, 2)} ms (the local D1 binding's own JavaScript runs in the worker's isolate).`,
        '',
      );
    }
  }
  for (const size of results.sizes) {
    lines.push(
      `## ${count(size.size)} activities`,
      '',
      `${count(size.organisations)} organisations, ${count(size.published)} published activities; data generated in ${fixed(size.generateSeconds)} s.` +
        ` Hello-world baseline: ${fixed(size.hello.rps, 0)} req/s, p50 ${size.hello.p50} ms, p99 ${size.hello.p99} ms.` +
        (size.workspaceActivities ? ` The workspace partner's organisation has ${count(size.workspaceActivities)} activities.` : ''),
      '',
      '| route | req/s | × hello | × floor | CPU ms | p50 ms | p99 ms | one request ms | D1 round trips | HTML raw | HTML gzip | status |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const r of size.routes) {
      const none = r.load && r.load.total === 0;
      const problems = [
        r.probe.status === 200 ? null : typeof r.probe.status === 'number' ? `HTTP ${r.probe.status}` : r.probe.status,
        none ? `no response completed within ${results.duration} s` : null,
        r.crashed ? '`wrangler dev` stopped under this load (restarted for the next route)' : null,
        r.load?.non2xx ? `${r.load.non2xx} non-2xx` : null,
        r.load?.errors ? `${r.load.errors} errors/timeouts` : null,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `| ${r.label} | ${fixed(r.load?.rps, 0)} | ${fixed(r.ratio, 2)} | ${fixed(r.floorRatio, 2)} | ${fixed(r.cpu?.js, 2)} | ${none ? '–' : (r.load?.p50 ?? '–')} | ${none ? '–' : (r.load?.p99 ?? '–')} | ${fixed(r.probe.ms, 0)} | ${r.probe.trips ?? '–'} | ${kb(r.probe.rawBytes)} | ${kb(r.probe.gzipBytes)} | ${problems || 'ok'} |`,
      );
    }
    lines.push('');
  }
  writeFileSync(file, `${lines.join('\n')}${loadSectionOf(file)}${lighthouseSectionOf(file)}`);
  return file;
}

const LOAD_START = '<!-- load-with-writes:start -->';
const LOAD_END = '<!-- load-with-writes:end -->';

/** The "Load with writes" section of an existing report, kept when the rest is written again (and the other way round). */
function loadSectionOf(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(LOAD_START);
  const end = text.indexOf(LOAD_END);
  return start >= 0 && end > start ? `\n${text.slice(start, end + LOAD_END.length)}\n` : '';
}

const LIGHTHOUSE_START = '<!-- lighthouse:start -->';
const LIGHTHOUSE_END = '<!-- lighthouse:end -->';

/** The Lighthouse scores the e2e run writes (tests/e2e/support/lighthouse.mjs), kept when the bench writes the rest. */
function lighthouseSectionOf(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(LIGHTHOUSE_START);
  const end = text.indexOf(LIGHTHOUSE_END);
  return start >= 0 && end > start ? `\n## Lighthouse\n\n${text.slice(start, end + LIGHTHOUSE_END.length)}\n` : '';
}

export function writeLoadSection(result, file = join(root, 'BENCHMARKS.md')) {
  const c = result.checks;
  const total = result.routes.reduce((n, r) => n + r.count, 0);
  const fiveXx = result.routes.reduce((n, r) => n + r.fiveXx, 0);
  const errors = result.routes.reduce((n, r) => n + r.errors, 0);
  const ok = (n) => (n === 0 ? 'met' : 'NOT met');
  const section = [
    LOAD_START,
    '## Load with writes',
    '',
    `Written by \`npm run bench -- --load\` on ${result.date}: ${result.connections} connections for ${result.seconds} s against`,
    '`wrangler dev --local` (10,000 generated activities, the edge cache on), on the same machine as the load. The mix:',
    'anonymous readers (home, lists, filters, search, activity pages, partners, projects), partners who each create a',
    'draft, read it back and submit it, two reviewers who approve the same queue at the same time, and funders reading',
    'their overview and project pages. Afterwards the database is read: every write the portal accepted (303) must be',
    'there, every approval exactly once, with exactly one decision audit row.',
    '',
    '| check | result | goal | |',
    '|---|---:|---:|---|',
    `| requests answered | ${count(total)} | | |`,
    `| 5xx answers | ${fiveXx} | 0 | ${ok(fiveXx)} |`,
    `| requests without an answer (30 s timeout) | ${errors} | 0 | ${ok(errors)} |`,
    `| accepted writes missing or changed in the database (of ${c.createdCount} drafts, ${c.submittedCount} submissions) | ${c.lost.length} | 0 | ${ok(c.lost.length)} |`,
    `| activities approved twice (of ${c.approvedCount} approvals) | ${c.approvedTwice} | 0 | ${ok(c.approvedTwice)} |`,
    `| decisions without exactly one audit row | ${c.notOneAudit.length} | 0 | ${ok(c.notOneAudit.length)} |`,
    `| \`wrangler dev\` still running at the end | ${result.crashed ? 'no' : 'yes'} | yes | ${result.crashed ? 'NOT met' : 'met'} |`,
    '',
    ...[...c.lost, ...c.notOneAudit].slice(0, 10).map((problem) => `- ${problem}`),
    '',
    '| route | requests | 5xx | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|',
    ...result.routes.map((r) => `| \`${r.route}\` | ${count(r.count)} | ${r.fiveXx} | ${fixed(r.p50, 0)} | ${fixed(r.p99, 0)} |`),
    LOAD_END,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(LOAD_START);
  const end = text.indexOf(LOAD_END);
  const rest = start >= 0 && end > start ? text.slice(0, start) + text.slice(end + LOAD_END.length) : text;
  writeFileSync(file, `${rest.trimEnd()}\n\n${section}\n`);
  return file;
}
