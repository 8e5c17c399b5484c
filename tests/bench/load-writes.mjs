// `npm run bench -- --load`: 100 connections for 60 s against `wrangler dev` with a realistic mix of reads and
// writes, then counts what went wrong: 5xx answers, accepted writes missing from the database, decisions without
// exactly one audit row, activities decided twice. Writes its figures into the "Load with writes" section of
// BENCHMARKS.md. Never part of `npm test`; never touches the developer's .wrangler state or a remote database.
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOAD_CLIENTS = { readers: 60, partners: 30, reviewers: 2, funders: 8 };
const SESSION_COOKIE = '__Host-sessie';
const DAY_MS = 24 * 60 * 60 * 1000;

async function newSession(d1, email, now) {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest('hex');
  await d1
    .prepare(
      "INSERT INTO sessions (token_hash, user_id, stage, created_at, last_seen_at, expires_at) VALUES (?, (SELECT id FROM users WHERE email = ?), 'active', ?, ?, ?)",
    )
    .bind(tokenHash, email, now, now, now + 11 * 60 * 60 * 1000)
    .run();
  return `${SESSION_COOKIE}=${token}`;
}

/** Logged-in people for the run: one partner per approved organisation, two reviewers, funders (sessions only). */
export async function loadPeople(d1, now = Date.now()) {
  const organisations = (
    await d1.prepare("SELECT id FROM organisations WHERE status = 'approved' ORDER BY id LIMIT ?").bind(LOAD_CLIENTS.partners).all()
  ).results;
  const partners = [];
  for (const [i, organisation] of organisations.entries()) {
    const email = `load-partner-${i}@voorbeeld.invalid`;
    await d1.batch([
      d1
        .prepare("INSERT OR IGNORE INTO users (email, name, role, email_verified_at) VALUES (?, ?, 'partner', ?)")
        .bind(email, `Belasting Partner ${i}`, now),
      d1
        .prepare("INSERT OR IGNORE INTO memberships (user_id, organisation_id, role) VALUES ((SELECT id FROM users WHERE email = ?), ?, 'owner')")
        .bind(email, organisation.id),
    ]);
    partners.push({ cookie: await newSession(d1, email, now), organisationId: organisation.id });
  }
  // The second reviewer copies the demo programme-team member, second factor included (only a session is used).
  const team = 'programmateam@veerkrachtigewijken.example';
  await d1
    .prepare(
      `INSERT OR IGNORE INTO users (email, name, role, email_verified_at, totp_secret, totp_enabled_at)
       SELECT 'load-reviewer@voorbeeld.invalid', 'Tweede Beoordelaar', role, email_verified_at, totp_secret, totp_enabled_at FROM users WHERE email = ?`,
    )
    .bind(team)
    .run();
  const reviewers = [await newSession(d1, team, now), await newSession(d1, 'load-reviewer@voorbeeld.invalid', now)];
  const funders = [];
  for (let i = 0; i < LOAD_CLIENTS.funders; i++) funders.push(await newSession(d1, 'financier@regiodeal.example', now));
  const neighbourhoodId = await d1.prepare("SELECT id FROM neighbourhoods WHERE slug = 'pottenberg'").first('id');
  const activityIds = (await d1.prepare("SELECT id FROM activities WHERE status = 'published' ORDER BY id LIMIT 200").all()).results.map((r) => r.id);
  const projectSlugs = (await d1.prepare('SELECT slug FROM projects ORDER BY id').all()).results.map((r) => r.slug);
  return { partners, reviewers, funders, neighbourhoodId, activityIds, projectSlugs };
}

