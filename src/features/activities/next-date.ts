// The stored next date of an activity (`activities.next_date`): the first date on or after a reference date on which
// it takes place, or NULL when it has none. Stored so the public lists can walk an index in date order and stop after
// one page, instead of computing the next date of every activity on every request.
//
// The database keeps it current itself: triggers (migration 0011, first 0006) recompute it from `date('now')` whenever a schedule
// or a cancelled date changes, and the daily job moves rows whose date has passed forward (`refreshNextDates`).
// Because UTC's date is never later than Maastricht's, a stored date is either exact for today or lies before today;
// the queries compute the latter few on the fly, so lists are right even before the job has run. NULL means no date
// within the horizon (or none at all); the daily job recomputes those whose period still runs.
import { sql, type SQL } from 'drizzle-orm';

/** How far ahead the next date of a weekly activity with cancelled dates is looked for. */
export const EXCEPTION_HORIZON_DAYS = 92;
const DAY_OFFSETS_JSON = `'[${Array.from({ length: EXCEPTION_HORIZON_DAYS }, (_, i) => i).join(',')}]'`;

/**
 * The next-date expression as SQL text, over the row `table` (a table name or alias) and the reference date `from`
 * (SQL text: a bound parameter placeholder or `date('now')`). Written once here; migration 0011 holds the same text
 * with `from` = date('now') (`nextDateTriggerStatements`), and tests/features/activities/next-date.test.ts checks
 * both against the TypeScript computation.
 *
 * A one-off and a plain weekly schedule (every week, no holiday pause) are computed here: weekdays are a bit mask
 * (bit 0 = Monday); cancelled dates are rare, so the cheap arithmetic answer is used unless the activity has a
 * cancelled date ahead, then the days are walked one by one up to the horizon. Every other kind (every N weeks,
 * monthly, a series, pausing in holidays) reads its first materialised occurrence (`activity_occurrences`, computed
 * by recurrence.ts), one primary-key seek.
 */
export function nextDateText(table: string, from: string): string {
  const arithmetic = [0, 1, 2, 3, 4, 5, 6].map((k) => `WHEN (q.mask >> ((q.wd + ${k}) % 7)) & 1 THEN ${k}`).join(' ');
  const offset = `CASE
      WHEN EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date >= q.r) THEN
        (SELECT min(o.value) FROM json_each(${DAY_OFFSETS_JSON}) o
          WHERE (q.mask >> ((q.wd + o.value) % 7)) & 1
            AND NOT EXISTS (SELECT 1 FROM activity_exceptions e WHERE e.activity_id = q.aid AND e.date = date(q.r, '+' || o.value || ' days')))
      ELSE CASE ${arithmetic} END
    END`;
  return `(SELECT CASE WHEN p.n <= p.last THEN p.n END FROM (
    SELECT CASE WHEN q.kind = 'once' THEN (CASE WHEN q.first >= q.f THEN q.first END)
                WHEN q.kind = 'weekly' AND q.every = 1 AND q.pause = 0 THEN date(q.r, '+' || (${offset}) || ' days')
                ELSE (SELECT min(oc.date) FROM activity_occurrences oc WHERE oc.activity_id = q.aid AND oc.date >= q.f) END AS n, q.last AS last
      FROM (SELECT ${table}.schedule_kind AS kind, ${table}.first_date AS first, ${table}.last_date AS last,
                   ${table}.weekdays AS mask, ${table}.id AS aid, ${from} AS f, max(${table}.first_date, ${from}) AS r,
                   ${table}.schedule_interval AS every, ${table}.pause_in_holidays AS pause,
                   (cast(strftime('%w', max(${table}.first_date, ${from})) AS integer) + 6) % 7 AS wd) q
  ) p)`;
}

/** The schedule columns whose change recomputes the stored next date (trigger `…_after_schedule_update`). */
const SCHEDULE_COLUMNS = ['schedule_kind', 'first_date', 'last_date', 'weekdays', 'schedule_interval', 'pause_in_holidays'];

/**
 * The next-date triggers of migration 0011 (replacing those of 0006, whose expression knew only once and weekly),
 * as statements; a test checks the migration holds exactly these.
 */
export function nextDateTriggerStatements(): string[] {
  const expr = nextDateText('activities', "date('now')");
  const set = (id: string) => `  UPDATE \`activities\` SET \`next_date\` = ${expr} WHERE \`id\` = ${id};`;
  const names = [
    'activities_next_date_after_insert',
    'activities_next_date_after_schedule_update',
    'activity_exceptions_next_date_after_insert',
    'activity_exceptions_next_date_after_delete',
    'activity_exceptions_next_date_after_update',
  ];
  return [
    ...names.map((name) => `DROP TRIGGER IF EXISTS \`${name}\`;`),
    `CREATE TRIGGER \`activities_next_date_after_insert\` AFTER INSERT ON \`activities\` BEGIN\n${set('new.`id`')}\nEND;`,
    `CREATE TRIGGER \`activities_next_date_after_schedule_update\` AFTER UPDATE OF ${SCHEDULE_COLUMNS.map((c) => `\`${c}\``).join(', ')} ON \`activities\` BEGIN\n${set('new.`id`')}\nEND;`,
    `CREATE TRIGGER \`activity_exceptions_next_date_after_insert\` AFTER INSERT ON \`activity_exceptions\` BEGIN\n${set('new.`activity_id`')}\nEND;`,
    `CREATE TRIGGER \`activity_exceptions_next_date_after_delete\` AFTER DELETE ON \`activity_exceptions\` BEGIN\n${set('old.`activity_id`')}\nEND;`,
    `CREATE TRIGGER \`activity_exceptions_next_date_after_update\` AFTER UPDATE ON \`activity_exceptions\` BEGIN\n${set('old.`activity_id`')}\n${set('new.`activity_id`')}\nEND;`,
  ];
}

/** The next date on or after `from` of the row `table`, as a Drizzle SQL fragment with `from` bound. */
export function nextDateOf(table: string, from: string): SQL {
  const [before, ...rest] = nextDateText(table, '\u0000').split('\u0000');
  return sql.join([sql.raw(before!), ...rest.flatMap((part) => [sql`${from}`, sql.raw(part)])]);
}

/**
 * Moves the stored next date of every activity whose date has passed (or that had none while its period runs) to
 * its next date on or after `today`. Run daily, just after midnight in Maastricht; touches only those rows.
 */
export function refreshNextDatesQuery(today: string): SQL {
  return sql`UPDATE activities SET next_date = ${nextDateOf('activities', today)}
    WHERE (next_date < ${today}) OR (next_date IS NULL AND last_date >= ${today})`;
}
