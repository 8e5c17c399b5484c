// The pillars, neighbourhoods and target groups of an activity, copied onto its own row as `|a|b|` text
// (`activities.pillar_keys`, `neighbourhood_keys`, `target_group_keys`). They are in activities_upcoming_idx, so a
// filtered list tests each row it walks in the index itself, instead of looking it up in a link table: a filtered page
// then costs about the same with a hundred thousand activities as with a thousand.
//
// The database keeps them current itself: triggers on the link tables (migration 0009, generated from
// `filterKeysMigrationText`) recompute the activity's keys whenever a link row is added, removed or changed, so every
// writer (commands, seed, imports, tests) keeps them right without knowing they exist. The link tables stay the truth.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

type Link = { table: string; column: string; keys: string };

export const FILTER_KEY_LINKS: Link[] = [
  { table: 'activity_pillars', column: 'pillar_id', keys: 'pillar_keys' },
  { table: 'activity_neighbourhoods', column: 'neighbourhood_id', keys: 'neighbourhood_keys' },
  { table: 'activity_target_groups', column: 'target_group', keys: 'target_group_keys' },
];

/** `|a|b|` of one activity's links, NULL without any. */
const keysOf = (link: Link, activityId: string) =>
  `(SELECT '|' || group_concat(\`${link.column}\`, '|') || '|' FROM \`${link.table}\` WHERE \`activity_id\` = ${activityId})`;

const refresh = (link: Link, activityId: string) =>
  `  UPDATE \`activities\` SET \`${link.keys}\` = ${keysOf(link, activityId)} WHERE \`id\` = ${activityId};`;

function triggers(link: Link): string[] {
  const name = (event: string) => `\`${link.table}_keys_after_${event}\``;
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON \`${link.table}\` BEGIN\n${refresh(link, 'new.`activity_id`')}\nEND;`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON \`${link.table}\` BEGIN\n${refresh(link, 'old.`activity_id`')}\nEND;`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON \`${link.table}\` BEGIN\n${refresh(link, 'old.`activity_id`')}\n${refresh(link, 'new.`activity_id`')}\nEND;`,
  ];
}

/** The triggers and the backfill of migration 0009, as statements (a test checks the migration holds exactly these). */
export function filterKeysMigrationStatements(): string[] {
  const backfill = `UPDATE \`activities\` SET ${FILTER_KEY_LINKS.map((link) => `\`${link.keys}\` = ${keysOf(link, '`activities`.`id`')}`).join(', ')};`;
  return [...FILTER_KEY_LINKS.flatMap(triggers), backfill];
}

/** Whether the `|a|b|` keys column holds `value` (a bound value or an SQL expression such as a subquery). */
export function hasKey(keys: SQLiteColumn, value: SQL | string | number): SQL {
  return sql`instr(${keys}, '|' || ${value} || '|') > 0`;
}