function activityFields(neighbourhoodId, organisationId, title, now) {
  return {
    title,
    summary: 'Een activiteit uit de belastingproef van de benchmark.',
    description: 'Wordt aangemaakt, ingediend en beoordeeld terwijl anderen lezen.',
    pillars: ['health'],
    neighbourhoods: [String(neighbourhoodId)],
    targetGroups: ['everyone'],
    locationName: 'Buurthuis',
    street: 'Hoofdstraat 1',
    postcode: '6216 AB',
    city: 'Maastricht',
    scheduleKind: 'once',
    date: new Date(now + 30 * DAY_MS).toISOString().slice(0, 10),
    startTime: '10:00',
    endTime: '12:00',
    cost: 'free',
    joinMethod: 'walk-in',
    contactName: 'Belasting',
    contactEmail: 'belasting@voorbeeld.invalid',
    organisationId: String(organisationId),
    actie: 'opslaan',
  };
}

const form = (fields) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body;
};

/** Route templates for the per-route figures: numbers become `:id`, the query string is left out. */
const routeOf = (method, path) => `${method} ${path.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/:id')}`;

function recorder() {
  const byRoute = new Map();
  return {
    add(route, status, ms) {
      const entry = byRoute.get(route) ?? { count: 0, fiveXx: 0, errors: 0, ms: [] };
      entry.count++;
      if (typeof status !== 'number') entry.errors++;
      else if (status >= 500) entry.fiveXx++;
      entry.ms.push(ms);
      byRoute.set(route, entry);
    },
    summary() {
      return [...byRoute.entries()]
        .map(([route, e]) => {
          const sorted = e.ms.sort((a, b) => a - b);
          const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
          return { route, count: e.count, fiveXx: e.fiveXx, errors: e.errors, p50: at(0.5), p99: at(0.99) };
        })
        .sort((a, b) => a.route.localeCompare(b.route));
    },
  };
}

