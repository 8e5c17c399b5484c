// Generates the benchmark dataset: organisations, extra neighbourhoods and activities with a realistic spread over
// pillars, neighbourhoods, target groups, statuses and dates. Row i is a pure function of i, so growing the database
// from 1,000 to 10,000 to 100,000 activities yields exactly the dataset a direct 100,000 fill would.
// The schedules mix every recurring kind (weekly, every 2–4 weeks, monthly on ordinal weekdays or a day, pausing in
// holidays); their occurrences are filled afterwards by `fillOccurrences` (occurrences-fill.ts), the daily job's own code.
// Free text goes in as bound parameters (statements stay under D1's 100-parameter limit); generated numbers, dates
// and code values are written inline.

const MAX_PARAMS = 99;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Small deterministic PRNG (mulberry32), seeded per row. */
function rng(seed) {
  let a = (seed * 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
function weighted(r, entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries[entries.length - 1][0];
}
const sqlText = (value) => (value === null ? 'NULL' : `'${String(value).replaceAll("'", "''")}'`);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

export const PILLARS = ['health', 'livelihood', 'equal-chances'];
export const TARGET_GROUPS = ['everyone', 'children', 'youth', 'parents', 'adults', 'seniors', 'newcomers', 'professionals'];
export const ORGANISATION_COUNT = 500;
/** The term the search route looks for: in roughly 3% of the titles. */
export const SEARCH_TERM = 'taalcafé';

const EXTRA_NEIGHBOURHOODS = [
  'Malberg',
  'Caberg',
  'Malpertuis',
  'Wittevrouwenveld',
  'Limmel',
  'Mariaberg',
  'Boschpoort',
  'Blauwdorp',
  'Wyckerpoort',
  'Amby',
];
const ACTIVITY_KINDS = [
  ['Taalcafé', 3],
  ['Koffieochtend', 6],
  ['Moestuinieren', 4],
  ['Budgetcursus', 3],
  ['Huiswerkbegeleiding', 5],
  ['Wandelgroep', 5],
  ['Buurtmaaltijd', 5],
  ['Sollicitatietraining', 2],
  ['Beweegles', 5],
  ['Voorleesuurtje', 3],
  ['Naaiatelier', 2],
  ['Repair café', 3],
  ['Spreekuur geldzaken', 3],
  ['Jongereninloop', 4],
  ['Ouderkoffie', 3],
  ['Computerles', 3],
  ['Stoelyoga', 2],
  ['Kookworkshop', 3],
  ['Fietsles', 2],
  ['Buurtbrunch', 2],
  ['Schuldhulpmaatje', 2],
  ['Mantelzorgcafé', 2],
  ['Speelmiddag', 4],
  ['Buurtschouw', 1],
  ['Energiespreekuur', 2],
  ['Sportinstuif', 3],
];
const QUALIFIERS = [
  'voor iedereen',
  'voor beginners',
  'in de buurt',
  'met buurtgenoten',
  'op het plein',
  'in het wijkcentrum',
  'na school',
  'in de ochtend',
];
const LOCATIONS = [
  ['Gemeenschapshuis', 'Terra Cottaplein'],
  ['Buurtcentrum', 'Miradorplein'],
  ['Trefpunt', 'Akersteenweg'],
  ['Bibliotheek', 'Oranjeplein'],
  ['Basisschool', 'Hertogsingel'],
  ['Sporthal', 'Pottenberg'],
  ['Kerkzaal', 'Nazarethweg'],
  ['Buurtbrök', 'Brusselseweg'],
  ['Jongerencentrum', 'Oude Molenweg'],
  ['Zorgcentrum', 'Scharnerweg'],
];
const SENTENCES = [
  'Iedereen is welkom, je hoeft je niet aan te melden.',
  'We beginnen met koffie en thee en maken kennis met elkaar.',
  'Vrijwilligers uit de buurt helpen je op weg.',
  'Neem gerust een buurvrouw, buurman of vriend mee.',
  'De activiteit is gratis voor bewoners van de wijk.',
  'Samen werken we aan een gezonde en veilige buurt.',
  'Heb je vragen over geld, werk of zorg? Stel ze hier gerust.',
  'Er is altijd iemand die Nederlands, Engels of Arabisch spreekt.',
  'Kinderen kunnen intussen spelen onder begeleiding.',
  'Na afloop is er tijd om na te praten.',
  'We sluiten aan bij wat bewoners zelf belangrijk vinden.',
  'De ruimte is rolstoeltoegankelijk en er is een invalidentoilet.',
];
const FIRST_NAMES = ['Anouk', 'Bram', 'Chantal', 'Driss', 'Esra', 'Frans', 'Gerda', 'Hamza', 'Ilse', 'Jeroen', 'Karima', 'Luc', 'Maud', 'Noor'];
const LAST_NAMES = ['Janssen', 'Smeets', 'Peters', 'Bouhali', 'Hermans', 'Vermeulen', 'Schreurs', 'Yilmaz', 'Willems', 'Claessens'];
const ORG_KINDS = ['alliance', 'neighbourhood', 'other'];
const ORG_WORDS = [
  'Buurtvereniging',
  'Stichting',
  'Bewonersgroep',
  'Sportclub',
  'Harmonie',
  'Jeugdwerk',
  'Zorgnetwerk',
  'Huiskamer',
  'Taalmaatjes',
  'Moestuin',
];

/** Runs statements through a D1 binding, a batch at a time. */
async function runAll(d1, statements, perBatch = 400) {
  for (let i = 0; i < statements.length; i += perBatch) {
    await d1.batch(statements.slice(i, i + perBatch).map(([sql, params]) => d1.prepare(sql).bind(...params)));
  }
}

/** Multi-row INSERTs: `rowSql(row)` returns [sql values tuple, params]; rows are packed up to MAX_PARAMS. */
function packInserts(head, rows, rowSql) {
  const statements = [];
  let tuples = [];
  let params = [];
  const flush = () => {
    if (tuples.length) statements.push([`${head} VALUES ${tuples.join(',')}`, params]);
    tuples = [];
    params = [];
  };
  for (const row of rows) {
    const [tuple, rowParams] = rowSql(row);
    if (params.length + rowParams.length > MAX_PARAMS || tuples.length >= 200) flush();
    tuples.push(tuple);
    params.push(...rowParams);
  }
  flush();
  return statements;
}

async function count(d1, sql) {
  return (await d1.prepare(sql).first('n')) ?? 0;
}

/** Extra neighbourhoods and organisations up to ORGANISATION_COUNT (the demo organisations count along). */
export async function addReferenceData(d1) {
  const neighbourhoods = EXTRA_NEIGHBOURHOODS.map((name, i) => [name, i]);
  await runAll(
    d1,
    packInserts('INSERT OR IGNORE INTO neighbourhoods (slug, name, description_nl, description_en, sort_order)', neighbourhoods, ([name, i]) => [
      `(?, ?, 'Wijk in Maastricht (benchmarkdata).', 'Neighbourhood in Maastricht (benchmark data).', ${10 + i})`,
      [name.toLowerCase(), name],
    ]),
  );
  const existing = await count(d1, 'SELECT count(*) AS n FROM organisations');
  const organisations = [];
  for (let i = existing; i < ORGANISATION_COUNT; i++) {
    const r = rng(1_000_000 + i);
    const name = `${pick(r, ORG_WORDS)} ${pick(r, [...EXTRA_NEIGHBOURHOODS, 'Pottenberg', 'Nazareth'])} ${i}`;
    const kind = weighted(r, [
      [ORG_KINDS[0], 2],
      [ORG_KINDS[1], 70],
      [ORG_KINDS[2], 28],
    ]);
    const status = r() < 0.95 ? 'approved' : 'pending';
    organisations.push({ name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), kind, status });
  }
  await runAll(
    d1,
    packInserts('INSERT INTO organisations (name, slug, kind, description, status, is_demo)', organisations, (o) => [
      `(?, ?, ${sqlText(o.kind)}, 'Partnerorganisatie (benchmarkdata).', ${sqlText(o.status)}, 1)`,
      [o.name, o.slug],
    ]),
  );
}

function activityRow(i, ctx) {
  const r = rng(i);
  const kind = weighted(r, ACTIVITY_KINDS);
  const [place, street] = pick(r, LOCATIONS);
  const neighbourhood = weighted(r, ctx.neighbourhoodWeights);
  // A few big partners run many activities, most run a handful.
  const organisationId = ctx.organisationIds[Math.floor(r() ** 2.2 * ctx.organisationIds.length)];
  const status = weighted(r, [
    ['published', 86],
    ['draft', 4],
    ['submitted', 3],
    ['changes-requested', 1],
    ['archived', 4],
    ['withdrawn', 1],
    ['rejected', 1],
  ]);
  const weekly = r() < 0.4;
  let firstDate;
  let lastDate;
  let weekdays = 0;
  if (weekly) {
    firstDate = isoDate(ctx.now - Math.floor(r() * 200) * DAY_MS);
    lastDate = r() < 0.25 ? '9999-12-31' : isoDate(ctx.now + Math.floor(30 + r() * 330) * DAY_MS);
    weekdays = 1 << Math.floor(r() * 7);
    if (r() < 0.3) weekdays |= 1 << Math.floor(r() * 5);
  } else {
    firstDate = lastDate = isoDate(ctx.now + Math.floor(-40 + r() * 400) * DAY_MS);
  }
  const startHalfHours = 18 + Math.floor(r() * 22);
  const endHalfHours = startHalfHours + 2 + Math.floor(r() * 3);
  const time = (h) => `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`;
  const sentences = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, SENTENCES));
  const pillarCount = weighted(r, [
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  const pillars = [...PILLARS].sort(() => r() - 0.5).slice(0, pillarCount);
  const targetGroups = [...TARGET_GROUPS].sort(() => r() - 0.5).slice(0, Math.floor(r() * 4));
  const secondNeighbourhood = r() < 0.15 ? weighted(r, ctx.neighbourhoodWeights) : null;
  const publishedAt = ctx.now - Math.floor(r() * 150) * DAY_MS;
  // The other schedule kinds come from a stream of their own, so every field above stays what it was.
  const k = rng(9_000_000 + i);
  const variant = weekly
    ? weighted(k, [
        ['weekly', 70],
        ['fortnightly', 12],
        ['monthly', 10],
        ['month-day', 3],
        ['paused', 5],
      ])
    : 'once';
  const schedule = {
    scheduleKind: variant === 'once' ? 'once' : variant === 'monthly' || variant === 'month-day' ? 'monthly' : 'weekly',
    scheduleInterval: variant === 'fortnightly' ? 2 + Math.floor(k() * 3) : 1,
    // Monthly: the 1st, the 1st and 3rd, or the last of its weekday (one weekday).
    monthOrdinals: variant === 'monthly' ? pick(k, [0b1, 0b101, 0b10000]) : 0,
    monthDay: variant === 'month-day' ? 1 + Math.floor(k() * 28) : null,
    pauseInHolidays: variant === 'paused' ? 1 : 0,
  };
  if (variant === 'monthly') weekdays = 1 << Math.floor(k() * 7);
  if (variant === 'month-day') weekdays = 0;
  return {
    ...schedule,
    id: i,
    organisationId,
    title: `${kind} ${pick(r, QUALIFIERS)}`,
    summary: `${kind} in ${ctx.neighbourhoodNames.get(neighbourhood)}: ${sentences[0]}`,
    description: sentences.join(' '),
    locationName: `${place} ${ctx.neighbourhoodNames.get(neighbourhood)}`,
    street: `${street} ${1 + Math.floor(r() * 120)}`,
    postcode: `62${String(10 + Math.floor(r() * 89))} ${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}`,
    contactName: `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`,
    firstDate,
    lastDate,
    weekdays,
    startTime: time(startHalfHours),
    endTime: time(Math.min(endHalfHours, 45)),
    costCents: r() < 0.75 ? null : 50 * (1 + Math.floor(r() * 30)),
    joinMethod: weighted(r, [
      ['walk-in', 60],
      ['email', 15],
      ['phone', 15],
      ['link', 10],
    ]),
    status,
    publishedAt: status === 'published' || status === 'archived' ? publishedAt : null,
    submittedAt: status === 'draft' ? null : publishedAt - DAY_MS,
    pillars,
    neighbourhoods: [...new Set([neighbourhood, secondNeighbourhood].filter((n) => n !== null))],
    targetGroups,
  };
}

/** Adds activities until the database holds `target` of them (ids continue where the data stops). */
export async function growActivities(d1, target, now = Date.now()) {
  const existing = await count(d1, 'SELECT count(*) AS n FROM activities');
  const maxId = await count(d1, 'SELECT coalesce(max(id), 0) AS n FROM activities');
  if (existing >= target) return { added: 0, total: existing };
  const organisationIds = (await d1.prepare("SELECT id FROM organisations WHERE status = 'approved' ORDER BY id").all()).results.map((row) => row.id);
  const neighbourhoodRows = (await d1.prepare('SELECT id, slug, name FROM neighbourhoods ORDER BY sort_order, id').all()).results;
  const neighbourhoodWeights = neighbourhoodRows.map((n) => [n.id, n.slug === 'pottenberg' || n.slug === 'nazareth' ? 25 : 5]);
  const ctx = { now, organisationIds, neighbourhoodWeights, neighbourhoodNames: new Map(neighbourhoodRows.map((n) => [n.id, n.name])) };

  const chunk = 5_000;
  for (let from = maxId + 1; from <= maxId + (target - existing); from += chunk) {
    const rows = [];
    for (let i = from; i < Math.min(from + chunk, maxId + (target - existing) + 1); i++) rows.push(activityRow(i, ctx));
    const statements = packInserts(
      `INSERT INTO activities (id, organisation_id, title, summary, description, location_name, street, postcode, city,
        schedule_kind, first_date, last_date, weekdays, schedule_interval, month_ordinals, month_day, pause_in_holidays,
        start_time, end_time, cost_cents, join_method, contact_name, status, is_demo, created_at, updated_at, submitted_at,
        published_at, confirmed_at)`,
      rows,
      (a) => [
        `(${a.id}, ${a.organisationId}, ?, ?, ?, ?, ?, ?, 'Maastricht', ${sqlText(a.scheduleKind)}, ${sqlText(a.firstDate)},
          ${sqlText(a.lastDate)}, ${a.weekdays}, ${a.scheduleInterval}, ${a.monthOrdinals}, ${a.monthDay ?? 'NULL'}, ${a.pauseInHolidays},
          ${sqlText(a.startTime)}, ${sqlText(a.endTime)}, ${a.costCents ?? 'NULL'},
          ${sqlText(a.joinMethod)}, ?, ${sqlText(a.status)}, 1, ${now}, ${now}, ${a.submittedAt ?? 'NULL'},
          ${a.publishedAt ?? 'NULL'}, ${a.publishedAt ?? 'NULL'})`,
        [a.title, a.summary, a.description, a.locationName, a.street, a.postcode, a.contactName],
      ],
    );
    const links = (table, column, values) =>
      packInserts(`INSERT INTO ${table} (activity_id, ${column})`, values, ([id, value]) => [
        `(${id}, ${typeof value === 'number' ? value : sqlText(value)})`,
        [],
      ]);
    statements.push(
      ...links(
        'activity_pillars',
        'pillar_id',
        rows.flatMap((a) => a.pillars.map((p) => [a.id, p])),
      ),
      ...links(
        'activity_neighbourhoods',
        'neighbourhood_id',
        rows.flatMap((a) => a.neighbourhoods.map((n) => [a.id, n])),
      ),
      ...links(
        'activity_target_groups',
        'target_group',
        rows.flatMap((a) => a.targetGroups.map((t) => [a.id, t])),
      ),
    );
    await runAll(d1, statements);
  }
  return { added: target - existing, total: target };
}
