// `npm run bench`: fills a temporary local D1 with 1,000, 10,000 and 100,000 activities over 500 organisations, runs the
// portal and a hello-world worker under `wrangler dev --local`, loads every route with autocannon on loopback and
// writes BENCHMARKS.md. Never touches the developer's .wrangler state and never a remote database.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkerBundle, bundleSize } from '../budgets/bundle-size.mjs';
import { importTs } from '../../src/cli/local-db.mjs';
import { cpuPerRequest } from './cpu.mjs';
import { addReferenceData, growActivities } from './dataset.mjs';
import { refusalReason } from './guard.mjs';
import { load, probe, settle } from './load.mjs';
import { checkWrites, LOAD_CLIENTS, loadPeople, runLoad } from './load-writes.mjs';
import { machine, targets, writeLoadSection, writeReport } from './report.mjs';
import { ROUTES } from './routes.mjs';
import { root, startWorker, stopAll, wranglerSync } from './servers.mjs';
import { partnerSession } from './session.mjs';

const argv = process.argv.slice(2);
const refusal = refusalReason(argv, process.env, readFileSync(join(root, 'wrangler.toml'), 'utf8'));
if (refusal) {
  console.error(`npm run bench weigert: ${refusal}.\nThe benchmark only ever fills its own temporary local D1 database.`);
  process.exit(2);
}
const quick = argv.includes('--quick');
const withWrites = argv.includes('--load');
const option = (name) =>
  argv
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',');
const chosenSizes = option('sizes')?.map(Number);
const chosenRoutes = option('routes');
/** A run of some sizes or routes only writes its report to the temporary directory, never over BENCHMARKS.md. */
const partial = Boolean(chosenSizes || chosenRoutes);
const SIZES = chosenSizes ?? (quick ? [1_000] : [1_000, 10_000, 100_000]);
const LOAD = { connections: 10, duration: quick ? 1 : 4, warmup: 1 };
/** Makes the edge cache step aside, as any cookie but the language cookie does. */
const UNCACHED = { Cookie: 'bench=uncached' };