/** Runs the mix for `seconds` and returns what the clients saw and what they were told was accepted. */
export async function runLoad(baseUrl, people, seconds, now = Date.now()) {
  const stats = recorder();
  const accepted = { created: [], submitted: [], approved: [] };
  const failures = [];
  const deadline = Date.now() + seconds * 1000;
  const call = async (method, path, { cookie, body } = {}) => {
    const headers = { 'Accept-Encoding': 'identity' };
    if (cookie) headers.Cookie = cookie;
    if (body) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers.Origin = baseUrl;
    }
    const started = performance.now();
    try {
      const res = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      stats.add(routeOf(method, path), res.status, performance.now() - started);
      if (res.status >= 500 && failures.length < 5) failures.push(`${method} ${path}: ${res.status} ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
      return { status: res.status, location: res.headers.get('location') ?? '', text };
    } catch (err) {
      stats.add(routeOf(method, path), `no answer (${err.name})`, performance.now() - started);
      return { status: 0, location: '', text: '' };
    }
  };
  const pick = (list, i) => list[i % list.length];

  const reader = async (n) => {
    const paths = [
      '/',
      '/activiteiten',
      '/activiteiten?pijler=health&wijk=pottenberg',
      '/activiteiten?zoek=taalcaf%C3%A9',
      '/partners',
      '/projecten',
    ];
    for (let i = n; Date.now() < deadline; i++) {
      await call('GET', i % 4 === 0 ? `/activiteiten/${pick(people.activityIds, i)}` : pick(paths, i));
    }
  };
  const partner = async (n) => {
    const me = people.partners[n];
    for (let i = 0; Date.now() < deadline; i++) {
      const title = `Belastingproef ${n}-${i}`;
      const created = await call('POST', '/portaal/activiteiten', {
        cookie: me.cookie,
        body: form(activityFields(people.neighbourhoodId, me.organisationId, title, now)),
      });
      const id = /^\/portaal\/activiteiten\/(\d+)/.exec(created.location)?.[1];
      if (created.status !== 303 || !id) continue;
      accepted.created.push({ id: Number(id), title });
      await call('GET', `/portaal/activiteiten/${id}`, { cookie: me.cookie });
      const submitted = await call('POST', `/portaal/activiteiten/${id}/indienen`, { cookie: me.cookie, body: form({ versie: '1' }) });
      if (submitted.status === 303) accepted.submitted.push(Number(id));
    }
  };
  const reviewer = async (n) => {
    const cookie = people.reviewers[n];
    while (Date.now() < deadline) {
      const queue = await call('GET', '/beoordelen', { cookie });
      const ids = [...new Set([...queue.text.matchAll(/\/beoordelen\/activiteiten\/(\d+)/g)].map((m) => m[1]))].slice(0, 3);
      if (!ids.length) await sleep(200);
      for (const id of ids) {
        const page = await call('GET', `/beoordelen/activiteiten/${id}`, { cookie });
        const version = /name="versie"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="versie"/.exec(page.text);
        if (!version) continue;
        const decided = await call('POST', `/beoordelen/activiteiten/${id}`, {
          cookie,
          body: form({ besluit: 'goedkeuren', opmerking: '', versie: version[1] ?? version[2] }),
        });
        if (decided.status === 303) accepted.approved.push(Number(id));
      }
    }
  };
  const funder = async (n) => {
    const cookie = people.funders[n];
    for (let i = 0; Date.now() < deadline; i++) await call('GET', i % 2 ? '/financier' : `/projecten/${pick(people.projectSlugs, i)}`, { cookie });
  };

  const clients = [
    ...Array.from({ length: LOAD_CLIENTS.readers }, (_, i) => reader(i)),
    ...people.partners.map((_, i) => partner(i)),
    ...people.reviewers.map((_, i) => reviewer(i)),
    ...people.funders.map((_, i) => funder(i)),
  ];
  await Promise.all(clients);
  return { routes: stats.summary(), accepted, failures, connections: clients.length, seconds };
}

/** Reads the database after the run: every accepted write there, every decision exactly once, with one audit row. */
export async function checkWrites(d1, accepted) {
  const lost = [];
  const json = (list) => JSON.stringify(list);
  const created = (
    await d1
      .prepare('SELECT a.id, a.title FROM activities a JOIN json_each(?) j ON j.value = a.id')
      .bind(json(accepted.created.map((c) => c.id)))
      .all()
  ).results;
  const titles = new Map(created.map((r) => [r.id, r.title]));
  for (const c of accepted.created) if (titles.get(c.id) !== c.title) lost.push(`activity ${c.id} "${c.title}" missing or changed`);
  const statuses = new Map(
    (
      await d1.prepare('SELECT a.id, a.status FROM activities a JOIN json_each(?) j ON j.value = a.id').bind(json(accepted.submitted)).all()
    ).results.map((r) => [r.id, r.status]),
  );
  for (const id of accepted.submitted)
    if (!['submitted', 'published'].includes(statuses.get(id))) lost.push(`submitted activity ${id} is ${statuses.get(id)}`);
  const decisions = (
    await d1
      .prepare(
        `SELECT a.id, a.status,
           (SELECT count(*) FROM audit_log l WHERE l.object_type = 'activity' AND l.object_id = CAST(a.id AS TEXT)
              AND l.action IN ('activity.approve', 'activity.request-changes', 'activity.reject')) AS decisions
         FROM activities a JOIN json_each(?) j ON j.value = a.id`,
      )
      .bind(json([...new Set(accepted.approved)]))
      .all()
  ).results;
  const approvedTwice = accepted.approved.length - new Set(accepted.approved).size;
  const notOneAudit = decisions.filter((d) => d.decisions !== 1).map((d) => `activity ${d.id}: ${d.decisions} decision audit rows`);
  const notPublished = decisions.filter((d) => d.status !== 'published').map((d) => `approved activity ${d.id} is ${d.status}`);
  return {
    lost: [...lost, ...notPublished],
    approvedTwice,
    notOneAudit,
    createdCount: accepted.created.length,
    submittedCount: accepted.submitted.length,
    approvedCount: accepted.approved.length,
  };
}