async function withBenchDb(stateDir, fn) {
  const { getPlatformProxy } = await import('wrangler');
  const proxy = await getPlatformProxy({
    configPath: join(root, 'wrangler.toml'),
    persist: { path: join(stateDir, 'v3') }, // the layout `wrangler dev --persist-to <stateDir>` reads
    remoteBindings: false,
  });
  try {
    return await fn(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
}

/** The occurrences module of the portal, bundled for Node: the generated activities get the rows the portal would store. */
const occurrencesFill = () => importTs('tests/bench/occurrences-fill.ts');

async function prepareSize(stateDir, size, fill) {
  const started = Date.now();
  return withBenchDb(stateDir, async (d1) => {
    await growActivities(d1, size);
    const filled = await fill.fillOccurrences(d1);
    console.log(`  occurrences: ${filled.added.toLocaleString('en-US')} rows added`);
    const generateSeconds = (Date.now() - started) / 1000;
    const session = await partnerSession(d1);
    const published = await d1.prepare("SELECT count(*) AS n FROM activities WHERE status = 'published'").first('n');
    const activityId = await d1
      .prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?")
      .bind(Math.floor(published / 2))
      .first('id');
    const projectSlug = await d1.prepare('SELECT slug FROM projects ORDER BY id LIMIT 1').first('slug');
    const organisationSlug = await d1
      .prepare('SELECT o.slug FROM organisations o JOIN activities a ON a.organisation_id = o.id WHERE a.id = ?')
      .bind(activityId)
      .first('slug');
    const organisations = await d1.prepare('SELECT count(*) AS n FROM organisations').first('n');
    return { generateSeconds, session, published, organisations, activityId, organisationSlug, projectSlug: projectSlug ?? 'geen-project' };
  });
}

async function measureHello(hello) {
  return load(`${hello.url}/`, {}, LOAD);
}

/**
 * What one D1 query, two Cache API lookups, a page-sized body and the static-assets router cost by themselves in this
 * runtime: the floors under the ratios. `routerD1` (router + one D1 query) bounds every uncached page, `router` every
 * cached one, since each portal page pays at least that.
 */
async function measureFloors(hello, helloWithAssets) {
  const rps = async (url) => (await load(url, {}, LOAD)).rps;
  await probe(`${hello.url}/floor/cache`); // fills the cache
  const floors = {
    hello: await rps(`${hello.url}/`),
    d1: await rps(`${hello.url}/floor/d1`),
    cache: await rps(`${hello.url}/floor/cache`),
    html: await rps(`${hello.url}/floor/html`),
    assets: await rps(`${helloWithAssets.url}/`),
    assetsD1: await rps(`${helloWithAssets.url}/floor/d1`),
  };
  floors.cpu = {
    hello: await cpuPerRequest(hello.inspectorPort, `${hello.url}/`, {}),
    d1: await cpuPerRequest(hello.inspectorPort, `${hello.url}/floor/d1`, {}),
  };
  console.log(
    `  floors (req/s): ${Object.entries(floors)
      .filter(([k]) => k !== 'cpu')
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ')}`,
  );
  return floors;
}

/** The floor a route's throughput is compared with: the router alone for cached pages, router + D1 for the rest. */
function floorOf(floors, route) {
  return route.cached ? floors.assets : floors.assetsD1;
}

/** The hello-world worker behind the same static-assets router and the same `public/` folder as the portal. */
function helloWithAssetsConfig(work, helloConfig) {
  const dir = join(work, 'hello-assets');
  cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
  const config = join(dir, 'wrangler.toml');
  writeFileSync(config, `${readFileSync(helloConfig, 'utf8')}\n[assets]\ndirectory = "public"\nbinding = "ASSETS"\nrun_worker_first = false\n`);
  return config;
}

async function measureRoute(portal, route, ctx) {
  const url = `${portal.url}${route.path(ctx)}`;
  const headers = route.session ? { Cookie: ctx.session.cookie } : route.cached ? {} : UNCACHED;
  let first = await probe(url, headers);
  if (route.cached) first = await probe(url, headers); // the first anonymous request fills the cache
  const result = { key: route.key, label: route.label, path: route.path(ctx), cached: Boolean(route.cached), probe: first, load: null, cpu: null };
  if (first.status === 200) {
    result.cpu = await cpuPerRequest(portal.inspectorPort, url, headers);
    result.load = await load(url, headers, LOAD);
  }
  return result;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'vw-bench-'));
  const stateDir = join(work, 'state');
  const results = { date: new Date().toISOString(), machine: machine(), ...LOAD, sizes: [] };
  try {
    console.log(`bench: building the portal and the hello-world worker (wrangler deploy --dry-run) in ${work}`);
    const portalScript = buildWorkerBundle(join(work, 'portal'));
    results.bundle = bundleSize(join(work, 'portal'));
    const helloConfig = join(root, 'tests', 'bench', 'hello', 'wrangler.toml');
    const helloScript = buildWorkerBundle(join(work, 'hello'), helloConfig);

    console.log('bench: local D1 in its own state directory: migrations, demo data, 500 organisations');
    wranglerSync(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', stateDir]);
    const { seedLocal } = await importTs('src/db/seed/cli-entry.ts');
    await withBenchDb(stateDir, async (d1) => {
      await seedLocal(d1);
      await addReferenceData(d1);
    });
    const fill = await occurrencesFill();
    const routesToMeasure = chosenRoutes ? ROUTES.filter((r) => chosenRoutes.includes(r.key)) : ROUTES;
    if (routesToMeasure.length === 0) throw new Error(`no route with the keys ${chosenRoutes}; known: ${ROUTES.map((r) => r.key).join(', ')}`);

    const hello = await startWorker({ name: 'hello-world', script: helloScript, config: helloConfig, persistTo: join(work, 'hello-state') });
    const helloWithAssets = await startWorker({
      name: 'hello-world with assets',
      script: helloScript,
      config: helloWithAssetsConfig(work, helloConfig),
      persistTo: join(work, 'hello-state'),
    });
    for (const size of SIZES) {
      console.log(`bench: ${size.toLocaleString('en-US')} activities: generating`);
      const ctx = await prepareSize(stateDir, size, fill);
      const startPortal = () =>
        startWorker({
          name: 'portal',
          script: portalScript,
          config: join(root, 'wrangler.toml'),
          persistTo: stateDir,
          vars: { ENVIRONMENT: 'bench' },
        });
      let portal = await startPortal();
      try {
        const before = await measureHello(hello);
        if (!results.floors) results.floors = await measureFloors(hello, helloWithAssets);
        const routes = [];
        for (const route of routesToMeasure) {
          await settle(`${portal.url}/activiteiten/${ctx.activityId}`, portal.alive);
          if (!portal.alive()) {
            // The previous route's load brought `wrangler dev` down: say so in the report and go on with a new one.
            if (routes.length) routes[routes.length - 1].crashed = true;
            console.log(`  the portal stopped under that load; restarting. Its last output:\n${portal.output().slice(-1_500)}`);
            await portal.stop();
            portal = await startPortal();
          }
          const measured = await measureRoute(portal, route, ctx);
          routes.push(measured);
          const figures = measured.load ? `${measured.load.rps.toFixed(0)} req/s, p50 ${measured.load.p50} ms, ${measured.load.total} answered` : '';
          console.log(`  ${route.label.padEnd(42)} ${measured.probe.status}, one request ${measured.probe.ms.toFixed(0)} ms; ${figures}`);
        }
        if (!portal.alive()) routes[routes.length - 1].crashed = true;
        const after = await measureHello(hello);
        const helloRps = (before.rps + after.rps) / 2;
        for (const r of routes) {
          r.ratio = r.load ? r.load.rps / helloRps : null;
          r.floorRatio = r.load ? r.load.rps / floorOf(results.floors, r) : null;
        }
        results.sizes.push({
          size,
          organisations: ctx.organisations,
          published: ctx.published,
          generateSeconds: ctx.generateSeconds,
          workspaceActivities: ctx.session.organisationActivities,
          hello: { rps: helloRps, p50: Math.max(before.p50, after.p50), p99: Math.max(before.p99, after.p99) },
          routes,
        });
        console.log(`  hello-world baseline ${helloRps.toFixed(0)} req/s`);
      } finally {
        await portal.stop();
      }
    }
    await hello.stop();
    await helloWithAssets.stop();
    // A quick or partial run checks the script or some figures; it never replaces the real figures in BENCHMARKS.md.
    const file = writeReport(results, quick ? join(tmpdir(), 'BENCHMARKS.quick.md') : partial ? join(tmpdir(), 'BENCHMARKS.partial.md') : undefined);
    console.log(`bench: wrote ${file}`);
    for (const [name, value, goal, ok, shown] of targets(results)) console.log(`  ${name}: ${shown ?? `${value?.toFixed(2)}×`} (${goal}) ${ok}`);
  } finally {
    await stopAll();
    rmSync(work, { recursive: true, force: true });
  }
}

/** `--load`: 100 connections for 60 s (10 s with --quick) with writes, on 10,000 activities; see load-writes.mjs. */
async function mainLoad() {
  const work = mkdtempSync(join(tmpdir(), 'vw-load-'));
  const stateDir = join(work, 'state');
  const seconds = quick ? 10 : 60;
  try {
    console.log(`bench --load: building the portal in ${work}`);
    const portalScript = buildWorkerBundle(join(work, 'portal'));
    wranglerSync(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', stateDir]);
    const { seedLocal } = await importTs('src/db/seed/cli-entry.ts');
    const people = await withBenchDb(stateDir, async (d1) => {
      await seedLocal(d1);
      await addReferenceData(d1);
      await growActivities(d1, quick ? 1_000 : 10_000);
      await (await occurrencesFill()).fillOccurrences(d1);
      return loadPeople(d1);
    });
    const portal = await startWorker({
      name: 'portal',
      script: portalScript,
      config: join(root, 'wrangler.toml'),
      persistTo: stateDir,
      vars: { ENVIRONMENT: 'bench' },
    });
    let run;
    try {
      console.log(
        `bench --load: ${Object.entries(LOAD_CLIENTS)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')} for ${seconds} s`,
      );
      run = await runLoad(portal.url, people, seconds);
      run.crashed = !portal.alive();
      if (run.failures.length)
        console.log(`  first 5xx answers:\n    ${run.failures.join('\n    ')}\n  the portal's last output:\n${portal.output().slice(-3_000)}`);
    } finally {
      await portal.stop();
    }
    const checks = await withBenchDb(stateDir, (d1) => checkWrites(d1, run.accepted));
    const result = { date: new Date().toISOString(), machine: machine(), ...run, checks };
    const fiveXx = run.routes.reduce((n, r) => n + r.fiveXx, 0);
    console.log(
      `  ${run.routes.reduce((n, r) => n + r.count, 0)} requests, ${fiveXx} 5xx; created ${checks.createdCount}, submitted ${checks.submittedCount}, approved ${checks.approvedCount}`,
    );
    console.log(
      `  lost writes: ${checks.lost.length}, decided twice: ${checks.approvedTwice}, decisions without exactly one audit row: ${checks.notOneAudit.length}`,
    );
    const file = writeLoadSection(result, quick ? join(tmpdir(), 'BENCHMARKS.quick.md') : undefined);
    console.log(`bench --load: wrote ${file}`);
    if (fiveXx || checks.lost.length || checks.approvedTwice || checks.notOneAudit.length || run.crashed) process.exitCode = 1;
  } finally {
    await stopAll();
    rmSync(work, { recursive: true, force: true });
  }
}

(withWrites ? mainLoad : main)().catch(async (err) => {
  console.error(err);
  await stopAll();
  process.exit(1);
});
